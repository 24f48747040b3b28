#!/usr/bin/env python3
"""Where the instructions of a native run go, by line of presswatch's own source, with inlined
code counted at the line that called it: callgrind's per-instruction counts of one binary,
each instruction mapped through `addr2line -i` to the innermost frame in src/ (frames of the
small accessors listed in SKIP are passed over, so their cost lands where they are called).
A flat profile by function hides most of the pipeline inside `classify_text`; this does not.

Usage:
  CARGO_PROFILE_RELEASE_DEBUG=line-tables-only cargo build --release --target-dir /tmp/prof
  valgrind --tool=callgrind --dump-instr=yes --callgrind-out-file=/tmp/cg.out \\
      /tmp/prof/release/presswatch classify --jsonl --quiet --threads 1 FILE.jsonl > /dev/null
  scripts/profile-lines.py /tmp/cg.out /tmp/prof/release/presswatch [N]

Prints the binary's total and the N (default 60) costliest lines, in millions of
instructions. Needs binutils' addr2line.
"""
import collections
import os
import re
import subprocess
import sys

# Accessors whose cost belongs to their callers (matched on the function name of a frame).
SKIP = {"sub", "norm_of", "surface", "word_bytes", "spaced_word", "norm", "gap", "gap_before",
        "sentence_of", "contains", "may_hold", "key", "sentence_text", "first",
        "first_of_word", "second", "get"}


def costs(path, binary):
    """Self cost per instruction address of `binary` in a callgrind file of --dump-instr=yes."""
    names, obj, addr, after_calls = {}, None, 0, False
    out = collections.Counter()
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        if not line:
            continue
        head = line[0]
        if head.isdigit() or head in "+-*":
            fields = line.split()
            pos = fields[0]
            if pos.startswith("0x"):
                addr = int(pos, 16)
            elif pos[0] in "+-":
                addr += int(pos)
            elif pos != "*":
                addr = int(pos)
            if after_calls:  # the line after `calls=` is the call's inclusive cost
                after_calls = False
                continue
            if obj == binary and len(fields) >= 3:
                out[addr] += int(fields[2])
            continue
        m = re.match(r"(\w+)=(.*)", line)
        if not m:
            continue
        key, value = m.groups()
        if key in ("ob", "cob"):
            ref = re.match(r"\((\d+)\)\s*(.*)", value)
            if ref:
                if ref.group(2):
                    names[ref.group(1)] = ref.group(2)
                value = names.get(ref.group(1), "?")
            if key == "ob":
                obj = os.path.realpath(value)
        elif key == "calls":
            after_calls = True
    return out


def frames(binary, addrs):
    """addr -> [(function, file:line)], innermost first."""
    text = "\n".join(hex(a) for a in addrs) + "\n"
    lines = subprocess.run(["addr2line", "-i", "-f", "-C", "-a", "-e", binary], input=text,
                           capture_output=True, text=True, check=True).stdout.splitlines()
    out, cur, i = {}, None, 0
    while i < len(lines):
        if lines[i].startswith("0x"):
            cur = int(lines[i], 16)
            out[cur] = []
            i += 1
            continue
        if cur is not None and i + 1 < len(lines):
            out[cur].append((lines[i], lines[i + 1]))
        i += 2
    return out


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    path, binary = sys.argv[1], os.path.realpath(sys.argv[2])
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 60
    cost = costs(path, binary)
    where = frames(binary, sorted(cost))
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src") + os.sep
    src = os.path.realpath(src) + os.sep
    by_line = collections.Counter()
    for addr, n in cost.items():
        found = None
        for fn, loc in where.get(addr, []):
            name = fn.split("<")[0].split("::")[-1]
            if loc.startswith(src) and name not in SKIP:
                found = loc[len(src):].split(" ")[0]
                break
        if found is None:
            chain = where.get(addr, [])
            found = chain[-1][0][:70] if chain else "?"
        by_line[found] += n
    print(f"total {sum(cost.values()) / 1e6:.1f}M instructions in {binary}")
    for line, n in by_line.most_common(top):
        print(f"{n / 1e6:8.2f}M  {line}")


if __name__ == "__main__":
    main()
