"""Long work's one progress callback and one cancel exception, for every layer.

``progress(done, total)`` is called now and then (``total`` 0 while unknown);
answering False asks the work to stop, which it does by raising ``Cancelled``
(or the subclass that says what was cancelled: an import, an export, demo
data) so the caller's transaction rolls back and no file is left behind.
"""
from __future__ import annotations

from collections.abc import Callable

from .messages import N_, MessageError

#: progress(done, total) -> False cancels; any other answer goes on.
Progress = Callable[[int, int], "bool | None"]


class Cancelled(MessageError):
    """The user cancelled; nothing was saved or written."""

    #: What the user is told; subclasses say what was cancelled.
    TEMPLATE = N_("Cancelled; nothing was saved.")

    def __init__(self, template: str | None = None, **args) -> None:
        super().__init__(template or self.TEMPLATE, **args)


def tick(progress: Progress | None, done: int, total: int,
         cancelled: type[Cancelled] = Cancelled) -> None:
    """Report ``done`` of ``total``; raise ``cancelled()`` when ``progress`` answers False."""
    if progress is not None and progress(done, total) is False:
        raise cancelled()
