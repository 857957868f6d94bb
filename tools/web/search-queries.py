#!/usr/bin/env python3
"""search-queries.py STORE N [EXCLUDE...]: prints N search API addresses, each a different two-word query
drawn from the store's titles by a fixed rule, for measuring searches never asked before.

The rule: the articles in id order; each title lowercased and split at spaces, with the punctuation
around a word stripped; every two adjacent words that are both plain letters (a-z) make a query, kept
the first time it is seen and unless an EXCLUDE file (lists of addresses made earlier, e.g. those used
to warm the server) has it already. Addresses use the API's default limit, so no two are the same."""
import re
import sqlite3
import sys
import urllib.parse

store, wanted = sys.argv[1], int(sys.argv[2])
WORD = re.compile("[a-z]+")


def asked(path):
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(path.strip()).query).get("q", [""])[0]
    return tuple(query.split())


seen = set()
for exclude in sys.argv[3:]:
    seen.update(asked(line) for line in open(exclude) if line.strip())
db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
made = 0
for (title,) in db.execute("SELECT coalesce(title, '') FROM articles ORDER BY id"):
    words = [w.strip(",.:;!?\"'()") for w in title.lower().split()]
    for pair in zip(words, words[1:]):
        if made == wanted:
            sys.exit(0)
        if all(WORD.fullmatch(w) for w in pair) and pair not in seen:
            seen.add(pair)
            made += 1
            print("/api/v1/search?q=" + "+".join(pair))
if made < wanted:
    sys.exit(f"only {made} queries in {store}")
