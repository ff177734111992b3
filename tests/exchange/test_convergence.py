"""The ministry and three field offices edit at random and exchange packages that are lost,
duplicated, replayed and reordered; once delivery settles, every office holds the same data."""
from __future__ import annotations

import random

import pytest

from .world import World

#: Schedules run in the suite (a larger run: python bench/bench_exchange.py --schedules N).
#: Seed 3 deletes a person at a field office and at the ministry, which then restores it.
SCHEDULES = range(6)


@pytest.mark.parametrize("seed", SCHEDULES)
def test_offices_converge(seed, fresh_url, field_url):
    world = World(random.Random(seed), fresh_url(), [field_url(f"f{i}") for i in range(3)])
    try:
        for _ in range(40):
            world.step()
        rounds = world.settle()
        assert rounds > 0, [o.digest() for o in world.offices]
        # Replaying every package ever made changes nothing any more.
        before = world.m.digest()
        for dst, data in world.sent:
            dst.receive(data)
        assert {o.digest() for o in world.offices} == {before}
    finally:
        world.close()
