#!/usr/bin/env python3
"""The ECB+ development file split for clustering (issue 21), so every figure can be re-made.

TUNE holds the topics with topic % 5 != 0 (27 topics), UNTOUCHED the others (7 topics: scored once, at
the end, its errors never looked at). TUNE's five folds by topic: fold i holds the topics at places
i, i + 5, i + 10, ... of TUNE's sorted topics (the i mod 5-th). Records keep the file's order (its
publication order is what `eval cluster` sorts by), so a fold file is the TUNE file without the
other folds' lines.

usage: ecb-folds.py [ecbplus-dev.jsonl] [OUT_DIR]
writes OUT_DIR/tune.jsonl, untouched.jsonl, fold0.jsonl .. fold4.jsonl and prints their sizes
"""
import json, os, sys

FOLDS = 5


def is_tune(topic):
    return topic % 5 != 0


def fold_of(tune_topics):
    """topic -> fold number, from TUNE's sorted topics."""
    return {t: i % FOLDS for i, t in enumerate(sorted(tune_topics))}


def main(data, out_dir):
    lines = [l for l in open(data, encoding="utf-8") if l.strip()]
    topics = [json.loads(l)["topic"] for l in lines]
    folds = fold_of({t for t in topics if is_tune(t)})
    os.makedirs(out_dir, exist_ok=True)
    parts = {"tune": [], "untouched": []}
    parts.update({f"fold{i}": [] for i in range(FOLDS)})
    for line, topic in zip(lines, topics):
        if is_tune(topic):
            parts["tune"].append(line)
            parts[f"fold{folds[topic]}"].append(line)
        else:
            parts["untouched"].append(line)
    for name, part in parts.items():
        with open(os.path.join(out_dir, name + ".jsonl"), "w", encoding="utf-8") as f:
            f.writelines(part)
        shown = sorted({json.loads(l)["topic"] for l in part}) if name != "untouched" else "-"
        print(f"{name}\t{len(part)} records\ttopics {shown}")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(args[0] if args else "/work/shared/data/clustering/ecbplus-dev.jsonl", args[1] if len(args) > 1 else "/tmp/ecb-folds")
