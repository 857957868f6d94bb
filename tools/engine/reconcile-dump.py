#!/usr/bin/env python3
"""The md5 of each table that reconcile writes, its rows sorted, so that a change meant only for
speed can show that every stored result stayed the same byte for byte.

    python3 tools/engine/reconcile-dump.py STORE.db [OUT_DIR]

Prints one line per table: its name, rows, md5. With OUT_DIR, writes each table's sorted rows
there too (one line per row), to diff when an md5 moved. Tables a store lacks are reported as
missing. Times of writing (columns named like *_at) would differ between two runs of the same
input, so they are left out.
"""
import hashlib
import os
import sqlite3
import sys

TABLES = ["stories", "story_summaries", "sub_event_summaries", "timeline_events", "timeline_participants",
          "entities", "entity_names", "entity_links", "story_entities", "claim_groups", "claim_members",
          "date_evidence", "extractions"]


def rows(db, table):
    columns = [c[1] for c in db.execute(f"PRAGMA table_info({table})")]
    kept = [c for c in columns if not c.endswith("_at")]
    select = ", ".join(f'"{c}"' for c in kept)
    return kept, sorted(repr(tuple(r)) for r in db.execute(f"SELECT {select} FROM {table}"))


def main():
    db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    out = sys.argv[2] if len(sys.argv) > 2 else None
    if out:
        os.makedirs(out, exist_ok=True)
    present = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in TABLES:
        if table not in present:
            print(f"{table:22} missing")
            continue
        kept, lines = rows(db, table)
        digest = hashlib.md5("\n".join(lines).encode("utf-8")).hexdigest()
        print(f"{table:22} {len(lines):7} {digest}  ({', '.join(kept)})")
        if out:
            with open(os.path.join(out, table + ".txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
