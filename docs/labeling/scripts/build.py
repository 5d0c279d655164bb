"""Assembles the five writers' files into one held-out set: python3 build.py PREFIX SEED (holdout-16 was «l 16»), ids
PREFIX0001.., shuffled with SEED; writes gold.jsonl (eval format) and posts.jsonl (blind)."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import parse, MUNIS

if len(sys.argv) != 3 or not sys.argv[2].isdigit():
    sys.exit('usage: build.py PREFIX SEED')
prefix, seed = sys.argv[1], int(sys.argv[2])

recs = []
for m in MUNIS:
    for n, rec, errs in parse(m, f'src/{m}.txt'):
        if errs:
            sys.exit(f'src/{m}.txt:{n}: {errs}')
        rec['municipality'] = m
        recs.append(rec)
random.Random(seed).shuffle(recs)
with open('gold.jsonl', 'w', encoding='utf-8') as g, open('posts.jsonl', 'w', encoding='utf-8') as p:
    for i, r in enumerate(recs, 1):
        base = {'id': f'{prefix}{i:04d}', 'municipality': r['municipality'], 'network': r['network'], 'text': r['text'],
                'likes': r['likes'], 'reposts': r['reposts'], 'comments': r['comments'], 'views': r['views']}
        g.write(json.dumps(dict(base, expect={k: r[k] for k in ('relevant', 'topics', 'settlement', 'street', 'importance', 'filter')}), ensure_ascii=False) + '\n')
        p.write(json.dumps(base, ensure_ascii=False) + '\n')
print(len(recs), 'posts')
