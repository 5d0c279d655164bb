"""Shared format of the writers' files: network|likes,reposts,comments,views|relevant|topics|settlement|street|importance|filter|text"""
import os

# the repository root (the scripts' own checkout, or OTKLIK_REPO when they are copied into a labeling folder)
MAIN = os.environ.get('OTKLIK_REPO', os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..')))
MUNIS = ['yelets', 'kalininsky', 'khasyn', 'klyuchevsky', 'neftekumsk']
TOPICS = ['housing', 'roads', 'landscaping', 'waste', 'transport', 'healthcare', 'education', 'social', 'safety',
          'animals', 'ecology', 'culture_sport', 'trade', 'communications', 'construction', 'agriculture', 'government']
NETWORKS = ['vk', 'ok', 'telegram']
FILTERS = ['none', 'obscene', 'insult', 'threat']
STREET_KINDS = {'улица', 'переулок', 'площадь', 'проезд', 'микрорайон', 'проспект'}
SETTLEMENT_KINDS = {'город', 'село', 'станица', 'хутор', 'посёлок', 'поселок', 'деревня', 'аул', 'пгт', 'рабочий посёлок'}


def reach_thresholds():
    """The reach from which a relevant post is high, as the classifier reads it (config/classifier.yaml, importance.reach)."""
    out, inside = {}, False
    with open(os.path.join(MAIN, 'config/classifier.yaml'), encoding='utf-8') as f:
        for line in f:
            if line.strip().startswith('#'):
                continue
            if line.strip() == 'reach:':
                inside = True
            elif inside and ':' in line and line.startswith('    '):
                key, value = line.split(':', 1)
                out[key.strip()] = int(value)
            elif inside:
                break
    if set(out) != {'views', 'likes', 'reposts', 'comments'}:
        raise SystemExit(f'config/classifier.yaml: reach: expected views, likes, reposts and comments, got {sorted(out)}')
    return out


def gazetteer(muni):
    """(settlement names, street names) of a municipality's gazetteer."""
    settlements, streets = set(), set()
    with open(os.path.join(MAIN, 'config/municipalities', muni, 'gazetteer.txt'), encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            parts = [p.strip() for p in line.split('|')]
            if len(parts) < 2:
                continue
            if parts[0] in SETTLEMENT_KINDS:
                settlements.add(parts[1])
            elif parts[0] in STREET_KINDS:
                streets.add(parts[1])
    return settlements, streets


def parse(muni, path):
    """Yields (line number, record or None, list of errors)."""
    settlements, streets = gazetteer(muni)
    with open(path, encoding='utf-8') as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip('\n')
            if not line.strip():
                continue
            errs = []
            parts = line.split('|')
            if len(parts) != 9:
                yield n, None, [f'expected 9 fields separated by |, got {len(parts)}']
                continue
            net, reach, rel, topics, sett, street, imp, filt, text = [p.strip() for p in parts]
            if net not in NETWORKS:
                errs.append(f'network {net!r} not one of {NETWORKS}')
            try:
                r = [int(x) for x in reach.split(',')]
                if len(r) != 4 or min(r) < 0:
                    raise ValueError
            except ValueError:
                errs.append(f'reach {reach!r} is not four non-negative integers')
                r = [0, 0, 0, 0]
            if rel not in ('0', '1'):
                errs.append(f'relevant {rel!r} not 0 or 1')
            tl = [] if topics == '-' else [t.strip() for t in topics.split(',')]
            for t in tl:
                if t not in TOPICS:
                    errs.append(f'topic {t!r} unknown')
            if rel == '1' and not 1 <= len(tl) <= 3:
                errs.append('a relevant post needs 1-3 topics')
            if rel == '0' and tl:
                errs.append('a not relevant post has topics -')
            if sett != '-' and sett not in settlements:
                errs.append(f'settlement {sett!r} is not a settlement of {muni} gazetteer')
            if street != '-' and street not in streets:
                errs.append(f'street {street!r} is not a street of {muni} gazetteer')
            if street != '-' and sett == '-':
                errs.append('a street needs a settlement')
            if imp not in ('h', 'n'):
                errs.append(f'importance {imp!r} not h or n')
            if rel == '0' and imp == 'h':
                errs.append('a not relevant post is n')
            if filt not in FILTERS:
                errs.append(f'filter {filt!r} not one of {FILTERS}')
            if len(text) < 5:
                errs.append('text too short')
            if '\t' in text:
                errs.append('tab in text')
            rec = dict(network=net, likes=r[0], reposts=r[1], comments=r[2], views=r[3], relevant=rel == '1', topics=tl,
                       settlement=None if sett == '-' else sett, street=None if street == '-' else street,
                       importance='high' if imp == 'h' else 'normal', filter=filt, text=text)
            yield n, rec, errs
