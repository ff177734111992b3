"""Undo of the last delete, and the recycle bin an administrator restores from."""
