"""What an edit changed, as every open page hears it.

A write names the kinds of record it touched (and, where it knows them, their
ids); ``Operations.changed`` carries that to every page, which reads again
what it shows of those kinds: the registry after a document is added, a unit's
members after an assignment, a roster after a serviceman's record was saved.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# The kinds of record a page may show (the audit trail shows them all).
SERVICEMAN, DOCUMENT, ASSIGNMENT, UNIT = "serviceman", "document", "assignment", "unit"
MISSION, ROTATION, ROSTER, DECISION = "mission", "rotation", "roster", "decision"
USER, SETTINGS = "user", "settings"
#: Everything: an import, a restored backup, Refresh.
ALL = frozenset({SERVICEMAN, DOCUMENT, ASSIGNMENT, UNIT, MISSION, ROTATION, ROSTER, DECISION,
                 USER, SETTINGS})


@dataclass(frozen=True)
class Change:
    kinds: frozenset[str]
    #: (kind, id) of the records known to have changed; empty: any of ``kinds``.
    records: frozenset[tuple[str, object]] = frozenset()

    @classmethod
    def of(cls, kind: str, *ids: object, also: Iterable[str] = ()) -> Change:
        """``Change.of(DOCUMENT, 12, also=[SERVICEMAN])``: document 12, and what shows it."""
        return cls(frozenset({kind, *also}), frozenset((kind, i) for i in ids if i is not None))

    def and_(self, kind: str, *ids: object) -> Change:
        """This change and ``kind`` (its records ``ids``): a document and its serviceman."""
        return self | Change.of(kind, *ids)

    @classmethod
    def everything(cls) -> Change:
        return cls(ALL)

    def touches(self, *kinds: str) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def ids(self, kind: str) -> set:
        return {i for k, i in self.records if k == kind}

    def may_touch(self, kind: str, record_id: object) -> bool:
        """Whether the record may have changed: its kind is named, and its id too, or no
        ids of that kind are known."""
        if kind not in self.kinds:
            return False
        known = self.ids(kind)
        return not known or record_id in known

    def __or__(self, other: Change) -> Change:
        return Change(self.kinds | other.kinds, self.records | other.records)
