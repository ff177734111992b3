"""The GUI's one way to run database and file work (see ``operations``)."""
from .changes import Change
from .failures import describe
from .operations import Operations, Outcome, Progress, Ticket

__all__ = ["Change", "Operations", "Outcome", "Progress", "Ticket", "describe"]
