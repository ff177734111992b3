"""What an open conflict is, and what each decision does, in a clerk's words.

One reading per conflict for the GUI's list and the command line (``kzpk exchange
conflicts``): what happened, what each side holds, and what "keep local" and "keep
incoming" will do at every office. English templates (``N_``), translated by the GUI.

The cases (``case``):

- ``field``: a protected field (names, IIN, a document's number...) changed at both offices;
- ``status``: a roster entry moved to two statuses at once (e.g. "repatriated" in the field
  and "withdrawn" at the ministry); the decision keeps one chain of moves, with the dates
  and the reason it set;
- ``deleted_here``: a record deleted here was changed at the other office;
- ``deleted_there``: the other office deleted a record changed here meanwhile (the deletion
  was applied; keeping it here brings it back);
- ``new_child``: a document, assignment or roster entry added at the other office for a
  person deleted here;
- ``deletion_waits``: the other office deleted a record on which records were added here
  that it did not know of; the deletion waits for the decision;
- ``identity``: a person who came in may be someone on file.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...messages import Message
from ..errors import N_
from ..roster_status import roster_status_word

#: The fields that can be in conflict (protected ones), lower case: inside a sentence.
FIELD_WORDS = {"iin": N_("IIN"), "service_number": N_("service number"),
               "surname": N_("surname"), "given_name": N_("given name"),
               "patronymic": N_("patronymic"), "birth_date": N_("date of birth"),
               "sex": N_("sex"), "status": N_("status"), "kind_id": N_("document kind"),
               "number": N_("number")}

#: Records as a clerk calls them, inside a sentence.
RECORD_WORDS = {"serviceman": N_("the person"), "document": N_("the document"),
                "assignment": N_("the assignment"), "roster_entry": N_("the roster entry"),
                "roster_status_change": N_("the status move")}
#: A record added for a person: what a decision brings back or deletes with them.
NEW_WORDS = {"document": N_("the new document"), "assignment": N_("the new assignment"),
             "roster_entry": N_("the new roster entry")}
#: The same in the list's "theirs" column.
NEW_SIDE = {"document": N_("new document"), "assignment": N_("new assignment"),
            "roster_entry": N_("new roster entry")}


def field_word(name: str) -> str:
    return FIELD_WORDS.get(name, name)


@dataclass(frozen=True)
class Reading:
    case: str
    #: What happened, one sentence.
    what: Message
    #: What each side holds (the list's "mine" and "theirs" for the kinds without a value).
    local_side: Message | None
    incoming_side: Message | None
    #: What keeping a side is called (the button), and what it will do at every office.
    keep_local: Message
    local_effect: Message
    keep_incoming: Message
    incoming_effect: Message

    def as_json(self) -> dict:
        return {"case": self.case, "what": str(self.what),
                "keep": {"local": {"action": str(self.keep_local),
                                   "effect": str(self.local_effect)},
                         "incoming": {"action": str(self.keep_incoming),
                                      "effect": str(self.incoming_effect)}}}


def case_of(conflict) -> str:
    detail = conflict.detail if isinstance(conflict.detail, dict) else {}
    if conflict.kind == "identity":
        return "identity"
    if conflict.kind == "field":
        return "status" if conflict.field == "status" else "field"
    if detail.get("parent"):
        return "new_child"
    if detail.get("pending"):
        return "deletion_waits"
    return "deleted_there" if conflict.incoming is None else "deleted_here"


def _record(conflict, subject) -> Message:
    """``the document (Akhmetov Erlan, 850505300011)``, or the record's word alone."""
    word = RECORD_WORDS.get(conflict.entity, conflict.entity)
    if subject.record:
        return Message(N_("{record} ({whose})"), record=word, whose=subject.record)
    return Message(word)


def _value(value) -> str:
    if value is None or value == "":
        return N_("(empty)")
    if isinstance(value, str) and len(value) == 10:
        try:
            return f"{dt.date.fromisoformat(value):%d.%m.%Y}"
        except ValueError:
            pass
    return str(value)


def reading(conflict, subject) -> Reading:
    """How ``conflict`` (services.exchange.conflicts.Conflict) reads, with ``subject`` (its
    Subject: whose record it is)."""
    case = case_of(conflict)
    office = conflict.office
    record = _record(conflict, subject)
    if case == "field":
        field = field_word(conflict.field)
        mine, theirs = _value(conflict.local), _value(conflict.incoming)
        return Reading(
            case,
            Message(N_("The {field} of {record} was changed here and at office {office} at "
                       "the same time."), field=field, record=record, office=office),
            None, None,
            Message(N_("Keep “{value}”"), value=mine),
            Message(N_("The {field} stays “{value}”; every office takes it."),
                    field=field, value=mine),
            Message(N_("Take “{value}”"), value=theirs),
            Message(N_("The {field} becomes “{value}” here and at every office."),
                    field=field, value=theirs))
    if case == "status":
        mine = roster_status_word(str(conflict.local))
        theirs = roster_status_word(str(conflict.incoming))
        return Reading(
            case,
            Message(N_("Here {record} was moved to “{local}”, and at office {office} to "
                       "“{incoming}”, at the same time."), record=record, local=mine,
                    office=office, incoming=theirs),
            Message(mine), Message(theirs),
            Message(N_("Keep “{status}”"), status=mine),
            Message(N_("The status stays “{status}”. The moves that led to “{other}” leave "
                       "the history, and the dates and reason they set are taken back, at "
                       "every office."), status=mine, other=theirs),
            Message(N_("Take “{status}”"), status=theirs),
            Message(N_("The status becomes “{status}”, with the dates and reason of its "
                       "moves. The moves that led to “{other}” leave the history, at every "
                       "office."), status=theirs, other=mine))
    if case == "deleted_here":
        return Reading(
            case,
            Message(N_("Here {record} was deleted, but office {office} changed it before it "
                       "learnt of the deletion."), record=record, office=office),
            Message(N_("deleted")), Message(N_("changed")),
            Message(N_("Keep the deletion")),
            Message(N_("The record stays deleted at every office; the changes from office "
                       "{office} are dropped."), office=office),
            Message(N_("Bring it back with their changes")),
            Message(N_("The record comes back, with the changes from office {office}, at "
                       "every office."), office=office))
    if case == "deleted_there":
        return Reading(
            case,
            Message(N_("Office {office} deleted {record}, which was changed here meanwhile; "
                       "it stays deleted here until this is decided."), record=record,
                    office=office),
            Message(N_("changed")), Message(N_("deleted")),
            Message(N_("Bring it back with the changes made here")),
            Message(N_("The record comes back as it was here, at every office.")),
            Message(N_("Keep the deletion")),
            Message(N_("The record stays deleted at every office; the changes made here are "
                       "dropped.")))
    if case == "new_child":
        new = NEW_WORDS.get(conflict.entity, RECORD_WORDS.get(conflict.entity, conflict.entity))
        number = conflict.incoming.get("number") if isinstance(conflict.incoming, dict) \
            else None
        side = NEW_SIDE.get(conflict.entity, conflict.entity)
        added = Message(N_("{new} {number}"), new=new, number=number) if number \
            else Message(new)
        what = Message(N_("Office {office} added {new} for {person}, who was deleted here."),
                       office=office, new=added, person=subject.record) if subject.record \
            else Message(N_("Office {office} added {new} for a person deleted here."),
                         office=office, new=added)
        return Reading(
            case, what,
            Message(N_("person deleted")),
            Message(N_("{new} {number}"), new=side, number=number) if number
            else Message(side),
            Message(N_("Keep the deletion")),
            Message(N_("The person stays deleted, and {new} is deleted too, at every office."),
                    new=new),
            Message(N_("Bring the person back with {new}"), new=new),
            Message(N_("The person comes back with the details the deletion recorded, and "
                       "with {new}, at every office."), new=new))
    if case == "deletion_waits":
        return Reading(
            case,
            Message(N_("Office {office} deleted {record}, but records made here since (a "
                       "document, an assignment…) were not known there. The deletion waits "
                       "for this decision."), office=office, record=record),
            Message(N_("kept, with new records")), Message(N_("deleted")),
            Message(N_("Keep it, with the records made here")),
            Message(N_("The record stays, with the records made here, at every office "
                       "(office {office} gets it back)."), office=office),
            Message(N_("Delete it, with the records made here")),
            Message(N_("The record and the records made here are deleted at every office.")))
    # identity
    return Reading(
        case,
        Message(N_("The person who came from office {office} ({theirs}) may be the same "
                   "person as {mine} on file."), theirs=subject.theirs, office=office,
                mine=subject.mine),
        Message(subject.mine) if subject.mine else None,
        Message(subject.theirs) if subject.theirs else None,
        Message(N_("Merge, keep the details on file")),
        Message(N_("One person remains; where the details differ, the ones on file are "
                   "kept, at every office.")),
        Message(N_("Merge, take their details")),
        Message(N_("One person remains; where the details differ, the ones from office "
                   "{office} are taken, at every office."), office=office))
