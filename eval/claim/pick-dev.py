#!/usr/bin/env python3
"""Picks the sentences of the claims development set by a fixed rule, so the set is not chosen by hand.

Usage: pick-dev.py DATA_DIR  (the shared data folder). Prints one JSON object a line:
{"file": ..., "sentence": [start, end], "text": ...}; the text is for the annotator only and is
never stored in the repository (the data's licences forbid copying it).

Rule: split each text into sentences (blank lines and . ! ? followed by a capital or a quote);
keep the sentences of 8 to 80 words that contain a digit or a number word; take every 97th of
PolNeAR train (files in name order) and every 43rd of GVA dev (records in file order, skipping
records marked boilerplate_or_short), 60 from each.
"""
import json, os, re, sys

from claimsentences import sentences

NUMBER_WORDS = r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?)\b"
HAS_NUMBER = re.compile(r"\d|" + NUMBER_WORDS, re.I)
BOUNDARY = re.compile(r"\n\s*\n|(?<=[.!?])[\"”’]?\s+(?=[\"“]?[A-Z0-9])")

def candidates(name, text):
    for s, e in sentences(text, BOUNDARY):
        words = len(text[s:e].split())
        if 8 <= words <= 80 and HAS_NUMBER.search(text[s:e]):
            yield {"file": name, "sentence": [s, e], "text": text[s:e]}

def main(data):
    polnear = os.path.join(data, "polnear/train/text")
    pool = []
    for f in sorted(os.listdir(polnear)):
        with open(os.path.join(polnear, f), encoding="utf-8") as fh:
            pool.extend(candidates("polnear/train/text/" + f, fh.read()))
    picked = pool[::97][:60]
    pool = []
    with open(os.path.join(data, "clustering/gva-dev.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if not r.get("boilerplate_or_short"):
                pool.extend(candidates("clustering/gva-dev.jsonl#" + r["id"], r["content"]))
    picked += pool[::43][:60]
    for p in picked:
        print(json.dumps(p, ensure_ascii=False))

main(sys.argv[1])
