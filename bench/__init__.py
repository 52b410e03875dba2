"""Benchmarks, one command each; their targets and results are in docs/benchmarks.md.
`make bench` runs `python -m bench.proxy`."""
