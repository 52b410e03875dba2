"""Benchmarks (SPEC §8). `make bench` runs `python -m bench.proxy`; see docs/benchmarks.md."""
