import collections, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import parse, reach_thresholds, TOPICS

muni = sys.argv[1]
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'src', muni + '.txt')
REACH = reach_thresholds()
recs, errors = [], 0
for n, rec, errs in parse(muni, path):
    for e in errs:
        print(f'ERROR {path}:{n}: {e}')
        errors += 1
    if rec:
        recs.append(rec)
        high = any(rec[k] >= limit for k, limit in REACH.items())
        if high and rec['relevant'] and rec['importance'] != 'high':
            print(f'warning {path}:{n}: high reach but importance n')
texts = collections.Counter(r['text'] for r in recs)
for t, c in texts.items():
    if c > 1:
        print(f'ERROR duplicate text: {t[:60]}')
        errors += 1
print('posts', len(recs), 'errors', errors)
print('filter', dict(collections.Counter(r['filter'] for r in recs)))
print('relevance', dict(collections.Counter(r['relevant'] for r in recs)))
print('importance', dict(collections.Counter(r['importance'] for r in recs)))
missing = set(TOPICS) - {t for r in recs for t in r['topics']}
print('topics missing', sorted(missing))
