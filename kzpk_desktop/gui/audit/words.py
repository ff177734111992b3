"""The audit trail's words (``services.audit_words``) said in the user's language."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ...messages import Message
from ...services.audit_words import Code, Described, Text, record_line, summary
from ..i18n import message_text
from ..labels import sex_label, status_label
from ..planning.labels import mission_status_label, roster_status_label, rotation_status_label
from ..security.labels import role_label
from .labels import entity_label
from ..units.members import CATEGORY_LABELS
from ..units.tree_model import level_label


def _rank_category(code: str) -> str:
    return QCoreApplication.translate("MemberColumns", CATEGORY_LABELS[code]) \
        if code in CATEGORY_LABELS else code


#: Code kind -> the label table the rest of the GUI says it with.
_CODES: dict[str, Callable[[str], str]] = {
    "serviceman_status": status_label, "sex": sex_label, "roster_status": roster_status_label,
    "rotation_status": rotation_status_label,
    "mission_status": mission_status_label, "unit_level": level_label, "role": role_label,
    "rank_category": _rank_category,
}


def say(text: Text | None) -> str:
    """A name, a template or a code from the audit words, in the UI language."""
    if text is None:
        return ""
    if isinstance(text, Code):
        speak = _CODES.get(text.kind)
        return speak(text.code) if speak is not None else text.code
    if isinstance(text, Message):
        return message_text(text)
    return str(text)


def changes_line(described: Described) -> str:
    return summary(described, say)


def record_text(described: Described, *, with_person: bool = True) -> str:
    """"Medical fitness No. MK-2291 — Ivanov Sergei", "unit HQ" (the record, whose it is)."""
    return record_line(described, say, entity_label(described.event.entity),
                       with_person=with_person)
