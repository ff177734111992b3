"""Signing in, the idle lock, user accounts, backups, restore and encryption in the GUI."""
