"""Missions, rotations and Parliament decisions (issue 4)."""
