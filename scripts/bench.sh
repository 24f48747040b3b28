#!/usr/bin/env bash
# Speed figures for the README: native CLI throughput beside `wc -w` on the same bytes, the
# scaling of cost with input size, and (when pkg/ is built) the wasm build in Node.
# Usage: scripts/bench.sh [MB]   (default 10). Prints a table; writes nothing into the repo.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
MB="${1:-10}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cargo build --release --quiet --bin presswatch
BIN="$ROOT/target/release/presswatch"

# One JSON line per corpus article, repeated until the file reaches MB megabytes.
python3 - "$MB" "$WORK" <<'PY'
import json, sys, pathlib
mb, work = float(sys.argv[1]), pathlib.Path(sys.argv[2])
items = []
for f in ["dev-en.jsonl", "dev-ru.jsonl", "seeds.jsonl"]:
    for line in open(pathlib.Path("../shared/corpus") / f, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            items.append(d["text"])
def write(name, target):
    n, size = 0, 0
    with open(work / name, "w", encoding="utf-8") as out:
        while size < target:
            line = json.dumps({"id": f"a{n}", "text": items[n % len(items)]}, ensure_ascii=False) + "\n"
            out.write(line); size += len(line.encode()); n += 1
    return n
n = write("big.jsonl", mb * 1e6)
base = mb * 1e6 / 8
for k in (1, 2, 4, 8):
    write(f"x{k}.jsonl", base * k)
print(n, file=open(work / "count", "w"))
PY
ARTICLES=$(cat "$WORK/count")
BYTES=$(stat -c %s "$WORK/big.jsonl")

# Median of 5 runs of a command, in seconds.
median() {
  local times=()
  for _ in 1 2 3 4 5; do
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null; t1=$(date +%s%N)
    times+=($(( t1 - t0 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p | awk '{printf "%.4f", $1/1e9}'
}

WC=$(median wc -w "$WORK/big.jsonl")
PW=$(median "$BIN" classify --jsonl "$WORK/big.jsonl")
echo "input: $(awk -v b="$BYTES" 'BEGIN{printf "%.1f", b/1e6}') MB, $ARTICLES articles (the shared corpus repeated, JSON Lines)"
printf '%-34s %9s %9s %12s\n' "command" "seconds" "MB/s" "articles/s"
printf '%-34s %9s %9.1f %12s\n' "wc -w" "$WC" "$(awk -v b="$BYTES" -v t="$WC" 'BEGIN{print b/1e6/t}')" "-"
printf '%-34s %9s %9.1f %12.0f\n' "presswatch classify --jsonl" "$PW" \
  "$(awk -v b="$BYTES" -v t="$PW" 'BEGIN{print b/1e6/t}')" "$(awk -v n="$ARTICLES" -v t="$PW" 'BEGIN{print n/t}')"
echo "ratio presswatch / wc -w: $(awk -v a="$PW" -v b="$WC" 'BEGIN{printf "%.2f", a/b}')x"

echo
echo "scaling (same articles, 1x to 8x input):"
prev=""
for k in 1 2 4 8; do
  t=$(median "$BIN" classify --jsonl "$WORK/x$k.jsonl")
  if [ -n "$prev" ]; then
    printf '  %dx: %ss (x%.2f for the doubling)\n' "$k" "$t" "$(awk -v a="$t" -v b="$prev" 'BEGIN{print a/b}')"
  else
    printf '  %dx: %ss\n' "$k" "$t"
  fi
  prev=$t
done

# One long document: cost must grow linearly with document length too.
python3 - "$WORK" <<'PY'
import json, sys, pathlib
work = pathlib.Path(sys.argv[1])
texts = [json.loads(l)["text"] for l in open(work / "x1.jsonl", encoding="utf-8")]
doc = "\n\n".join(texts)
for k in (1, 4):
    (work / f"long{k}.txt").write_text(doc * k, encoding="utf-8")
PY
l1=$(median "$BIN" classify "$WORK/long1.txt")
l4=$(median "$BIN" classify "$WORK/long4.txt")
echo "one long document: $(( $(stat -c %s "$WORK/long1.txt") / 1000000 )) MB ${l1}s, 4x as long ${l4}s (x$(awk -v a="$l4" -v b="$l1" 'BEGIN{printf "%.2f", a/b}'))"

if [ -f pkg/presswatch_bg.wasm ]; then
  echo
  node scripts/bench-wasm.mjs "$WORK/big.jsonl" "$PW"
else
  echo
  echo "(no pkg/: run 'make wasm' for the wasm figures)"
fi
