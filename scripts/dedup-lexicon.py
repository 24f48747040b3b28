#!/usr/bin/env python3
"""Drops lexicon alternatives that another alternative of the same place (or class line)
already matches: a prefix `x*` matches all that `=xy` and `xy*` do, and an exact word or a
prefix listed twice counts once. Stems (`word`), classes and `<n>` are left alone. Labels and
scores do not change; the .wasm gets smaller. `cargo test --lib no_alternative` fails while
any such alternative is left.

Usage: scripts/dedup-lexicon.py data/lexicon/*.txt   (edits the files in place)
"""
import re
import sys


def form(alt):
    body = alt[1:] if alt.startswith("=") else alt
    if body.endswith("*"):
        return "prefix", body[:-1]
    return ("exact" if alt.startswith("=") else "other"), body


def keep(alts, dropped):
    forms = [form(a) for a in alts]
    kept = []
    for i, (alt, (kind, body)) in enumerate(zip(alts, forms)):
        covered = kind != "other" and body and any(
            (k == "prefix" and b and body.startswith(b) and alts[j] != alt) or (alts[j] == alt and j < i)
            for j, (k, b) in enumerate(forms)
        )
        (dropped if covered else kept).append(alt)
    return kept


def main(paths):
    dropped = []
    for path in paths:
        lines = open(path, encoding="utf-8").read().split("\n")
        for n, line in enumerate(lines):
            code, hash_, comment = line.partition("#")
            words = code.split()
            if not words:
                continue
            if words[0].startswith("@"):
                lead = re.match(r"\s*", code).group(0)
                new = lead + " ".join([words[0]] + keep(words[1:], dropped))
            else:
                head, body, tail = re.match(r"(\s*\S+\s+\S+\s+\S+\s+)(.*?)(\s*)$", code).groups()
                places = ["|".join(keep(p.split("|"), dropped)) for p in body.split(" ")]
                new = head + " ".join(places) + tail
            lines[n] = new + hash_ + comment
        open(path, "w", encoding="utf-8").write("\n".join(lines))
    print(f"{len(dropped)} alternatives dropped")


if __name__ == "__main__":
    main(sys.argv[1:])
