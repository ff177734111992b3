"""Applying another office's records: state-based, idempotent, by uid.

For every field the incoming value and clock meet the local ones:

- the same clock: nothing to do (a repeat);
- the incoming change was made on top of the local value (the local clock, or
  a later one of the same office, is among the clocks its writer had seen, or
  both come from the same office and the incoming one is later): it is taken;
- the local value was made on top of the incoming one: it stays;
- otherwise the two were made concurrently: an ordinary field takes the later
  clock, a protected field (identity, roster status, document kind and
  number) keeps the local value and opens a conflict for a clerk; the same
  value under two clocks is joined by the ministry under a new clock made on
  top of both and of what they were made on top of (so a later edit of either
  is seen as made on top everywhere).

So the order in which packages arrive, and how often, changes nothing.
Deleted records stay deleted (a tombstone remembers the clocks it knew). An
edit concurrent with a deletion is decided by the ministry's clerk, on every
office the same: an edit it did not know, a record made on the deleted one
elsewhere (held until the decision: the deleted record comes back with it,
or it goes too), or records made on it here that the deleting office did not
know (the deletion waits). A change the sending office may not make is not
applied and the ministry sends its own value back.

Identity merges (aliases) are followed everywhere: records and conflicts
under a merged uid are the survivor's, and a question about a held double
closes once a merge or a deletion has answered it.
"""
from .core import BATCH, Cancelled, Merger, _parents_first, apply_records
from .held import retry_held
from .identity import _fold, apply_aliases, record_alias, rekey
from .records import (GONE, SAME_PERSON_MSG, UNREADABLE_MSG, WAITS_MSG, Incoming, Summary,
                      decide, parse_record)

__all__ = ["BATCH", "Cancelled", "apply_records", "GONE", "SAME_PERSON_MSG", "UNREADABLE_MSG", "WAITS_MSG", "Incoming", "Merger",
           "Summary", "_fold", "_parents_first", "apply_aliases", "decide", "parse_record",
           "record_alias", "rekey", "retry_held"]
