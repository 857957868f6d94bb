#!/usr/bin/env python3
"""The timeline of the story holding the sample articles, against the events a careful reader takes
from them (`events` of seeds-gold.json).

A gold event is found when one timeline event has a date inside the gold date (a day, or a month
such as "2021-09"), lists at least the gold event's articles among its sources, and shares a content
word with the gold description (the best such pairing, each timeline event used once). A gold event
matched by more than one timeline event of that date and wording is "listed twice".

With STORY.json (what `storyline story ID --json` printed for that story) only the events the
views list by default (`"listed": true`, their salience) count.

With FOUND_KEYS=FILE in the environment, the found events are written to FILE (a JSON list, each
event by its first day and its sources' triggers: what tools/timeline/SalienceT17.java checks a
setting against).

usage: timeline-vs-gold.py STORE.db seeds-gold.json [STORY.json]
"""
import json, os, re, sqlite3, sys

STOP = set("the a an of to in and or for on at by with from as is was were be been has have had it its "
           "that this which who said will would not but after before about into than also key likely "
           "u.s. us".split())


def words(text):
    return {w for w in re.findall(r"[a-z0-9]+", text.lower().replace("–", " ")) if w not in STOP and len(w) > 2}


def inside(day, gold):
    return day[: len(gold)] == gold if len(gold) < 10 else day == gold


def listed_keys(story_json):
    """The events the views list by default, each by its date and its sources' triggers."""
    story = json.load(open(story_json, encoding="utf-8"))
    return {(e["first"], frozenset((s["article"], s["start"], s["end"]) for s in e["sources"]))
            for e in story["timeline"] if e.get("listed", True)}


def main(store, gold_file, story_json=None):
    gold = json.load(open(gold_file, encoding="utf-8"))["events"]
    listed = listed_keys(story_json) if story_json else None
    db = sqlite3.connect(store)
    file_of = {}
    for article, file in db.execute("SELECT article_id, file FROM article_origins"):
        m = re.search(r"(\d{3})_[0-9a-f]+\.txt$", file)
        if m:
            file_of[article] = m.group(1)
    stories = {s for (s,) in db.execute("SELECT DISTINCT story_id FROM story_articles WHERE article_id IN (%s)"
                                         % ",".join("?" * len(file_of)), list(file_of))}
    events = []
    for story, number, first, last, payload in db.execute(
            "SELECT story_id, number, first_day, last_day, payload FROM timeline_events ORDER BY story_id, number"):
        if story in stories:
            e = json.loads(payload)
            key = (first, frozenset((s["article"], s["trigger"][0], s["trigger"][1]) for s in e["sources"]))
            if listed is not None and key not in listed:
                continue
            files = {file_of.get(s["article"]) for s in e["sources"]}
            events.append({"first": first, "last": last, "label": e["label"], "files": files, "key": key,
                           "words": words(e["label"] + " " + " ".join(s["text"] for s in e["sources"]))})
    pairs = []
    for gi, g in enumerate(gold):
        for ti, t in enumerate(events):
            if inside(t["first"], g["date"]) and inside(t["last"], g["date"]) and set(g["files"]) <= t["files"]:
                overlap = len(words(g["what"]) & t["words"])
                if overlap:
                    pairs.append((overlap, gi, ti))
    pairs.sort(reverse=True)
    found, used = {}, set()
    for overlap, gi, ti in pairs:
        if gi not in found and ti not in used:
            found[gi] = ti
            used.add(ti)
    twice = sorted({gi for overlap, gi, ti in pairs if ti not in used and overlap >= 2
                    and all(p[2] != ti or p[1] == gi for p in pairs)})
    if os.environ.get("FOUND_KEYS"):
        with open(os.environ["FOUND_KEYS"], "w", encoding="utf-8") as out:
            json.dump([{"first": events[ti]["key"][0], "sources": [{"article": a, "start": s, "end": e} for a, s, e in
                        sorted(events[ti]["key"][1])]} for ti in found.values()], out)
    for gi, g in enumerate(gold):
        mark = "found  " if gi in found else "MISSING"
        print(f"{mark} {g['date']:10}  {g['what']}")
        if gi in found:
            t = events[found[gi]]
            print(f"          -> {t['first']}  {t['label'][:100]}  ({', '.join(sorted(f for f in t['files'] if f))})")
    print(f"\n{len(found)} of {len(gold)} gold events on the timeline; {len(events)} timeline events in the story;"
          f" listed twice: {len(twice)} {[gold[g]['what'] for g in twice]}")


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(*sys.argv[1:])
