# Entry points: make setup | wasm | demo | test | pack
# The repo's own tools (wasm-opt, playwright-core) go first on PATH so wasm-pack finds them.
SHELL := /bin/bash
export PATH := $(CURDIR)/.tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

PORT ?= 8080
DEMO_DIR := target/demo
JS_TESTS := $(wildcard tests/js/*.test.mjs)
WEB_TESTS := $(wildcard tests/web/*.test.mjs)
NPM_DIR := target/npm/presswatch

.PHONY: all setup wasm demo demo-dir stage test test-native test-wasm test-js test-web pack bench fuzz

all: wasm

setup:
	bash scripts/setup.sh

# Release build for the browser (ES module + .wasm) into pkg/.
wasm:
	wasm-pack build --release --target web --out-dir pkg

# Serves www/ with the npm package beside it (as presswatch/); only on the loopback address.
demo: setup wasm
	@$(MAKE) --no-print-directory demo-dir
	@echo "demo: http://127.0.0.1:$(PORT)/"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory $(DEMO_DIR)

# The page in $(DEMO_DIR), from www/ and the staged package (needs pkg/: run `make wasm`).
demo-dir: stage
	rm -rf $(DEMO_DIR)
	mkdir -p $(DEMO_DIR)
	cp -R www/. $(DEMO_DIR)/
	cp -R $(NPM_DIR) $(DEMO_DIR)/presswatch

# The npm package in $(NPM_DIR): js/ plus the wasm-pack output under wasm/ (with snippets/:
# src/report.js, imported by the glue), with the
# version of Cargo.toml (needs pkg/: run `make wasm`).
stage:
	rm -rf $(NPM_DIR)
	mkdir -p $(NPM_DIR)/wasm
	cp js/package.json js/README.md js/*.js js/*.d.ts LICENSE-MIT LICENSE-APACHE $(NPM_DIR)/
	cp pkg/presswatch.js pkg/presswatch.d.ts pkg/presswatch_bg.wasm pkg/presswatch_bg.wasm.d.ts $(NPM_DIR)/wasm/
	cp -R pkg/snippets $(NPM_DIR)/wasm/
	node -e 'const fs=require("fs"),f=process.argv[1],p=JSON.parse(fs.readFileSync(f));p.version=require("./pkg/package.json").version;fs.writeFileSync(f,JSON.stringify(p,null,2)+"\n")' $(NPM_DIR)/package.json

test: setup
	$(MAKE) test-native
	$(MAKE) test-wasm
	$(MAKE) test-js
	$(MAKE) test-web

test-native:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo test

# Lints the wasm-only code (src/wasm.rs, tests/wasm.rs; benches are native-only), then runs
# the debug wasm tests under Node and under headless Chromium (chromedriver from Debian, on
# PATH). Two runs: with both flags in one run, tests without `run_in_browser` are skipped in
# the browser; WASM_BINDGEN_USE_BROWSER=1 sends the same tests to Chromium instead.
test-wasm:
	cargo clippy --target wasm32-unknown-unknown --lib --tests -- -D warnings
	wasm-pack test --node
	WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --headless --chrome

# The release .wasm (after wasm-opt) loaded in Node, plus any other JS tests.
test-js: wasm
	node --test $(JS_TESTS)

# The page, the widget and the packed npm package in headless Chromium (playwright-core).
test-web: pack
	@$(MAKE) --no-print-directory demo-dir
	node --test $(WEB_TESTS)

# The npm package as a tarball in target/; the last line printed is its path.
pack: wasm
	@$(MAKE) --no-print-directory stage >/dev/null
	@f=$$(npm pack --silent --pack-destination $(CURDIR)/target ./$(NPM_DIR) | tail -n 1); echo "$(CURDIR)/target/$$f"

# Speed and size figures (not a test): CLI vs `wc -w`, scaling, wasm in Node, then criterion.
bench: setup wasm
	bash scripts/bench.sh 10
	cargo bench --bench classify

# Fuzzing (not part of `make test`): each target in turn for SECONDS seconds, one process, no
# sanitizer (the crate is safe Rust; panics, hangs and OOM are what libFuzzer catches here).
# Stable Rust runs cargo-fuzz with RUSTC_BOOTSTRAP=1. New inputs go to fuzz/target/corpus/
# (ignored); fuzz/corpus/<target>/ holds the small committed seed corpus. A crash stops the
# run and leaves its input in fuzz/artifacts/<target>/.
SECONDS ?= 60
FUZZ_TARGETS ?= classify jsonl lexicon options
fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
	cd fuzz && for t in $(FUZZ_TARGETS); do \
	  mkdir -p target/corpus/$$t corpus/$$t && \
	  RUSTC_BOOTSTRAP=1 cargo fuzz run -s none -O $$t target/corpus/$$t corpus/$$t -- \
	    -max_total_time=$(SECONDS) -max_len=8192 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	    || exit 1; \
	done
