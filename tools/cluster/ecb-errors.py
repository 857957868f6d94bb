#!/usr/bin/env python3
"""TUNE's clustering decisions by kind (issue 21): joins right and wrong, and stories started
while the article's own sub-topic had a story, each by whether the article and the story were dated
when it arrived and whether the article is a headline only. Only for TUNE files: UNTOUCHED's errors
are not looked at.

usage: ecb-errors.py DECISIONS.tsv DATA.jsonl
(DECISIONS.tsv from `eval cluster --data DATA.jsonl --label subtopic --decisions DECISIONS.tsv`)
"""
import collections, csv, json, sys


def majority(labels, fallback):
    return labels.most_common(1)[0][0] if labels else fallback


def main(decisions, data):
    records = [json.loads(l) for l in open(data, encoding="utf-8") if l.strip()]
    dated = {r["id"]: bool(r.get("dct")) for r in records}
    bare = {r["id"]: not (r.get("content") or "").strip() for r in records}
    if any(r["topic"] % 5 == 0 for r in records):
        raise SystemExit(f"{data} holds UNTOUCHED topics (topic % 5 == 0), whose errors are not looked at")
    story_of, story_dated, has_story = {}, collections.defaultdict(bool), set()
    count = collections.Counter()
    members = collections.defaultdict(collections.Counter)
    by_title = {" ".join((r.get("title") or "").split())[:70]: r["id"] for r in records}
    ids = {}
    for d in csv.DictReader(open(decisions, encoding="utf-8"), delimiter="\t"):
        # the decisions name articles by the clusterer's ids: back to the record by its title
        a = ids[d["article"]] = by_title.get(d["title"], d["article"])
        label = d["label"]
        kind = d["kind"]
        story = ids.get(d["story"], d["story"])
        article = ("dated" if dated.get(a, False) else "undated") + " article"
        if kind == "JOINED":
            s = story_of.get(story, story)
            sd = "dated story" if story_dated[s] else "undated story"
            # right when the article's sub-topic is the story's commonest so far (its first article's
            # label would count every article after a wrong join as wrong too)
            right = "right" if label == majority(members[s], d["story_label"]) else "wrong"
            count[("joined", right, article, sd, "headline only" if bare.get(a) else "")] += 1
            story_of[a] = s
            story_dated[s] |= dated.get(a, False)
            members[s][label] += 1
        elif kind == "STARTED":
            split = "split" if label in has_story else "new"
            best = d["story_label"]
            count[("started", split, article, "best " + ("own" if best == label else "other" if best != "-" else "none"),
                   "headline only" if bare.get(a) else "")] += 1
            story_of[a] = a
            story_dated[a] = dated.get(a, False)
            members[a][label] += 1
        elif kind == "MERGED":
            s, into = story_of.get(a, a), story_of.get(story, story)
            right = "right" if majority(members[s], label) == majority(members[into], d["story_label"]) else "wrong"
            count[("merged", right, ("dated" if story_dated[s] else "undated") + " story into "
                   + ("dated" if story_dated[into] else "undated") + " story")] += 1
        else:
            count[(kind.lower(), article)] += 1
            story_of[a] = story_of.get(story, story)
            members[story_of[a]][label] += 1
        has_story.add(label)
    for k, n in sorted(count.items()):
        print(f"{n:5d}  " + " / ".join(x for x in k if x))


if __name__ == "__main__":
    main(*sys.argv[1:3])
