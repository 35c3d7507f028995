#!/usr/bin/env python3
"""Turns the labellers' working files (verbatim quotes, kept outside the repository) into labels.jsonl (offsets
into the texts of ../shared/bench, with a short hash of each span so a loader can check it points at the same
words). Usage: quotes_to_offsets.py DOCS_DIR INDEX.tsv PART.jsonl... > labels.jsonl"""
import hashlib, json, sys

def sha(s):
    return hashlib.sha256(s.encode('utf-8')).hexdigest()[:8]

def near(text, q, anchor):
    """The occurrence of q closest to anchor."""
    best, at = None, text.find(q)
    while at >= 0:
        if best is None or abs(at - anchor) < abs(best - anchor):
            best = at
        at = text.find(q, at + 1)
    if best is None:
        return None
    u16 = lambda i: len(text[:i].encode('utf-16-le')) // 2  # Java string offsets count UTF-16 units
    return [u16(best), u16(best + len(q)), sha(q)]

docs_dir, index = sys.argv[1], sys.argv[2]
split = {}
for line in open(index, encoding='utf-8'):
    d, fn, n, sp = line.rstrip('\n').split('\t')
    split[d] = (fn, sp)
rows = {}
for part in sys.argv[3:]:
    for line in open(part, encoding='utf-8'):
        if not line.strip():
            continue
        r = json.loads(line)
        fn, sp = split[r['doc']]
        text = open(docs_dir + '/' + fn, encoding='utf-8').read()
        events = []
        for e in r.get('events', []):
            q = near(text, e['quote'], 0)
            a = q[0]
            out = {'quote': q, 'plover': e['plover'], 'acled': e.get('acled'), 'timeframe': e['timeframe'],
                   'place': near(text, e['place'], a) if e.get('place') else None,
                   'date': near(text, e['date'], a) if e.get('date') else None, 'figures': []}
            for f in e.get('figures', []):
                fq = near(text, f['quote'], a)
                out['figures'].append({'kind': f['kind'], 'low': f['low'], 'high': f['high'], 'quote': fq,
                                       'claimant': near(text, f['claimant'], fq[0]) if f.get('claimant') else None,
                                       'hedge': f['hedge']})
            events.append(out)
        rows[r['doc']] = {'doc': r['doc'], 'split': sp, 'relevant': r['relevant'], 'topic': r['topic'], 'events': events}
order = [d for d in split if d in rows]
for d in order:
    print(json.dumps(rows[d], separators=(',', ':')))
