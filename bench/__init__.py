"""Benchmarks: each `bench_*.py` returns result rows (a fieldapp figure beside a baseline
measured in the same run); `python -m bench` prints them as one table."""
