#!/usr/bin/env bash
# Installs the wasm toolchain of ../shared/TOOLCHAIN.md, skipping every piece that is
# already there, so a second run takes seconds. Safe to run again at any time.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
WASM_PACK_VERSION=0.15.1
WASM_BINDGEN_VERSION=0.2.130
BINARYEN_VERSION=132.0.0
PLAYWRIGHT_SERIES=1.65

CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export PATH="$TOOLS/node_modules/.bin:$CARGO_HOME/bin:$PATH"

say() { printf 'setup: %s\n' "$*"; }
started=$SECONDS

# Run as root here (CI and sessions); use sudo only when it exists and we are not root.
SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then SUDO=sudo; fi

# 1. Chromium and its driver from Debian (never Debian's binaryen: its wasm-opt breaks the .wasm).
if [ -x /usr/bin/chromium ] && command -v chromedriver >/dev/null 2>&1; then
  say "chromium + chromedriver present"
else
  say "installing chromium + chromium-driver (apt)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# 2. Rust target and components.
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rust target wasm32-unknown-unknown present"
else
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
  say "adding rustfmt + clippy"
  rustup component add rustfmt clippy
fi

# 3. wasm-pack from the crates registry (the npm package downloads from GitHub and fails).
if [ "$(wasm-pack --version 2>/dev/null || true)" = "wasm-pack $WASM_PACK_VERSION" ]; then
  say "wasm-pack $WASM_PACK_VERSION present"
else
  say "cargo install wasm-pack $WASM_PACK_VERSION (3-6 min)"
  cargo install --locked --quiet wasm-pack --version "$WASM_PACK_VERSION"
fi

# 4. wasm-bindgen-cli, equal to the crate's pinned wasm-bindgen. Its lock asks for a
# webpki-roots the registry does not have, so re-lock a copy of its source and install that.
if [ "$(wasm-bindgen --version 2>/dev/null || true)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION present"
else
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (4-6 min)"
  if ! cargo install --locked --quiet wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" 2>/dev/null; then
    src="$(ls -d "$CARGO_HOME"/registry/src/*/wasm-bindgen-cli-"$WASM_BINDGEN_VERSION" 2>/dev/null | head -n1 || true)"
    if [ -n "$src" ]; then
      say "re-locking webpki-roots to 1.0.10 in a copy of $src"
      work="$(mktemp -d)"
      cp -R "$src" "$work/cli"
      (cd "$work/cli" && cargo update --quiet -p webpki-roots --precise 1.0.10)
      cargo install --locked --quiet --path "$work/cli"
      rm -rf "$work"
    else
      say "no source left by the locked attempt; installing without --locked"
      cargo install --quiet wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
    fi
  fi
fi

# 5+6. wasm-opt (binaryen ships the binary) and playwright-core, into the repo's tools dir.
npm_version() { node -p "require('$TOOLS/node_modules/$1/package.json').version" 2>/dev/null || true; }
if [ "$(npm_version binaryen)" = "$BINARYEN_VERSION" ] \
  && [[ "$(npm_version playwright-core)" == "$PLAYWRIGHT_SERIES".* ]]; then
  say "binaryen $BINARYEN_VERSION + playwright-core $PLAYWRIGHT_SERIES.x present in .tools"
else
  say "npm install binaryen@$BINARYEN_VERSION playwright-core@~$PLAYWRIGHT_SERIES.0 into .tools"
  mkdir -p "$TOOLS"
  [ -f "$TOOLS/package.json" ] || printf '{ "private": true }\n' >"$TOOLS/package.json"
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error \
    "binaryen@$BINARYEN_VERSION" "playwright-core@~$PLAYWRIGHT_SERIES.0"
fi

# 7. vite, for the test that bundles the npm package (tests/web/package.test.mjs).
VITE_SERIES=6.4
if [[ "$(npm_version vite)" == "$VITE_SERIES".* ]]; then
  say "vite $VITE_SERIES.x present in .tools"
else
  say "npm install vite@~$VITE_SERIES.0 into .tools"
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "vite@~$VITE_SERIES.0"
fi

say "$(wasm-pack --version), $(wasm-bindgen --version), $(wasm-opt --version), chromedriver $(chromedriver --version | awk '{print $2}')"
say "done in $((SECONDS - started))s"
