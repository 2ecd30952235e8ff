PY ?= python3

.PHONY: check test bench

check:
	ruff format --check reader tests bench tools
	ruff check reader tests bench tools
	mypy
	lint-imports

test:
	pytest

bench:
	$(PY) bench/bench_parse.py
	$(PY) bench/bench_tui.py
	$(PY) bench/bench_speech.py
	$(PY) bench/bench_pages.py
