#!/usr/bin/env python3
"""Does the store depend on how its articles were split into runs?  Compares two Storyline stores
made from the same articles (say, one `analyze` of a JSONL file, and one `ingest` per 100-line part
of it): the articles, their dates and extractions must be the same; the stories are compared by
B-cubed F1 (one store's stories scored against the other's); the entities by the share of mentions
whose entity (canonical name and type) is the same in both.

usage: order-check.py ONE.db SPLIT.db
"""
import sqlite3, sys


def rows(db, sql):
    return sorted(tuple(r) for r in sqlite3.connect(db).execute(sql))


def b_cubed(gold, pred):
    """B-cubed precision, recall, F1 of pred against gold (dicts item -> cluster)."""
    items = [i for i in gold if i in pred]
    def members(assign):
        out = {}
        for i in items:
            out.setdefault(assign[i], set()).add(i)
        return out
    g, p = members(gold), members(pred)
    prec = sum(len(p[pred[i]] & g[gold[i]]) / len(p[pred[i]]) for i in items) / len(items)
    rec = sum(len(p[pred[i]] & g[gold[i]]) / len(g[gold[i]]) for i in items) / len(items)
    return prec, rec, 2 * prec * rec / (prec + rec)


def main(one, split):
    same = True
    for name, sql in [
        ("articles", "SELECT id, text FROM articles"),
        ("dates", "SELECT id, published, published_source, round(published_confidence, 6) FROM articles"),
        ("extractions", "SELECT article_id, version, payload FROM extractions"),
    ]:
        a, b = rows(one, sql), rows(split, sql)
        equal = a == b
        same &= equal
        diff = len(set(a) ^ set(b))
        print(f"{name:12s} {'same' if equal else 'DIFFERENT'} ({len(a)} and {len(b)} rows, {diff} rows in one only)")
    story = lambda db: dict(sqlite3.connect(db).execute("SELECT article_id, story_id FROM story_articles"))
    p, r, f = b_cubed(story(one), story(split))
    print(f"stories      B3 P {p:.4f} R {r:.4f} F1 {f:.4f} "
          f"({len(set(story(one).values()))} and {len(set(story(split).values()))} stories)")
    entity = ("SELECT l.article_id, l.start, l.\"end\", e.canonical_name, e.type FROM entity_links l "
              "JOIN entities e ON e.id = l.entity_id")
    ea = {(a, s, e): (n, t) for a, s, e, n, t in rows(one, entity)}
    eb = {(a, s, e): (n, t) for a, s, e, n, t in rows(split, entity)}
    agree = sum(1 for k, v in ea.items() if eb.get(k) == v)
    print(f"entities     {agree / max(len(ea), 1):.4f} of {len(ea)} mentions in an entity of the same name and type")
    return 0 if same and f >= 0.99 else 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
