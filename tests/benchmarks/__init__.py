"""Benchmarks (not collected by pytest): ``python -m tests.benchmarks`` runs them all."""
