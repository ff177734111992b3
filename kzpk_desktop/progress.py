"""Long work's one progress callback and one cancel exception, for every layer.

``progress(done, total, step)`` is called now and then: ``done`` of ``total``
rows (or items: servicemen made, records read; ``total`` 0 while unknown), and
``step`` the English words of the step that begins (one of the ``N_()``
templates below, translated by the GUI; None: the step goes on). An export
reports its steps and checks the answer every few hundred rows and while it
saves the file, so a Cancel takes effect within a second.
Answering False asks the work to stop, which it does by raising ``Cancelled``
(or the subclass that says what was cancelled: an import, an export, demo
data) so the caller's transaction rolls back and no file is left behind.
"""
from __future__ import annotations

from typing import Protocol

from .messages import N_, MessageError


class Progress(Protocol):
    """progress(done, total, step=None) -> False cancels; any other answer goes on."""

    def __call__(self, done: int, total: int, step: str | None = None) -> bool | None: ...


#: The steps of an export, in words (the GUI says them in the clerk's language).
READING = N_("Reading the records")
READING_ROSTER = N_("Reading the roster")
READING_LIST = N_("Reading the list")
READING_CARD = N_("Reading the serviceman's records")
READING_DOCUMENTS = N_("Reading the documents")
READING_AUDIT = N_("Reading the audit trail")
WRITING_ROWS = N_("Writing rows")
SAVING = N_("Saving the file")


class Cancelled(MessageError):
    """The user cancelled; nothing was saved or written."""

    #: What the user is told; subclasses say what was cancelled.
    TEMPLATE = N_("Cancelled; nothing was saved.")

    def __init__(self, template: str | None = None, **args) -> None:
        super().__init__(template or self.TEMPLATE, **args)


def tick(progress: Progress | None, done: int, total: int,
         cancelled: type[Cancelled] = Cancelled, step: str | None = None) -> None:
    """Report ``done`` of ``total`` (of ``step`` when it begins); raise ``cancelled()`` when
    ``progress`` answers False."""
    if progress is None:
        return
    answer = progress(done, total) if step is None else progress(done, total, step)
    if answer is False:
        raise cancelled()
