# Entry points: make setup | wasm | demo | test | pack
# The repo's own tools (wasm-opt, playwright-core) go first on PATH so wasm-pack finds them.
SHELL := /bin/bash
export PATH := $(CURDIR)/.tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

PORT ?= 8080
DEMO_DIR := target/demo
JS_TESTS := $(wildcard tests/js/*.test.mjs)

.PHONY: all setup wasm demo test test-native test-wasm test-js pack bench

all: wasm

setup:
	bash scripts/setup.sh

# Release build for the browser (ES module + .wasm) into pkg/.
wasm:
	wasm-pack build --release --target web --out-dir pkg

# Serves www/ with pkg/ beside it; only on the loopback address.
demo: setup wasm
	rm -rf $(DEMO_DIR)
	mkdir -p $(DEMO_DIR)
	cp -R www/. $(DEMO_DIR)/
	cp -R pkg $(DEMO_DIR)/pkg
	@echo "demo: http://127.0.0.1:$(PORT)/"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory $(DEMO_DIR)

test: setup
	$(MAKE) test-native
	$(MAKE) test-wasm
	$(MAKE) test-js

test-native:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo test

# Lints the wasm-only code (src/wasm.rs, tests/wasm.rs), then runs the debug wasm builds
# under Node and headless Chromium (chromedriver from Debian, on PATH).
test-wasm:
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	wasm-pack test --node --headless --chrome

# The release .wasm (after wasm-opt) loaded in Node, plus any other JS tests.
test-js: wasm
	node --test $(JS_TESTS)

# Placeholder: builds pkg/; the npm packaging is finished with the web component.
pack: wasm

# Speed and size figures (not a test): CLI vs `wc -w`, scaling, wasm in Node, then criterion.
bench: setup wasm
	bash scripts/bench.sh 10
	cargo bench --bench classify
