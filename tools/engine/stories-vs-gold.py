#!/usr/bin/env python3
"""The stories of a store made from a labelled JSONL file (e.g. `storyline analyze gva-dev.jsonl`),
scored against the labels by B-cubed (each article's label is found through the line it was read
from, `article_origins.record`).

usage: stories-vs-gold.py STORE.db FILE.jsonl [--label incident]
"""
import importlib.util, json, os, sqlite3, sys

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("order_check", os.path.join(here, "order-check.py"))
order_check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(order_check)


def main(store, data, label):
    by_line = {i: json.loads(l)[label] for i, l in enumerate(open(data, encoding="utf-8"), 1)}
    db = sqlite3.connect(store)
    first = {}
    for article, record in db.execute("SELECT article_id, record FROM article_origins ORDER BY id"):
        first.setdefault(article, record)
    gold = {a: by_line[r] for a, r in first.items() if r in by_line}
    stories = dict(db.execute("SELECT article_id, story_id FROM story_articles"))
    p, r, f = order_check.b_cubed(gold, stories)
    print(f"B3 P {p:.4f} R {r:.4f} F1 {f:.4f} over {len(gold)} articles")


if __name__ == "__main__":
    args = sys.argv[1:]
    label = "incident"
    if "--label" in args:
        label = args[args.index("--label") + 1]
        args = [a for a in args if a not in ("--label", label)]
    if len(args) != 2:
        sys.exit(__doc__)
    main(args[0], args[1], label)
