#!/usr/bin/env bash
# Accuracy figures, per language: micro-F1, macro-F1 and the share of incident-free articles
# that got a label. With no argument, one row per evaluation set and split (docs/ACCURACY.md);
# with --summary, one row per group of sets, their counts summed (the README's table). The
# sets of tests/data, their groups and their rows' order come from tests/data/sets.tsv: adding a
# set is adding its line there.
# Usage: scripts/accuracy.sh [--summary]   (needs ../shared beside the repo)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cargo build --release --quiet --bin presswatch
B=target/release/presswatch
S=../shared/corpus
row() { # name split files...
  local name=$1 split=$2; shift 2
  "$B" eval --split "$split" "$@" | awk -v n="$name" -v sp="$split" '
    $1 ~ /^(en|ru|kk)$/ && NF >= 7 {
      split($6, neg, "/"); printf "| %-34s | %-7s | %s | %8d | %8s | %8s | %s/%s |\n", n, sp, $1, $2, $3, $4, neg[1], neg[2] }'
}
# One row a language for a group of sets: each argument is "split files..." (one `eval` run),
# and the runs' counts are summed before the scores are taken.
group() { # name "split files..."...
  local name=$1; shift
  for run in "$@"; do
    # shellcheck disable=SC2086 # the files of one run are separate words
    "$B" eval --json --split $run
  done | python3 -c '
import json, sys
name = sys.argv[1]
text, runs, at = sys.stdin.read(), [], 0
while text[at:].strip():
    run, at = json.JSONDecoder().raw_decode(text, len(text) - len(text[at:].lstrip()))
    runs.append(run)
for lang in ("en", "kk", "ru"):
    parts = [r["by_lang"][lang] for r in runs if lang in r["by_lang"]]
    types = {}
    for p in parts:
        for t, c in p["types"].items():
            a = types.setdefault(t, [0, 0, 0])
            a[0] += c["tp"]; a[1] += c["fp"]; a[2] += c["fn_"]
    tp, fp, fn = (sum(a[k] for a in types.values()) for k in range(3))
    f1 = lambda tp, fp, fn: 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    macro = [f1(*a) for a in types.values() if sum(a)]
    print("| %-44s | %s | %8d | %8.3f | %8.3f | %d/%d |" % (name, lang,
        sum(p["articles"] for p in parts), f1(tp, fp, fn), sum(macro) / max(len(macro), 1),
        sum(p["negatives_labelled"] for p in parts), sum(p["negatives"] for p in parts)))
' "$name"
}
# The sets of tests/data/sets.tsv, one line each in the manifest's order: number (to sort by;
# 1e9 for a set that has none), set, languages, group, row name, files.
sets() {
  awk -F'\t' '
    /^#/ || $1 == "set" || !NF { next }
    NF != 10 { printf "tests/data/sets.tsv line %d: %d fields, not 10\n", NR, NF > "/dev/stderr"; exit 1 }
    {
      nl = split($3, lang, " "); ns = split($2, stem, " "); files = ""
      for (i = 1; i <= ns; i++)
        if (stem[i] ~ /[.]jsonl$/) files = files " tests/data/" stem[i]
        else for (j = 1; j <= nl; j++) files = files " tests/data/" stem[i] "-" lang[j] ".jsonl"
      printf "%d\t%s\t%s\t%s\t%s (%s)\t%s\n", $1 ~ /^[0-9]/ ? $1 : 1e9, $1, $3, $4,
        $6 == "-" ? "blind-written set " $1 : $6, $5, substr(files, 2)
    }' tests/data/sets.tsv
}
# The manifest read once: its lines in its own order (the table's rows), and in number order
# (the lists take the sets so).
MANIFEST="$(sets)"
BY_NUMBER="$(sort -s -n -k1,1 <<<"$MANIFEST")"
# The files of one group's sets, in number order: `files_of NEVER`.
files_of() { awk -F'\t' -v g="$1" '$4 == g { printf "%s%s", s, $6; s = " " }' <<<"$BY_NUMBER"; }
NEVER="$(files_of NEVER)"
# The sets of $NEVER, for the rows that name them, with the languages of a set counted in part.
NEVER_SETS="$(awk -F'\t' '$4 == "NEVER" {
  printf "%s%s%s", s, $2, $3 == "en ru kk" ? "" : " " $3; s = ", " }' <<<"$BY_NUMBER")"
if [ "${1:-}" = "--summary" ]; then
  echo "| sets | lang | articles | micro-F1 | macro-F1 | negatives labelled |"
  echo "|---|---|---|---|---|---|"
  group "never tuned on (sets $NEVER_SETS)" "all $NEVER"
  READ="$(files_of READ)"
  SPLIT="$(files_of SPLIT)"
  group "tuned on or read (dev): every other set" \
    "tune $S/dev-en.jsonl $S/dev-ru.jsonl $S/seeds.jsonl" \
    "tune $SPLIT" \
    "all $READ"
  group "holdout splits (shared corpus, sets 1 to 5)" \
    "holdout $S/dev-en.jsonl $S/dev-ru.jsonl $S/seeds.jsonl" \
    "holdout $SPLIT"
  exit 0
fi
echo "| set | split | lang | articles | micro-F1 | macro-F1 | negatives labelled |"
echo "|---|---|---|---|---|---|---|"
for sp in tune holdout; do row "shared corpus (dev-en, dev-ru, seeds)" $sp $S/dev-en.jsonl $S/dev-ru.jsonl $S/seeds.jsonl; done
mapfile -t lines <<<"$MANIFEST"
for line in "${lines[@]}"; do
  IFS=$'\t' read -r _ _ _ group name files <<<"$line"
  splits=all
  [ "$group" = SPLIT ] && splits="tune holdout"
  for sp in $splits; do
    # shellcheck disable=SC2086 # the files of one set are separate words
    row "$name" "$sp" $files
  done
done
# shellcheck disable=SC2086 # NEVER is a list of files
row "all never tuned on (sets $NEVER_SETS)" all $NEVER
