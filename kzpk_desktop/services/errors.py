"""Errors the services raise; each carries words a clerk can act on.

Messages are English templates with named fields. The GUI passes the template
through Qt's translator before formatting, so services stay free of Qt while
every message can still be translated.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..messages import N_, Message, MessageError

__all__ = ["N_", "NotFound", "PermissionDenied", "Problem", "ServiceError", "StaleRecord",
           "ValidationError"]


@dataclass(frozen=True)
class Problem:
    field: str  # model field name, or "" for the record as a whole
    template: str
    args: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.template.format(**self.args)

    @property
    def message(self) -> Message:
        return Message(self.template, **self.args)

    def __str__(self) -> str:
        return self.text


class ServiceError(MessageError):
    """Base of the refusals a clerk sees (exit code 1 in the CLI)."""


class ValidationError(ServiceError):
    """Input refused; ``problems`` lists every reason at once, per field."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        Exception.__init__(self, "; ".join(p.text for p in self.problems))
        self.template = "; ".join(p.template for p in self.problems)
        self.args_ = {}


class NotFound(ServiceError):
    pass


class StaleRecord(ServiceError):
    """Someone else saved the record after it was read here."""


class PermissionDenied(ServiceError):
    pass


def first_line(exc: BaseException) -> str:
    """The first line of an error's own words (the driver's, for a database error)."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
