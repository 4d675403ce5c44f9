"""Benchmarks: the pipeline's throughput and latency beside two passthrough baselines."""
