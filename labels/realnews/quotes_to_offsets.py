#!/usr/bin/env python3
"""Turns the labellers' working files (verbatim quotes, kept outside the repository) into labels.jsonl (offsets
into the texts of ../shared/bench, with a short hash of each span so a loader can check it points at the same
words). A document labelled twice keeps its last label; a document with a quote that is not verbatim is skipped.
Usage: quotes_to_offsets.py DOCS_DIR INDEX.tsv PART.jsonl... > labels.jsonl"""
import hashlib, json, sys

TOPICS_RELEVANT = {'protest', 'repression', 'political_violence', 'rights_restriction'}


def sha(s):
    return hashlib.sha256(s.encode('utf-8')).hexdigest()[:8]


def near(text, q, anchor):
    """[start, end, sha] of the occurrence of q closest to anchor (Java string offsets: UTF-16 units)."""
    best, at = None, text.find(q)
    while at >= 0:
        if best is None or abs(at - anchor) < abs(best - anchor):
            best = at
        at = text.find(q, at + 1)
    if best is None:
        raise KeyError(q)
    u16 = lambda i: len(text[:i].encode('utf-16-le')) // 2
    return [u16(best), u16(best + len(q)), sha(q)]


def spans(text, r):
    events = []
    for e in r.get('events', []):
        q = near(text, e['quote'], 0)
        a = text.find(e['quote'])
        out = {'quote': q, 'plover': e['plover'], 'acled': e.get('acled'), 'timeframe': e['timeframe'],
               'place': near(text, e['place'], a) if e.get('place') else None,
               'date': near(text, e['date'], a) if e.get('date') else None, 'figures': []}
        for f in e.get('figures', []):
            fa = text.find(f['quote'])
            out['figures'].append({'kind': f['kind'], 'low': f['low'], 'high': f['high'], 'quote': near(text, f['quote'], a),
                                   'claimant': near(text, f['claimant'], fa) if f.get('claimant') else None,
                                   'hedge': f['hedge']})
        events.append(out)
    return events


def main():
    docs_dir, index = sys.argv[1], sys.argv[2]
    split = {}
    for line in open(index, encoding='utf-8'):
        d, fn, n, sp = line.rstrip('\n').split('\t')
        split[d] = (fn, sp)
    rows = {}
    for part in sys.argv[3:]:
        for line in open(part, encoding='utf-8'):
            try:
                r = json.loads(line)
                fn, sp = split[r['doc']]
                if r['relevant'] != (r['topic'] in TOPICS_RELEVANT):
                    raise KeyError('topic')
                text = open(docs_dir + '/' + fn, encoding='utf-8').read()
                events = spans(text, r)
            except (ValueError, KeyError, TypeError) as e:
                print('skipped a line of %s: %s' % (part, e), file=sys.stderr)
                continue
            rows[r['doc']] = {'doc': r['doc'], 'split': sp, 'relevant': r['relevant'], 'topic': r['topic'], 'events': events}
    for d in split:
        if d in rows:
            print(json.dumps(rows[d], separators=(',', ':')))


main()
