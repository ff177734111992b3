"""Use cases and rules, free of Qt.

Importing the package registers the session hooks that check every write
against the acting user's role and audit it (``tracking.py``) on the app's
session class (``db.engine.make_session_factory``), so no service module, CLI
command or window can write around them; other sessions in the process are
left alone.
"""
from .tracking import install as _install_session_hooks

_install_session_hooks()
