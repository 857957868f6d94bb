#!/usr/bin/env python3
"""Did a change meant for speed leave every extraction as it was?  Prints the md5 of each stored
extraction of a Storyline store (its version and JSON payload, not when it was made) and one md5 over
all of them, in article order; given a second store, it names the articles whose extractions differ
and exits 1 when any do.

usage: extraction-digests.py STORE.db [OTHER.db]      (add -v to print each article's md5)
"""
import hashlib, sqlite3, sys


def digests(db):
    rows = sqlite3.connect(db).execute("select article_id, version, payload from extractions order by 1")
    return {a: hashlib.md5((v + "\n" + p).encode("utf-8")).hexdigest() for a, v, p in rows}


def whole(d):
    h = hashlib.md5()
    for a in sorted(d):
        h.update((a + " " + d[a] + "\n").encode("ascii"))
    return h.hexdigest()


def main(args):
    verbose = "-v" in args
    dbs = [a for a in args if a != "-v"]
    if not 1 <= len(dbs) <= 2:
        sys.exit(__doc__)
    one = digests(dbs[0])
    if verbose:
        for a in sorted(one):
            print(a, one[a])
    print(f"{dbs[0]}: {len(one)} extractions, md5 {whole(one)}")
    if len(dbs) == 1:
        return 0
    other = digests(dbs[1])
    print(f"{dbs[1]}: {len(other)} extractions, md5 {whole(other)}")
    differ = sorted(a for a in one.keys() | other.keys() if one.get(a) != other.get(a))
    for a in differ[:20]:
        print("differs:", a, one.get(a, "(missing)"), other.get(a, "(missing)"))
    print(f"{len(differ)} of {len(one.keys() | other.keys())} articles differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
