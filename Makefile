# Pantau — the two commands a newcomer needs: `make up` and `make test`.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: asyncapi help install bytecode system-deps k8s-tools jars up down status test test-unit test-integration test-e2e lint fmt bench lock image clean

help:
	@echo "make up                 start Kafka, PostgreSQL, the four services and the demo fleet"
	@echo "make down               stop them (the data stays)"
	@echo "make status             what of the local stack is running"
	@echo "make test               lint + unit + integration + end-to-end tests (starts its own stack)"
	@echo "make test-unit | test-integration | test-e2e | lint | bench | lock"
	@echo "make fmt                format and fix the code (ruff); make asyncapi: regenerate docs/asyncapi.yaml"
	@echo "make image              build the container image with buildah and check it (deploy/container)"

$(STAMP): pyproject.toml constraints.txt setup.py services/checker/pantau_checker/core/_selectors.pyx
	deploy/local/system-deps.sh build
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e '.[dev]'
	touch $@

# The services' bytecode, as an installed package has it: pip compiles what it installs (the image's
# too), an editable install does not, and where PYTHONDONTWRITEBYTECODE is set every process would
# compile the sources again at its start (a third of a second of CPU for the checker). Files that are
# up to date are skipped; a source changed since is compiled again at the next install.
bytecode: $(STAMP)
	$(BIN)/python -m compileall -q -j 0 services

install: $(STAMP) bytecode

system-deps:
	deploy/local/system-deps.sh

# kustomize and kubeconform (Go module proxy) and promtool (Debian) for the manifest and alert tests (cached).
k8s-tools:
	deploy/local/k8s-tools.sh

jars:
	STACK_DIR=.run/dev deploy/local/stack.sh jars

up: install system-deps
	deploy/local/up.sh

down:
	deploy/local/down.sh

status:
	STACK=dev bash -c '. deploy/local/common.sh; deploy/local/stack.sh status; dev_service_env; $$PYTHON deploy/local/launcher.py status --run-dir $$STACK_DIR'

test: install system-deps k8s-tools lint
	deploy/local/test.sh tests

test-unit: install k8s-tools
	$(BIN)/pytest tests/unit

test-integration: install
	deploy/local/test.sh tests/integration

test-e2e: install system-deps
	deploy/local/test.sh tests/e2e

lint: install
	$(BIN)/ruff format --check services tests deploy docs
	$(BIN)/ruff check services tests deploy docs
	$(BIN)/mypy

fmt: install
	$(BIN)/ruff format services tests deploy docs
	$(BIN)/ruff check --fix services tests deploy docs

# The departments' AsyncAPI document, generated from the contracts (a test holds it to them).
asyncapi: install
	$(BIN)/python docs/asyncapi_doc.py

# Benchmarks print figures (medians of several runs); they are not part of make test.
bench: install system-deps
	$(BIN)/python tests/bench/checker/bench_checker.py --apps 1000 --concurrency 64 --runs 3 --national --national-seconds 60
	$(BIN)/python tests/bench/reporter/bench_reporter.py
	$(BIN)/python tests/bench/web/bench_web.py --apps 1000 --results 100000 --concurrency 50 --runs 3
	$(BIN)/python tests/bench/workflow/bench_workflow.py --events 25000 --apps 1000 --runs 3 --recoveries 3
	$(BIN)/python tests/bench/cycle/bench_step3.py --apps 1029 --runs 3 --checkers 2

# Re-pin every dependency after changing pyproject.toml; the image's hashed lock follows the pins.
lock:
	rm -rf .lock-venv && $(PY) -m venv .lock-venv && .lock-venv/bin/pip install -q -e '.[dev]'
	.lock-venv/bin/pip freeze --exclude-editable | grep -v '^-e' > constraints.txt
	$(PY) -c "import tomllib; print(*tomllib.load(open('pyproject.toml', 'rb'))['build-system']['requires'], sep='\n')" \
	  | .lock-venv/bin/uv pip compile pyproject.toml - -c constraints.txt --generate-hashes --python-version 3.11 \
	  --python-platform x86_64-manylinux_2_28 --no-header --quiet -o deploy/container/requirements.lock
	# WeasyPrint asks for fonttools[woff]: pinned without its extra, the Debian-made base's pip (23.0.1) takes
	# fonttools' newest release for the extra and refuses it in hash mode.
	sed -i 's/^fonttools==/fonttools[woff]==/' deploy/container/requirements.lock
	rm -rf .lock-venv

# The container image, built with buildah and checked (uid 10001, read-only root, --help of every
# service, pip check, no compiler, fonts). Without PYTHON_IMAGE=<base>@sha256:... the base is made
# from Debian packages. Several minutes, so not part of make test; CI runs it after the tests.
image:
	deploy/container/build.sh

clean: down
	rm -rf .run
