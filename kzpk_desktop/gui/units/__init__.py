"""The unit tree, its members and strength, and assignments (issue 3)."""
