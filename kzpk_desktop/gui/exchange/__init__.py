"""The Exchange area: this office, its peers, packages out and in, conflicts to decide."""
