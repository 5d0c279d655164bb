"""Assembles the five writers' files into holdout-16: ids l0001.., shuffled; gold.jsonl (eval format) and posts.jsonl (blind)."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import parse, MUNIS

recs = []
for m in MUNIS:
    for n, rec, errs in parse(m, f'src/{m}.txt'):
        if errs:
            sys.exit(f'src/{m}.txt:{n}: {errs}')
        rec['municipality'] = m
        recs.append(rec)
random.Random(16).shuffle(recs)
with open('gold.jsonl', 'w', encoding='utf-8') as g, open('posts.jsonl', 'w', encoding='utf-8') as p:
    for i, r in enumerate(recs, 1):
        base = {'id': f'l{i:04d}', 'municipality': r['municipality'], 'network': r['network'], 'text': r['text'],
                'likes': r['likes'], 'reposts': r['reposts'], 'comments': r['comments'], 'views': r['views']}
        g.write(json.dumps(dict(base, expect={k: r[k] for k in ('relevant', 'topics', 'settlement', 'street', 'importance', 'filter')}), ensure_ascii=False) + '\n')
        p.write(json.dumps(base, ensure_ascii=False) + '\n')
print(len(recs), 'posts')
