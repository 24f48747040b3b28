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
echo "| set | split | lang | articles | micro-F1 | macro-F1 | negatives labelled |"
echo "|---|---|---|---|---|---|---|"
for sp in tune holdout; do row "shared corpus (dev-en, dev-ru, seeds)" $sp $S/dev-en.jsonl $S/dev-ru.jsonl $S/seeds.jsonl; done
for sp in tune holdout; do
  row "blind-written sets 1-2 (tests/data)" $sp tests/data/written-en.jsonl tests/data/written2-en.jsonl \
    tests/data/written-ru.jsonl tests/data/written2-ru.jsonl tests/data/written-kk.jsonl \
    tests/data/written2-kk.jsonl tests/data/kk-written.jsonl
done
for sp in tune holdout; do
  row "blind-written sets 3-4 (tests/data)" $sp tests/data/written3-en.jsonl tests/data/written4-en.jsonl \
    tests/data/written3-ru.jsonl tests/data/written4-ru.jsonl tests/data/written3-kk.jsonl \
    tests/data/written4-kk.jsonl
done
for sp in tune holdout; do
  row "blind-written set 5 (tests/data)" $sp tests/data/written5-en.jsonl tests/data/written5-ru.jsonl \
    tests/data/written5-kk.jsonl
done
row "blind-written set 6 (tuned on whole)" all tests/data/written6-en.jsonl tests/data/written6-ru.jsonl \
  tests/data/written6-kk.jsonl
row "blind-written set 7 (misses read)" all tests/data/written7-en.jsonl tests/data/written7-ru.jsonl \
  tests/data/written7-kk.jsonl
row "final blind sets (never tuned on)" all tests/data/final-en.jsonl tests/data/final-ru.jsonl tests/data/final-kk.jsonl
row "blind-written set 8 (tuned on whole)" all tests/data/written8-en.jsonl tests/data/written8-ru.jsonl \
  tests/data/written8-kk.jsonl
row "blind-written set 9 (tuned on whole)" all tests/data/written9-en.jsonl tests/data/written9-ru.jsonl \
  tests/data/written9-kk.jsonl
row "blind-written set 10 (tuned on whole)" all tests/data/written10-en.jsonl tests/data/written10-ru.jsonl \
  tests/data/written10-kk.jsonl
row "blind-written set 11 (tuned on whole)" all tests/data/written11-en.jsonl tests/data/written11-ru.jsonl \
  tests/data/written11-kk.jsonl
row "blind-written set 12 (tuned on whole)" all tests/data/written12-en.jsonl tests/data/written12-ru.jsonl \
  tests/data/written12-kk.jsonl
row "blind-written set 13 (tuned on whole)" all tests/data/written13-en.jsonl tests/data/written13-ru.jsonl \
  tests/data/written13-kk.jsonl
row "blind-written set 14 (never tuned on)" all tests/data/written14-en.jsonl tests/data/written14-ru.jsonl \
  tests/data/written14-kk.jsonl
