#!/usr/bin/env python3
"""index-queries.py STORE N: prints search API addresses that exercise what the index holds, to compare
two indexes of the same articles answer for answer (tools/web/answers.py on a server of each, then cmp).

Drawn from the store by fixed rules, nothing tuned on them: N two-word queries from the titles (as
tools/web/search-queries.py draws them), then for every fifth of those, in turn, grouped by story, the
second page, 200 a page, an outlet filter, an entity filter, two entity filters, a date range; then
queries of each kind the syntax has: a blank query (grouped and not, paged), phrases of three title
words, title:, text:, outlet:, entity:"name", date: days, months, years and ranges (open and exclusive
ends), AND/OR/NOT and parentheses, wildcards, and the facets' values as filters on blank queries."""
import base64
import re
import sqlite3
import sys
import urllib.parse

store, wanted = sys.argv[1], int(sys.argv[2])
db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
WORD = re.compile("[a-z]+")
BASE = "/api/v1/search?"


def address(**params):
    pairs = []
    for k, v in params.items():
        for one in v if isinstance(v, list) else [v]:
            pairs.append((k, one))
    return BASE + urllib.parse.urlencode(pairs)


def cursor(offset):
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


titles = [t for (t,) in db.execute("SELECT coalesce(title, '') FROM articles ORDER BY id")]
pairs, triples, seen = [], [], set()
for title in titles:
    words = [w.strip(",.:;!?\"'()") for w in title.lower().split()]
    for i in range(len(words) - 1):
        pair = tuple(words[i:i + 2])
        if all(WORD.fullmatch(w) for w in pair) and pair not in seen:
            seen.add(pair)
            pairs.append(" ".join(pair))
        if i + 2 < len(words) and all(WORD.fullmatch(w) for w in words[i:i + 3]) and len(triples) < 200:
            triples.append(" ".join(words[i:i + 3]))
pairs = pairs[:wanted]
outlets = [o for (o,) in db.execute(
    "SELECT outlet FROM articles WHERE outlet IS NOT NULL AND outlet != '' GROUP BY outlet ORDER BY count(*) DESC, outlet LIMIT 20")]
entities = [e for (e,) in db.execute(
    "SELECT canonical_name FROM entities ORDER BY article_count DESC, canonical_name LIMIT 40")]
days = [d for (d,) in db.execute("SELECT DISTINCT published FROM articles WHERE published IS NOT NULL ORDER BY published")]
lines = []
for q in pairs:
    lines.append(address(q=q))
for n, q in enumerate(pairs[::5]):
    kind = n % 7
    e = entities[n % len(entities)]
    d = days[(n * 7) % len(days)]
    lines.append([address(q=q, group="stories"), address(q=q, cursor=cursor(50)), address(q=q, limit=200),
                  address(q=q, outlet=outlets[n % len(outlets)] if outlets else "x"), address(q=q, entity=e),
                  address(q=q, entity=[e, entities[(n + 1) % len(entities)]]), address(q=q, **{"from": d, "to": days[-1]})][kind])
lines += [address(q=""), address(q="", group="stories"), address(q="", cursor=cursor(50)), address(q="", limit=200),
          address(q="", group="stories", cursor=cursor(50))]
for t in triples:
    lines.append(address(q=f'"{t}"'))
for n, q in enumerate(pairs[:100]):
    a, b = q.split()
    lines += [address(q=f"title:{a}"), address(q=f"text:{b}"), address(q=f"{a} OR {b}"), address(q=f"{a} -{b}"),
              address(q=f"({a} OR {b}) AND NOT title:{a}"), address(q=f"{a[:3]}*"), address(q=f"{a} AND date:{days[n % len(days)][:7]}")]
for o in outlets:
    lines += [address(q=f"outlet:{o.split()[0].lower()}"), address(q="", outlet=o), address(q="shooting", outlet=o, group="stories")]
for e in entities:
    lines += [address(q=f'entity:"{e}"'), address(q="", entity=e), address(q="", entity=e, group="stories")]
for d in days[::max(1, len(days) // 30)]:
    lines += [address(q=f"date:{d}"), address(q=f"police AND date:{d[:7]}"), address(q=f"date:{d[:4]}"),
              address(q=f"shot AND date:[{d} TO *]"), address(q=f"date:{{{d} TO {days[-1]}}}"),
              address(q="", **{"from": d}), address(q="", to=d, group="stories")]
print("\n".join(lines))
