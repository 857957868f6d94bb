#!/usr/bin/env python3
"""Draws the sentences of the second claims set (issue 21) by a fixed, seeded rule written before any
of them was read, so the set is neither chosen by hand nor made of text the rules were tuned on.

Usage: sample-heldout.py DATA_DIR [--text]  (DATA_DIR: the shared data folder). Prints one JSON
object a line: {"file", "sentence": [start, end], "source", "stratum", "half"}; with --text also
the sentence's "text", for the annotator only: the text is never stored in the repository (the
data's licences forbid copying it).

The rule:
- Sources, 80 sentences each (320 in all):
  polnear   PolNeAR train texts (polnear/train/text/*.txt) whose file the development set
            (dev-claims.jsonl) did not use;
  t17       the T17 development topics (t17-dev/{H1N1,MJ,haiti}/articles.jsonl, field text);
  ecbplus   the ECB+ development documents (clustering/ecbplus-dev.jsonl, field content);
  gva       GVA development reports (clustering/gva-dev.jsonl, field content) not marked
            boilerplate_or_short and not used by the development set.
- Sentences: the splitter of claimsentences.py (shared with pick-dev.py), at blank lines or a
  line break (pick-dev.py: blank lines only), and at . ! ? followed by white space and a capital, a digit or a quote; trimmed; kept when 8 to 80 words long and when
  they contain a number: a digit, or a number word (one ... nineteen, the tens, hundred(s),
  thousand(s), million(s), billion(s), trillion(s), dozen(s), half, quarter, a third: the list
  NUMBER_WORDS below).
- Strata, so that not all are easy: a sentence is "hard" when it has a number word or two or more
  separate numbers (a run of digits with , . : / - inside counts once), else "plain". Each
  source gives 40 hard and 40 plain (if a stratum runs short, the other fills the quota).
- Draw: the candidates of each source and stratum are shuffled with random.Random(SEED) (SEED =
  21, the issue's number), in the order the files/records are listed (files by name, records in
  file order); they are taken in that order, skipping a sentence when its document has already
  given two, until the quota is met.
- Halves: a document's sentences all go to one half: TUNE when the first byte of
  sha1("21:" + file) is even, else HOLD.
"""
import hashlib, json, os, random, re, sys

from claimsentences import sentences

SEED = 21
QUOTA = 40  # per source and stratum
PER_DOCUMENT = 2
NUMBER_WORDS = (r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
                r"eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|"
                r"quarter|a third)\b")
WORD = re.compile(NUMBER_WORDS, re.I)
DIGITS = re.compile(r"\d+(?:[,.:/-]\d+)*")
BOUNDARY = re.compile(r"\n\s*\n|\n|(?<=[.!?])[\"”’]?\s+(?=[\"“]?[A-Z0-9])")


def candidates(name, text):
    for s, e in sentences(text, BOUNDARY):
        t = text[s:e]
        if 8 <= len(t.split()) <= 80 and (WORD.search(t) or DIGITS.search(t)):
            hard = bool(WORD.search(t)) or len(DIGITS.findall(t)) >= 2
            yield {"file": name, "sentence": [s, e], "stratum": "hard" if hard else "plain", "text": t}


def jsonl(path, name, field, skip):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            file = name + "#" + r["id"]
            if not skip(r, file):
                yield file, r.get(field) or ""


def sources(data, used):
    polnear = os.path.join(data, "polnear/train/text")
    yield "polnear", (("polnear/train/text/" + f, open(os.path.join(polnear, f), encoding="utf-8").read())
                      for f in sorted(os.listdir(polnear)) if "polnear/train/text/" + f not in used)
    yield "t17", (doc for topic in ("H1N1", "MJ", "haiti")
                  for doc in jsonl(os.path.join(data, "t17-dev", topic, "articles.jsonl"),
                                   "t17-dev/" + topic + "/articles.jsonl", "text", lambda r, f: False))
    yield "ecbplus", jsonl(os.path.join(data, "clustering/ecbplus-dev.jsonl"), "clustering/ecbplus-dev.jsonl",
                           "content", lambda r, f: False)
    yield "gva", jsonl(os.path.join(data, "clustering/gva-dev.jsonl"), "clustering/gva-dev.jsonl", "content",
                       lambda r, f: r.get("boilerplate_or_short") is True or f in used)


def half(file):
    return "TUNE" if hashlib.sha1(("21:" + file).encode("utf-8")).digest()[0] % 2 == 0 else "HOLD"


def draw(pool):
    """QUOTA of each stratum, at most PER_DOCUMENT sentences a document; a short stratum is filled from the other."""
    order = {"hard": [], "plain": []}
    for c in pool:
        order[c["stratum"]].append(c)
    for stratum in ("hard", "plain"):
        random.Random(SEED).shuffle(order[stratum])
    per_document, picked = {}, []

    def take(stratum, n):
        for c in order[stratum]:
            if n <= 0:
                return
            if c not in picked and per_document.get(c["file"], 0) < PER_DOCUMENT:
                picked.append(c)
                per_document[c["file"]] = per_document.get(c["file"], 0) + 1
                n -= 1

    take("hard", QUOTA)
    take("plain", QUOTA)
    take("hard", 2 * QUOTA - len(picked))
    take("plain", 2 * QUOTA - len(picked))
    return picked


def main(argv):
    data = argv[1]
    text = "--text" in argv
    used = {json.loads(l)["file"] for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev-claims.jsonl"),
                                                 encoding="utf-8")}
    for source, documents in sources(data, used):
        pool = [c for name, body in documents for c in candidates(name, body)]
        for c in draw(pool):
            out = {"file": c["file"], "sentence": c["sentence"], "source": source, "stratum": c["stratum"],
                   "half": half(c["file"])}
            if text:
                out["text"] = c["text"]
            print(json.dumps(out, ensure_ascii=False))


main(sys.argv)
