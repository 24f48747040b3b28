#!/usr/bin/env bash
# Accuracy figures, per language: micro-F1, macro-F1 and the share of incident-free articles
# that got a label. With no argument, one row per evaluation set and split (docs/ACCURACY.md);
# with --summary, one row per group of sets, their counts summed (the README's table).
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
# The three language files of one blind set: `langs written12` is tests/data/written12-{en,ru,kk}.jsonl.
langs() { printf 'tests/data/%s-%s.jsonl ' "$1" en "$1" ru "$1" kk; }
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
NEVER="$(langs written21) $(langs written22) $(langs written23) $(langs written25) $(langs written31) $(langs written34) $(langs written37) $(langs written39) $(langs written42) $(langs written44) $(langs written45) $(langs written47) $(langs written49) $(langs written51) $(langs written52) $(langs written53) $(langs written55) $(langs written56) tests/data/written57-kk.jsonl $(langs written58) $(langs written61) $(langs written65) $(langs written67) $(langs written69) $(langs written71) $(langs written74) $(langs written77) $(langs written80) $(langs written83) $(langs written85) $(langs written87) $(langs written89) $(langs written91) $(langs written93) $(langs written95) $(langs written97) $(langs written99) $(langs written102) $(langs written104) $(langs written106) $(langs written108) $(langs written110) $(langs written112) $(langs written114) $(langs written116) $(langs written118) $(langs final)"
# The sets of $NEVER, for the rows that name them.
NEVER_SETS="21, 22, 23, 25, 31, 34, 37, 39, 42, 44, 45, 47, 49, 51, 52, 53, 55, 56, 57 kk, 58, 61, 65, 67, 69, 71, 74, 77, 80, 83, 85, 87, 89, 91, 93, 95, 97, 99, 102, 104, 106, 108, 110, 112, 114, 116, 118, final"
if [ "${1:-}" = "--summary" ]; then
  echo "| sets | lang | articles | micro-F1 | macro-F1 | negatives labelled |"
  echo "|---|---|---|---|---|---|"
  group "never tuned on (sets $NEVER_SETS)" "all $NEVER"
  READ="$(for n in 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 24 26 27 28 29 30 32 33 35 36 38 40 41 43 46 48 50 54; do langs "written$n"; done) tests/data/written57-en.jsonl tests/data/written57-ru.jsonl tests/data/written59-en.jsonl $(langs written60) tests/data/written62-en.jsonl $(langs written63) tests/data/written64-en.jsonl $(langs written66) $(langs written68) $(langs written70) tests/data/written72-en.jsonl tests/data/written72-ru.jsonl $(langs written73) tests/data/written75-en.jsonl tests/data/written75-ru.jsonl $(langs written76) tests/data/written78-en.jsonl tests/data/written78-ru.jsonl $(langs written79) tests/data/written81-en.jsonl tests/data/written81-kk.jsonl tests/data/written82-en.jsonl tests/data/written82-ru.jsonl tests/data/written82-kk.jsonl $(langs written84) $(langs written86) $(langs written88) $(langs written90) $(langs written92) $(langs written94) $(langs written96) $(langs written98) $(langs written100) $(langs written101) $(langs written103) $(langs written105) $(langs written107) $(langs written109) $(langs written111) $(langs written113) $(langs written115) $(langs written117)"
  group "tuned on or read (dev): every other set" \
    "tune $S/dev-en.jsonl $S/dev-ru.jsonl $S/seeds.jsonl" \
    "tune $(langs written) $(langs written2) tests/data/kk-written.jsonl $(langs written3) $(langs written4) $(langs written5)" \
    "all $READ"
  group "holdout splits (shared corpus, sets 1 to 5)" \
    "holdout $S/dev-en.jsonl $S/dev-ru.jsonl $S/seeds.jsonl" \
    "holdout $(langs written) $(langs written2) tests/data/kk-written.jsonl $(langs written3) $(langs written4) $(langs written5)"
  exit 0
fi
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
  "38:dev set of round 12" "39:never tuned on" "40:dev set of round 13" \
  "41:dev set of round 14" "42:never tuned on" "43:dev set of round 15" \
  "44:never tuned on" "45:never tuned on" "46:dev set of round 16" "47:never tuned on" \
  "48:dev set of round 17" "49:never tuned on" "50:dev set of round 18" "51:never tuned on" \
  "52:never tuned on" "53:never tuned on" "54:dev set of round 19" "55:never tuned on" \
  "56:never tuned on" "58:never tuned on" "60:dev set of round 21" "61:never tuned on" \
  "63:dev set of round 22" "65:never tuned on" "66:dev set of round 23" "67:never tuned on" "68:dev set of round 24" "69:never tuned on" "70:dev set of round 25" "71:never tuned on" \
  "73:dev set of round 27" "74:never tuned on" "76:dev set of round 27" \
  "77:never tuned on" "79:dev set of round 28" "80:never tuned on" "83:never tuned on" \
  "84:dev set of round 30" "85:never tuned on" "86:dev set of round 30" "87:never tuned on" \
  "88:dev set of round 31" "89:never tuned on" "90:dev set of round 32" "91:never tuned on" \
  "92:dev set of round 32" "93:never tuned on" "94:dev set of round 32" "95:never tuned on" \
  "96:dev set of round 33" "97:never tuned on" "98:dev set of round 33" "99:never tuned on" "100:dev set of round 33" \
  "101:dev set of round 34" "102:never tuned on" "103:dev set of round 34" "104:never tuned on" \
  "105:dev set of round 35" "106:never tuned on" "107:dev set of round 35" "108:never tuned on" \
  "109:dev set of round 36" "110:never tuned on" "111:dev set of round 36" "112:never tuned on" \
  "113:dev set of round 36" "114:never tuned on" "115:dev set of round 36" "116:never tuned on" \
  "117:dev set of round 36" "118:never tuned on"; do
  row "blind-written set ${set%%:*} (${set#*:})" all $(langs "written${set%%:*}")
done
row "blind-written set 57 (dev set of round 20; en, ru)" all tests/data/written57-en.jsonl tests/data/written57-ru.jsonl
row "blind-written set 59 (dev set of round 20; en)" all tests/data/written59-en.jsonl
row "blind-written set 57 (kk: never tuned on)" all tests/data/written57-kk.jsonl
row "blind-written set 72 (dev set of round 26; en, ru)" all tests/data/written72-en.jsonl tests/data/written72-ru.jsonl
row "blind-written set 75 (dev set of round 27; en, ru)" all tests/data/written75-en.jsonl tests/data/written75-ru.jsonl
row "blind-written set 78 (dev set of round 27; en, ru)" all tests/data/written78-en.jsonl tests/data/written78-ru.jsonl
row "blind-written set 81 (dev set of round 28; en, kk)" all tests/data/written81-en.jsonl tests/data/written81-kk.jsonl
row "blind-written set 82 (dev set of round 29)" all tests/data/written82-en.jsonl tests/data/written82-ru.jsonl tests/data/written82-kk.jsonl
row "blind-written set 62 (dev set of round 21; en)" all tests/data/written62-en.jsonl
row "blind-written set 64 (dev set of round 22; en)" all tests/data/written64-en.jsonl
# shellcheck disable=SC2086 # NEVER is a list of files
row "all never tuned on (sets $NEVER_SETS)" all $NEVER
