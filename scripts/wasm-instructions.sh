#!/usr/bin/env bash
# Instructions that two warm passes of the wasm build over a JSON Lines file cost in Node,
# counted by callgrind: a figure that does not move with the machine's load, for comparing
# builds (timings on a shared machine move by 10% to 30% between runs). V8 compiles all
# of the .wasm with its optimising compiler before the first call (--no-liftoff
# --no-wasm-tier-up) on one thread, so no run depends on when a background compile lands.
# Usage: scripts/wasm-instructions.sh [PKG_DIR [FILE.jsonl]]   (defaults: pkg/, 1 MB of the
# shared corpus repeated). Needs valgrind; takes a few minutes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PKG="${1:-pkg}"
FILE="${2:-}"
command -v valgrind >/dev/null || { echo "wasm-instructions: needs valgrind" >&2; exit 1; }
[ -f "$PKG/presswatch_bg.wasm" ] || { echo "wasm-instructions: no $PKG/presswatch_bg.wasm (run 'make wasm')" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
if [ -z "$FILE" ]; then
  FILE="$WORK/one.jsonl"
  python3 - "$FILE" <<'PY'
import json, sys, pathlib
items = []
for f in ["dev-en.jsonl", "dev-ru.jsonl", "seeds.jsonl"]:
    for line in open(pathlib.Path("../shared/corpus") / f, encoding="utf-8"):
        if line.strip():
            items.append(json.loads(line)["text"])
n = size = 0
with open(sys.argv[1], "w", encoding="utf-8") as out:
    while size < 1e6:
        line = json.dumps({"id": f"a{n}", "text": items[n % len(items)]}, ensure_ascii=False) + "\n"
        out.write(line); size += len(line.encode()); n += 1
PY
fi
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null --smc-check=all \
    node --single-threaded --no-liftoff --no-wasm-tier-up scripts/wasm-instructions.mjs "$PKG" "$FILE" "$1" 2>&1 |
    awk '/Collected/ {print $4}'
}
one=$(count 1)
three=$(count 3)
awk -v a="$one" -v b="$three" -v p="$PKG" 'BEGIN{printf "%s: %.0fM instructions for two warm passes (%.0fM for one pass with start-up)\n", p, (b-a)/1e6, a/1e6}'
