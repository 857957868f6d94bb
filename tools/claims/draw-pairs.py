#!/usr/bin/env python3
"""Draws pairs of claims that a store's claim grouping put together, to be annotated by hand.

Usage: draw-pairs.py STORE [N]          prints N (160) pairs as JSON lines, with their sentences
       draw-pairs.py STORE N --flagged  prints N disagreeing groups, each as the pair that shows it

The rule, fixed before any pair was read (issue 21's way):
- every story of the store with a claim group of two claims or more is a candidate;
- stories are taken in the order of sha1("claim-groups:" + story id), the first N;
- of each, one pair: of all pairs of members of one of its groups (members i < j of one group), the one
  with the smallest sha1("claim-pair:" + story + ":" + group + ":" + i + ":" + j); so a gallery's
  72-claim group weighs no more than a two-claim group, and no story gives two pairs;
- a pair is in TUNE when the first byte of sha1("claim-half:" + story id) is even, else in HOLD.
With --flagged, disagreeing groups are taken in the order of sha1("claim-flag:" + story + ":" + group), the
first N, each shown as the two members that show it (the one allowing the lowest ceiling, the one allowing
the highest floor, as ClaimValues names them).

A pair is pointed at by article id and the quantity's span in the article's cleaned text, which stay the
same when the extractors change; the annotation file (eval/claim/group-pairs.jsonl) holds those pointers
and the label, never the text (the data sets' licences forbid copying it).
"""
import hashlib
import json
import sqlite3
import sys


def h(s):
    return hashlib.sha1(s.encode("utf-8")).digest()


def half(story):
    return "TUNE" if h("claim-half:" + story)[0] % 2 == 0 else "HOLD"


def groups(db):
    """{(story, number): [(position, article, claim dict)]} of groups with two members or more."""
    out = {}
    rows = db.execute(
        "SELECT m.story_id, m.number, m.position, m.article_id, m.claim FROM claim_members m "
        "JOIN claim_groups g ON g.story_id = m.story_id AND g.number = m.number WHERE g.size >= 2 "
        "ORDER BY m.story_id, m.number, m.position")
    for story, number, pos, article, claim in rows:
        out.setdefault((story, number), []).append((pos, article, json.loads(claim)))
    return out


def sentence(text, span):
    """The sentence around span: from the last '. ', '\\n' before it to the next after it, with the span marked."""
    s, e = span
    a = max(text.rfind(". ", 0, s) + 2, text.rfind("\n", 0, s) + 1, s - 300, 0)
    b = [x for x in (text.find(". ", e), text.find("\n", e)) if x >= 0]
    b = min(b + [e + 300, len(text)])
    return (text[a:s] + "[[" + text[s:e] + "]]" + text[e:b + 1]).replace("\n", " ")


def point(db, article, claim, show):
    q = claim["quantity"]
    p = {"article": article, "quantity": q["span"]}
    if show:
        text = db.execute("SELECT text FROM articles WHERE id = ?", (article,)).fetchone()[0]
        value = q.get("value", [q.get("low"), q.get("high")])
        p["show"] = {"value": value, "qualifier": q["qualifier"], "subject": claim["subject"]["text"],
                     "modality": claim["modality"], "sentence": sentence(text, q["span"])}
    return p


def bounds(claim):
    q = claim["quantity"]
    low = q.get("value", q.get("low"))
    high = q.get("value", q.get("high"))
    return low, high


def pairs(db, n, show):
    by_story = {}
    for (story, number), members in groups(db).items():
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                key = h("claim-pair:%s:%d:%d:%d" % (story, number, members[i][0], members[j][0]))
                best = by_story.get(story)
                if best is None or key < best[0]:
                    by_story[story] = (key, number, members[i], members[j])
    for story in sorted(by_story, key=lambda s: h("claim-groups:" + s))[:n]:
        _, number, a, b = by_story[story]
        yield {"story": story, "group": number, "half": half(story),
               "a": point(db, a[1], a[2], show), "b": point(db, b[1], b[2], show)}


def flagged(db, n):
    rows = db.execute("SELECT story_id, number, thing FROM claim_groups WHERE disagreement = 1").fetchall()
    rows.sort(key=lambda r: h("claim-flag:%s:%d" % (r[0], r[1])))
    for story, number, thing in rows[:n]:
        members = db.execute("SELECT article_id, claim FROM claim_members WHERE story_id = ? AND number = ? "
                             "ORDER BY position", (story, number)).fetchall()
        members = [(a, json.loads(c)) for a, c in members]
        # the stored quantities' bounds before the qualifier; enough to pick the two extremes to read
        low = min(members, key=lambda m: bounds(m[1])[1])
        high = max(members, key=lambda m: bounds(m[1])[0])
        yield {"story": story, "group": number, "thing": thing, "size": len(members),
               "a": point(db, low[0], low[1], True), "b": point(db, high[0], high[1], True)}


def main():
    db = sqlite3.connect("file:%s?mode=ro" % sys.argv[1], uri=True)
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 160
    rows = flagged(db, n) if "--flagged" in sys.argv else pairs(db, n, "--show" in sys.argv)
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main()
