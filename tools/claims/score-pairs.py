#!/usr/bin/env python3
"""Scores a store's claim groups against the hand-annotated pairs of eval/claim/group-pairs.jsonl.

Usage: score-pairs.py STORE [PAIRS] [--half TUNE|HOLD] [--list]

For each pair (two claims a grouping once put together, drawn by draw-pairs.py), whether the store
still has both claims in one group. Per half:
- precision: of the pairs still together, the share annotated "same figure of the same thing and happening";
- recall: of the pairs annotated "same", the share still together.
The pairs were drawn from groups of the grouping before issue 21's change, so before that change every
pair is together (recall 1 by construction); recall then says what a stricter grouping lost, not what
the first one missed. Also prints the store's groups, disagreeing groups and those of "people".
"""
import json
import sqlite3
import sys


def where(db):
    """{(article, quantity start, quantity end): (story, group)} of every grouped claim."""
    out = {}
    for story, number, article, claim in db.execute("SELECT story_id, number, article_id, claim FROM claim_members"):
        c = json.loads(claim)
        s, e = c["quantity"]["span"]
        out.setdefault((article, s, e), (story, number))
        HOW[(article, s, e)] = "%s/%s %s" % (c.get("happening", {}).get("key", ""), c.get("happening", {}).get("part", ""),
                                             c["subject"]["text"])
    return out


HOW = {}


def key(p):
    return (p["article"], p["quantity"][0], p["quantity"][1])


def main():
    args = [a for i, a in enumerate(sys.argv) if i > 0 and not a.startswith("--") and sys.argv[i - 1] != "--half"]
    db = sqlite3.connect("file:%s?mode=ro" % args[0], uri=True)
    path = args[1] if len(args) > 1 else "eval/claim/group-pairs.jsonl"
    only = sys.argv[sys.argv.index("--half") + 1] if "--half" in sys.argv else None
    pairs = [json.loads(l) for l in open(path, encoding="utf-8")]
    at = where(db)
    for half in ("TUNE", "HOLD", "ALL"):
        if only and half not in (only, "ALL"):
            continue
        rows = [p for p in pairs if (half == "ALL" and not only) or p["half"] == half]
        if not rows:
            continue
        together = [p for p in rows if at.get(key(p["a"])) is not None and at.get(key(p["a"])) == at.get(key(p["b"]))]
        same = [p for p in rows if p["same"]]
        kept = [p for p in together if p["same"]]
        print("%-4s pairs %3d, same %3d, together %3d: precision %.3f  recall %.3f" % (
            half, len(rows), len(same), len(together), len(kept) / max(1, len(together)), len(kept) / max(1, len(same))))
        if "--list" in sys.argv:
            for p in rows:
                t = p in together
                if t != p["same"]:
                    print("   pair %3d %s: %s [%s | %s]" % (p["pair"], "together, not same" if t else "apart, same",
                                                     p.get("why", ""), HOW.get(key(p["a"])), HOW.get(key(p["b"]))))
    g, d, people, dpeople = db.execute(
        "SELECT count(*), sum(disagreement), sum(thing = 'people'), sum(disagreement AND thing = 'people') "
        "FROM claim_groups").fetchone()
    print("groups %d, disagreeing %d; of \"people\" %d, disagreeing %d" % (g, d, people, dpeople))


if __name__ == "__main__":
    main()
