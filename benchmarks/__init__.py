"""Benchmarks: `python benchmarks/run.py [--clients N]` prints one JSON object of figures."""
