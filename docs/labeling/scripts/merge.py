"""gold.jsonl (writer) + A and B labels → NAME.jsonl (majority of three); prints Cohen's kappa.
python3 merge.py NAME A B (holdout-16 was «holdout-16 A22 B22»): each annotator's labels are read from ann-A-1/ and
ann-A-2/ (two halves) or from ann-A/ (the whole batch)."""
import json, os, sys, collections
if len(sys.argv) != 4:
    sys.exit('usage: merge.py NAME A B')
name, ann_a, ann_b = sys.argv[1:]
gold = [json.loads(l) for l in open('gold.jsonl', encoding='utf-8')]
def load(parts):
    out = {}
    for p in parts:
        for l in open(p, encoding='utf-8'):
            if l.strip():
                d = json.loads(l); out[d['id']] = d
    return out
def parts(who):
    halves = [f'ann-{who}-1/labels.jsonl', f'ann-{who}-2/labels.jsonl']
    return halves if all(os.path.exists(h) for h in halves) else [f'ann-{who}/labels.jsonl']
A = load(parts(ann_a))
B = load(parts(ann_b))
assert len(A) == len(B) == len(gold), (len(A), len(B), len(gold))
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
with open(name + '.jsonl', 'w', encoding='utf-8') as o:
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
