"""gold.jsonl (writer) + A and B labels → holdout-16.jsonl (majority of three); prints Cohen's kappa."""
import json, sys, collections
gold = [json.loads(l) for l in open('gold.jsonl')]
def load(parts):
    out = {}
    for p in parts:
        for l in open(p):
            if l.strip():
                d = json.loads(l); out[d['id']] = d
    return out
A = load(['ann-A22-1/labels.jsonl', 'ann-A22-2/labels.jsonl'])
B = load(['ann-B22-1/labels.jsonl', 'ann-B22-2/labels.jsonl'])
assert len(A) == len(B) == len(gold) == 300, (len(A), len(B))
def kappa(x, y):
    n = len(x); po = sum(a == b for a, b in zip(x, y)) / n
    cx, cy = collections.Counter(x), collections.Counter(y)
    pe = sum(cx[k] * cy[k] for k in set(cx) | set(cy)) / n / n
    return (po - pe) / (1 - pe) if pe < 1 else 1.0
def maj(w, a, b):
    if a == b: return a
    return w
W = {g['id']: g['expect'] for g in gold}
for f in ('filter', 'relevant'):
    w = [W[g['id']][f] for g in gold]; a = [A[g['id']][f] for g in gold]; b = [B[g['id']][f] for g in gold]
    print(f, 'kappa W-A %.3f W-B %.3f A-B %.3f' % (kappa(w, a), kappa(w, b), kappa(a, b)))
rel = [g for g in gold if W[g['id']]['relevant']]
w = [W[g['id']]['importance'] for g in rel]; a = [A[g['id']]['importance'] for g in rel]; b = [B[g['id']]['importance'] for g in rel]
print('importance (writer-relevant)', 'kappa W-A %.3f W-B %.3f A-B %.3f' % (kappa(w, a), kappa(w, b), kappa(a, b)))
changed = collections.Counter()
with open('holdout-16.jsonl', 'w', encoding='utf-8') as o:
    for g in gold:
        i = g['id']; e = dict(W[i])
        for f in ('filter', 'relevant', 'importance'):
            v = maj(W[i][f], A[i][f], B[i][f])
            if v != e[f]:
                changed[f'{f}: {e[f]} → {v}'] += 1
                print('changed', i, f, e[f], '→', v)
            e[f] = v
        if not e['relevant']:
            e['importance'] = 'normal'; e['topics'] = []
        elif not e['topics']:
            sys.exit(f'{i}: made relevant by the annotators but the writer gave no topic')
        o.write(json.dumps(dict(g, expect=e), ensure_ascii=False) + '\n')
print(dict(changed))
