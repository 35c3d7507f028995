#!/usr/bin/env python3
"""Turns the annotators' working files (one JSON object per sentence id "DOC@OFFSET", kept outside the repository)
into labels.jsonl: the sentence as [start, end, sha] (UTF-16 offsets into the text of ../shared/bench that
dump_texts.py / dump_timebank.py write, and the first 8 hex digits of the SHA-256 of its words), its PLOVER type
(or NONE), ACLED sub-type (or null) and timeframe. A sentence labelled twice keeps its first label.
Usage: to_labels.py CANDIDATES.jsonl OUT.jsonl... > labels.jsonl"""
import hashlib, json, sys


def main(cands, outs):
    texts = {}
    for line in open(cands, encoding='utf-8'):
        d = json.loads(line)
        texts[d['id']] = d['text']
    seen = set()
    rows = []
    for out in outs:
        for line in open(out, encoding='utf-8'):
            d = json.loads(line)
            if d['id'] in seen or d['id'] not in texts:
                continue
            seen.add(d['id'])
            doc, at = d['id'].rsplit('@', 1)
            rows.append((doc, int(at), texts[d['id']], d))
    rows.sort(key=lambda r: (r[0], r[1]))
    for doc, at, sentence, d in rows:
        full = open('/tmp/realnews/docs/' + doc.replace(':', '_') + '.txt', encoding='utf-8').read()
        assert full[at:at + len(sentence)] == sentence, d['id']
        u16 = lambda i: len(full[:i].encode('utf-16-le')) // 2
        span = [u16(at), u16(at + len(sentence)), hashlib.sha256(sentence.encode('utf-8')).hexdigest()[:8]]
        print(json.dumps({'doc': doc, 'sentence': span, 'plover': d['plover'], 'acled': d['acled'],
                          'timeframe': d['timeframe']}, ensure_ascii=False))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2:])
