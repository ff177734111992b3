"""Realistic, deterministic synthetic data for demonstrations and benchmarks.

``generate(factory, servicemen=N, seed=S)`` fills a migrated database with
servicemen (Kazakh and Russian names, valid IINs, documents with a spread of
expiry dates, assignment history in a KAZBRIG unit tree), Parliament
decisions with per-mission ceilings, rotations and rosters in every status.
"""
from .generator import CHUNK, DemoCancelled, DemoSummary, generate

__all__ = ["CHUNK", "DemoCancelled", "DemoSummary", "generate"]
