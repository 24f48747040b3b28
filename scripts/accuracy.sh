#!/usr/bin/env bash
# Accuracy figures for the README, per language: micro-F1, macro-F1 and the share of
# incident-free articles that got a label, on each evaluation set and split.
# Usage: scripts/accuracy.sh   (needs ../shared beside the repo)
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
# The three language files of one blind set: `langs written12` is tests/data/written12-{en,ru,kk}.jsonl.
langs() { printf 'tests/data/%s-%s.jsonl ' "$1" en "$1" ru "$1" kk; }
echo "| set | split | lang | articles | micro-F1 | macro-F1 | negatives labelled |"
echo "|---|---|---|---|---|---|---|"
for sp in tune holdout; do row "shared corpus (dev-en, dev-ru, seeds)" $sp $S/dev-en.jsonl $S/dev-ru.jsonl $S/seeds.jsonl; done
for sp in tune holdout; do
  row "blind-written sets 1-2 (tests/data)" $sp $(langs written) $(langs written2) tests/data/kk-written.jsonl
done
for sp in tune holdout; do
  row "blind-written sets 3-4 (tests/data)" $sp $(langs written3) $(langs written4)
done
for sp in tune holdout; do
  row "blind-written set 5 (tests/data)" $sp $(langs written5)
done
row "blind-written set 6 (tuned on whole)" all $(langs written6)
row "blind-written set 7 (misses read)" all $(langs written7)
row "final blind sets (never tuned on)" all $(langs final)
for n in 8 9 10 11 12 13 14 15 16 17 18 19 20; do
  row "blind-written set $n (tuned on whole)" all $(langs written$n)
done
for set in "21:never tuned on" "22:never tuned on" "23:never tuned on" \
  "24:dev set of the genre rule, round 7" "25:never tuned on" "26:dev set of round 8" \
  "27:dev set of round 9" "28:dev set of round 10" "29:dev set of round 10" \
  "30:dev set of round 11" "31:never tuned on" "32:dev set of the last rules, no lexicon round" \
  "33:dev set of the outage rule" "34:never tuned on" \
  "35:dev set of round 12" "36:dev set of round 12" "37:never tuned on" \
  "38:dev set of round 12" "39:never tuned on" "40:dev set of round 13"; do
  row "blind-written set ${set%%:*} (${set#*:})" all $(langs "written${set%%:*}")
done
row "all never tuned on (sets 21, 22, 23, 25, 31, 34, 37, 39, final)" all $(langs written21) $(langs written22) $(langs written23) $(langs written25) $(langs written31) $(langs written34) $(langs written37) $(langs written39) $(langs final)
