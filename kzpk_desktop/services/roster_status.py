"""Roster statuses as words inside a message.

A refusal such as "the status cannot change from approved to deployed" must
not show the stored codes: each code maps to an ``N_()`` word, English as it
stands (CLI) and translated by the GUI like any other template argument.
"""
from __future__ import annotations

from ..db.models import ROSTER_STATUSES
from .errors import N_

#: Lower case: the words sit in the middle of a sentence.
ROSTER_STATUS_WORDS = {
    "nominated": N_("nominated"),
    "approved": N_("approved"),
    "deployed": N_("deployed"),
    "repatriated": N_("repatriated"),
    "completed": N_("completed"),
    "withdrawn": N_("withdrawn"),
}
assert set(ROSTER_STATUS_WORDS) == set(ROSTER_STATUSES)


def roster_status_word(code: str) -> str:
    """The word for a roster status code; an unknown code as it is (it is the clue then)."""
    return ROSTER_STATUS_WORDS.get(code, code)
