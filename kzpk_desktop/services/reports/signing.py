"""Who generated a report and who signs it, as the report prints them."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db.models import Rank, User
from .. import settings
from ..auth import Actor
from ..text import transliterate


@dataclass(frozen=True)
class Signature:
    """Who signs a report (business settings); empty parts print as lines to fill in."""

    position: str = ""
    rank: str = ""
    name: str = ""


def author_name(session: Session, actor: Actor | str) -> str:
    """The name printed as who generated a report: the account's full name, else its user
    name; "" for the bootstrap administrator of a database without accounts (nobody's
    name is known)."""
    username = actor.username if isinstance(actor, Actor) else actor
    if isinstance(actor, Actor) and actor.is_bootstrap:
        return ""
    full = session.execute(select(User.full_name).where(User.username == username)).scalar()
    return (full or "").strip() or username


def signature(session: Session, lang: str) -> Signature:
    """The signature block of a report in ``lang``, from the settings.

    The rank, when it names a rank of the table (in any language), is printed in the
    report's language; an English report gets the English position when one is set,
    and the Cyrillic letters of the rest transliterated (its cells are all Latin).
    """
    position = settings.get(session, settings.SIGNATORY_POSITION).strip()
    if lang == "en":
        position = settings.get(session, settings.SIGNATORY_POSITION_EN).strip() or position
    rank = settings.get(session, settings.SIGNATORY_RANK).strip()
    name = settings.get(session, settings.SIGNATORY_NAME).strip()
    if rank:
        # A couple of dozen rows, compared in Python: SQLite's lower() folds ASCII only.
        folded = rank.casefold()
        for found in session.execute(select(Rank)).scalars():
            if folded in (found.name_kk.casefold(), found.name_ru.casefold(),
                          found.name_en.casefold()):
                rank = found.name(lang)
                break
    if lang == "en":
        position, rank, name = (transliterate(t) or "" for t in (position, rank, name))
    return Signature(position, rank, name)
