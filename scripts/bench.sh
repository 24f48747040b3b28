#!/usr/bin/env bash
# Speed figures for the README: native CLI throughput beside `wc -w` on the same bytes, the
# scaling of cost with input size, and (when pkg/ is built) the wasm build in Node.
# Usage: scripts/bench.sh [MB]   (default 10). Prints a table; writes nothing into the repo.
# PRESSWATCH_PKG=DIR takes the wasm from DIR instead of pkg/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
MB="${1:-10}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cargo build --release --quiet --bin presswatch
BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/presswatch"

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

# Median of 5 runs of each command: "wall-seconds cpu-seconds" per command on one line (CPU =
# user + system of the child). Several commands, separated by `::`, take turns (five rounds of
# each in order) rather than five runs each in a row: the machine's speed drifts by 10% to 30%
# over a minute, and a ratio of runs seconds apart drifts less. On a shared machine the CPU
# time is the stable figure; wall time is printed beside.
measure() {
  python3 - "$@" <<'PY'
import os, subprocess, sys, time
cmds = [[]]
for arg in sys.argv[1:]:
    if arg == "::":
        cmds.append([])
    else:
        cmds[-1].append(arg)
walls, cpus = [[] for _ in cmds], [[] for _ in cmds]
for _ in range(5):
    for k, cmd in enumerate(cmds):
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
        _, _, ru = os.wait4(p.pid, 0)
        walls[k].append(time.perf_counter() - t0)
        cpus[k].append(ru.ru_utime + ru.ru_stime)
print(" ".join(f"{sorted(walls[k])[2]:.4f} {sorted(cpus[k])[2]:.4f}" for k in range(len(cmds))))
PY
}

# The three commands of the headline figures take turns: wc, one thread, all cores.
read -r WC_WALL WC_CPU PW_WALL PW_CPU PA_WALL PA_CPU < <(measure wc -w "$WORK/big.jsonl" \
  :: "$BIN" classify --jsonl --quiet --threads 1 "$WORK/big.jsonl" \
  :: "$BIN" classify --jsonl --quiet "$WORK/big.jsonl")
CORES=$(nproc)
echo "input: $(awk -v b="$BYTES" 'BEGIN{printf "%.1f", b/1e6}') MB, $ARTICLES articles (the shared corpus repeated, JSON Lines)"
printf '%-40s %8s %8s %9s %12s %10s\n' "command" "wall s" "CPU s" "MB/s" "articles/s" "load avg"
LOAD=$(cut -d' ' -f1 /proc/loadavg)
printf '%-40s %8s %8s %9.1f %12s %10s\n' "wc -w" "$WC_WALL" "$WC_CPU" "$(awk -v b="$BYTES" -v t="$WC_CPU" 'BEGIN{print b/1e6/t}')" "-" "$LOAD"
printf '%-40s %8s %8s %9.1f %12.0f %10s\n' "presswatch classify --jsonl --threads 1" "$PW_WALL" "$PW_CPU" \
  "$(awk -v b="$BYTES" -v t="$PW_CPU" 'BEGIN{print b/1e6/t}')" "$(awk -v n="$ARTICLES" -v t="$PW_CPU" 'BEGIN{print n/t}')" "$LOAD"
printf '%-40s %8s %8s %9.1f %12.0f %10s\n' "presswatch classify --jsonl ($CORES cores)" "$PA_WALL" "$PA_CPU" \
  "$(awk -v b="$BYTES" -v t="$PA_WALL" 'BEGIN{print b/1e6/t}')" "$(awk -v n="$ARTICLES" -v t="$PA_WALL" 'BEGIN{print n/t}')" "$LOAD"
echo "(MB/s and articles/s: one thread from CPU time; all cores from wall time)"
echo "ratio to wc -w: one thread $(awk -v a="$PW_CPU" -v b="$WC_CPU" 'BEGIN{printf "%.2f", a/b}')x CPU time ($(awk -v a="$PW_WALL" -v b="$WC_WALL" 'BEGIN{printf "%.2f", a/b}')x wall);" \
  "all cores $(awk -v a="$PA_WALL" -v b="$WC_WALL" 'BEGIN{printf "%.2f", a/b}')x wall time"
echo

# The big file repeats ~120 articles, so after the first pass every word is one the memo
# (src/memo.rs) has seen. Unrepeated articles show the cost when most words are new.
cat ../shared/corpus/*.jsonl tests/data/*.jsonl | python3 -c '
import json, sys
for i, l in enumerate(sys.stdin):
    d = json.loads(l) if l.strip() else {}
    if "text" in d:
        print(json.dumps({"id": f"u{i}", "text": d["text"]}, ensure_ascii=False))
' > "$WORK/once.jsonl"
ONCE_N=$(wc -l < "$WORK/once.jsonl")
ONCE_BYTES=$(stat -c %s "$WORK/once.jsonl")
read -r _ OWC < <(measure wc -w "$WORK/once.jsonl")
read -r _ OPW < <(measure "$BIN" classify --jsonl --quiet --threads 1 "$WORK/once.jsonl")
read -r _ OSTART < <(measure "$BIN" classify --jsonl --quiet /dev/null)
echo "unrepeated: $ONCE_N articles each once ($(awk -v b="$ONCE_BYTES" 'BEGIN{printf "%.2f", b/1e6}') MB, shared corpus and tests/data): ${OPW}s CPU, of which ${OSTART}s start-up (lexicons compiled);" \
  "$(awk -v b="$ONCE_BYTES" -v t="$OPW" -v s="$OSTART" 'BEGIN{printf "%.1f MB/s after start-up", b/1e6/(t-s)}'), wc -w ${OWC}s" \
  "(ratio $(awk -v a="$OPW" -v s="$OSTART" -v b="$OWC" 'BEGIN{printf "%.2f", (a-s)/b}')x after start-up)"
echo
echo "scaling (same articles, 1x to 8x input; CPU seconds):"
prev=""
for k in 1 2 4 8; do
  read -r _ t < <(measure "$BIN" classify --jsonl --quiet --threads 1 "$WORK/x$k.jsonl")
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
read -r _ l1 < <(measure "$BIN" classify "$WORK/long1.txt")
read -r _ l4 < <(measure "$BIN" classify "$WORK/long4.txt")
echo "one long document: $(( $(stat -c %s "$WORK/long1.txt") / 1000000 )) MB ${l1}s CPU, 4x as long ${l4}s (x$(awk -v a="$l4" -v b="$l1" 'BEGIN{printf "%.2f", a/b}'))"

# Instruction counts do not move with the machine's load: with valgrind installed, the cost of
# three pathological inputs at 1x and 4x (start-up subtracted) should be 4x, not 16x.
if command -v valgrind >/dev/null; then
  python3 - "$WORK" <<'PY'
import random, sys, pathlib
work = pathlib.Path(sys.argv[1]); random.seed(1)
words = "the police said a man was seen near the market on monday and officials reported that".split()
for k in (1, 4):
    (work / f"sentence{k}.txt").write_text(" ".join(random.choice(words) for _ in range(60000 * k)) + ".")
    (work / f"cues{k}.txt").write_text(("journalist arrested " * 20000 * k).strip() + ".")
    (work / f"repeat{k}.txt").write_text("Police detained the journalist outside the court. " * 25000 * k)
PY
  count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$BIN" classify "$1" 2>&1 >/dev/null | awk '/Collected/ {print $4}'; }
  START=$(count /dev/null)
  echo
  echo "instructions (callgrind, start-up subtracted), 1x against 4x:"
  for name in "sentence:one sentence of 60,000 words" "cues:one sentence of 40,000 cue words" "repeat:25,000 sentences with a cue"; do
    f=${name%%:*}
    a=$(count "$WORK/${f}1.txt"); b=$(count "$WORK/${f}4.txt")
    echo "  ${name#*:}: x$(awk -v a="$a" -v b="$b" -v s="$START" 'BEGIN{printf "%.2f", (b-s)/(a-s)}')"
  done
fi

PKG="${PRESSWATCH_PKG:-pkg}"
if [ -f "$PKG/presswatch_bg.wasm" ]; then
  echo
  PRESSWATCH_PKG="$PKG" node scripts/bench-wasm.mjs "$WORK/big.jsonl" "$PW_CPU" "$PW_WALL" "$BIN"
else
  echo
  echo "(no pkg/: run 'make wasm' for the wasm figures)"
fi
