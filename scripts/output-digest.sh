#!/usr/bin/env bash
# One md5 over what `presswatch classify --jsonl` writes for every file of the shared corpus
# and tests/data, in a fixed order, on one thread: a change meant to leave the output alone
# (a speed change, a refactoring) must leave this digest the same. Bad lines are written too
# (their errors are part of the output); stderr is dropped.
# Usage: scripts/output-digest.sh [BINARY]   (default: builds and uses target/release/presswatch)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BIN="${1:-}"
if [ -z "$BIN" ]; then
  cargo build --release --quiet --bin presswatch
  BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/presswatch"
fi
shopt -s nullglob
files=(../shared/corpus/*.jsonl tests/data/*.jsonl)
[ ${#files[@]} -gt 0 ] || { echo "output-digest: no .jsonl files found" >&2; exit 1; }
for f in "${files[@]}"; do
  "$BIN" classify --jsonl --quiet --threads 1 "$f" 2>/dev/null || true
done | md5sum | cut -d' ' -f1
echo "(${#files[@]} files)" >&2
