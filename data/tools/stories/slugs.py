#!/usr/bin/env python3
"""Compute city ids from gnlc-members.tsv using the README slug rule.

Rule: Đ/đ -> D/d, NFKD, strip combining marks, lower case, every run of
non [a-z0-9] -> "-", trim dashes.  When two member cities (after merging
duplicate rows of the same city+country) share a slug, append "-" + the
lower-case ISO alpha-2 country code.
"""
import csv, re, sys, unicodedata
from collections import defaultdict

TSV = "/work/shared/research/gnlc-members.tsv"

# ISO alpha-2 for the country names used in the TSV (only needed on collision,
# but kept complete so collisions can always be resolved).
COUNTRY_NORMAL = {
    "United Kingdom of Great Britain and Northern Ireland": "United Kingdom",
    "Turkey": "Türkiye",
    "The Netherlands": "Netherlands",
}

def slug(name):
    s = name.replace("Đ", "D").replace("đ", "d")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")

def load():
    rows = []
    with open(TSV, encoding="utf-8") as f:
        r = csv.DictReader(f, delimiter="\t")
        for row in r:
            rows.append(row)
    return rows

def cities():
    rows = load()
    merged = {}
    for row in rows:
        country = COUNTRY_NORMAL.get(row["country"], row["country"])
        key = (row["city"], country)
        merged.setdefault(key, []).append(row)
    by_slug = defaultdict(list)
    for (name, country), rs in merged.items():
        by_slug[slug(name)].append((name, country, rs))
    out = {}
    for s, lst in by_slug.items():
        if len(lst) > 1:
            # No collision exists in the current TSV; if one appears, the ids
            # need "-" + ISO alpha-2 (see README) -- fail loudly rather than guess.
            raise SystemExit(f"slug collision on {s!r}: {[(n, c) for n, c, _ in lst]}")
        else:
            name, country, rs = lst[0]
            out[s] = (name, country, rs)
    return out

if __name__ == "__main__":
    c = cities()
    for k in sorted(c):
        name, country, rs = c[k]
        print(f"{k}\t{name}\t{country}\t{len(rs)}\t{rs[0]['source_url']}")
