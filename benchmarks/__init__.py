"""Speed benchmarks: ``python -m benchmarks.run`` prints the table in docs/performance.md.

Every case runs a plain NLTK pipeline (``baseline.py``) in the same invocation,
interleaved with ours, so the ratio holds on a busy machine.
"""
