"""Roster statuses as words inside a message.

A refusal such as "the status cannot change from approved to deployed" must
not show the stored codes: each code maps to an ``N_()`` word, English as it
stands (CLI) and translated by the GUI like any other template argument.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import ROSTER_STATUSES, ExchangeOffice
from .errors import N_, PermissionDenied

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


#: What happened on the ground: the only statuses a field office sets (the ministry alone
#: nominates, approves and withdraws; the exchange refuses the rest from a field office).
GROUND_STATUSES = frozenset({"deployed", "repatriated", "completed"})
FIELD_OFFICE_MSG = N_("This database is field office {office}: only the ministry {what}. "
                      "Record here what happened on the ground (deployed, repatriated, "
                      "completed); it reaches the ministry with the next package.")


def refuse_at_field_office(session: Session, what: str) -> None:
    """Refuse a ministry-only roster decision (``what``: "approves ...") in a field office's
    database, before anything is written."""
    office = session.execute(select(ExchangeOffice.code).where(
        ExchangeOffice.is_self.is_(True), ExchangeOffice.role == "field")).scalar()
    if office is not None:
        raise PermissionDenied(FIELD_OFFICE_MSG, office=office, what=what)


#: ``what`` of the refusal, per status a field office may not set.
FIELD_REFUSED = {
    "nominated": N_("nominates people for a rotation"),
    "approved": N_("approves roster entries"),
    "withdrawn": N_("withdraws roster entries"),
}
