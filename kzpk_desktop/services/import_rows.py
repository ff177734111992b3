"""One spreadsheet row -> the values of a serviceman, with a reason for every cell refused.

Cells are read as clerks type them (see ``sheets.readers`` for text and
dates); this module adds what needs the database or the domain: IINs that
lost their leading zero, ranks and units by name in any language, sexes and
blood groups in their usual spellings.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Assignment, Document, Rank, Serviceman, Unit
from ..sheets import readers
from ..sheets.readers import CellError
from . import import_columns, text
from .dates import fmt
from .errors import N_, Problem
from .identity import InvalidIin, parse_iin
from .servicemen import ServicemanData
from .units import unit_paths

#: Longest text each field takes: the import-only ones here, the others read from the
#: serviceman table once.
_LIMITS: dict[str, int | None] = {"passport_number": Document.number.type.length,
           "position": Assignment.position.type.length,
           "order_number": Assignment.order_number.type.length}


@dataclass
class ParsedRow:
    """A data row: the serviceman's values and the assignment it asks for."""

    row: int  # as Excel numbers it
    cells: tuple  # the row's cells as read, for the error report
    data: ServicemanData
    #: ServicemanData fields the row gives a value for (an empty cell gives none).
    given: set[str] = field(default_factory=set)
    unit_id: int | None = None
    position: str | None = None
    assigned_from: dt.date | None = None
    order_number: str | None = None
    order_date: dt.date | None = None
    problems: list[Problem] = field(default_factory=list)

    def bad(self, field_name: str, template: str, **args) -> None:
        self.problems.append(Problem(field_name, template, args))

    @property
    def fields_refused(self) -> set[str]:
        return {p.field for p in self.problems}


class Lookups:
    """Ranks and units by every name they go by, read once per import."""

    def __init__(self, session: Session, lang: str = "ru") -> None:
        self.lang = lang
        self.ranks: dict[str, int] = {}
        nato: dict[str, set[int]] = {}
        # Held so that the rules' session.get(Rank, id) finds them in the identity map
        # instead of asking the database once per row.
        self._rank_objects = session.execute(select(Rank)).scalars().all()
        for r in self._rank_objects:
            for name in (r.name_kk, r.name_ru, r.name_en, r.code.replace("_", " ")):
                self.ranks.setdefault(import_columns.rank_key(name), r.id)
            nato.setdefault(import_columns.rank_key(r.nato_code), set()).add(r.id)
        # A NATO code names a rank only where one rank has it (OF-1 is two).
        for key, ids in nato.items():
            if len(ids) == 1:
                self.ranks.setdefault(key, next(iter(ids)))
        self.units: dict[str, list[Unit]] = {}
        units = session.execute(select(Unit)).scalars().all()
        by_id = {u.id: u for u in units}
        for u in units:
            for name in {u.name_kk, u.name_ru, u.name_en}:
                self._add_unit(name, u)
        for code in import_columns.LANGS:
            for unit_id, path in unit_paths(session, lang=code).items():
                self._add_unit(path, by_id[unit_id])
        self._paths = unit_paths(session, lang=lang)
        self._unit_cache: dict[str, int] = {}

    def _add_unit(self, name: str, unit: Unit) -> None:
        bucket = self.units.setdefault(text.normalize(name), [])
        if unit not in bucket:
            bucket.append(unit)

    def rank(self, value: str) -> int:
        found = self.ranks.get(value)
        if found is None:
            found = self.ranks.get(import_columns.rank_key(value))
            if found is not None:
                self.ranks[value] = found  # the same spelling comes again in the next rows
        if found is None:
            raise CellError(N_("Unknown rank '{value}': write it as in the rank list (in "
                               "Kazakh, Russian or English)."), value=value)
        return found

    def unit(self, value: str) -> int:
        if value in self._unit_cache:
            return self._unit_cache[value]
        unit_id = self._unit(value)
        self._unit_cache[value] = unit_id
        return unit_id

    def _unit(self, value: str) -> int:
        found = self.units.get(text.normalize(value), [])
        live = [u for u in found if u.retired_on is None]
        if not found:
            raise CellError(N_("Unknown unit '{value}': no unit has this name. Add the unit first "
                               "or correct the name."), value=value)
        if not live:
            retired = found[0]
            raise CellError(N_("{unit} was retired on {date}; it takes no new members or "
                               "sub-units."), unit=retired.name(self.lang),
                            date=fmt(retired.retired_on))
        if len(live) > 1:
            raise CellError(N_("'{value}' names {count} units ({paths}); write the unit's full "
                               "path instead."), value=value, count=len(live),
                            paths="; ".join(self._paths.get(u.id, u.name(self.lang))
                                            for u in live[:3]))
        return live[0].id


def _limit(field_name: str) -> int | None:
    if field_name not in _LIMITS:
        column = Serviceman.__table__.c.get(field_name)
        _LIMITS[field_name] = getattr(column.type, "length", None) if column is not None else None
    return _LIMITS[field_name]


def parse_row(row_number: int, cells: tuple, columns: dict[int, str], lookups: Lookups,
              today: dt.date) -> ParsedRow:
    """Read one row; ``columns`` maps a cell's index to the field its header names."""
    parsed = ParsedRow(row_number, cells, ServicemanData())
    data = parsed.data
    for index, field_name in columns.items():
        value = cells[index]
        shown = readers.cell_text(value)
        if not shown:
            continue
        column = import_columns.BY_FIELD[field_name]
        try:
            _read_cell(parsed, column, value, shown, lookups, today)
        except CellError as exc:
            parsed.bad(field_name, exc.template, **exc.args_)
            if hasattr(data, field_name):
                # Keep the text so the rules do not also call the field missing.
                setattr(data, field_name, shown if isinstance(getattr(data, field_name), str)
                        else None)
                parsed.given.add(field_name)
    return parsed


def _read_cell(parsed: ParsedRow, column: import_columns.Column, value: object, shown: str,
               lookups: Lookups, today: dt.date) -> None:
    data, name, kind = parsed.data, column.field, column.kind
    limit = _limit(name)
    if kind in ("text", "name", "code") and limit and len(shown) > limit:
        raise CellError(N_("Too long: {length} characters, at most {max}."),
                        length=len(shown), max=limit)
    if kind == "iin":
        try:
            data.iin = parse_iin(_no_inner_spaces(value), pad_lost_zeros=True).iin
        except InvalidIin as exc:
            raise CellError(exc.template, **exc.args_) from None
        except TypeError:  # a date or TRUE/FALSE cell: no digits at all
            raise CellError(N_("IIN must contain only digits")) from None
    elif kind in ("date", "past_date"):
        day = readers.cell_date(value, past=kind == "past_date", today=today)
        if name in ("assigned_from", "order_date"):
            setattr(parsed, name, day)
            return
        setattr(data, name, day)
    elif kind == "sex":
        sex = import_columns.parse_sex(shown)
        if sex is None:
            raise CellError(N_("'{value}' is not a sex: write М or Ж (Ер or Әйел, M or F)."),
                            value=shown)
        data.sex = sex
    elif kind == "rank":
        data.rank_id = lookups.rank(shown)
        parsed.given.add("rank_id")
        return
    elif kind == "unit":
        parsed.unit_id = lookups.unit(shown)
        return
    elif kind == "blood":
        data.blood_group = import_columns.parse_blood_group(shown) or shown
    elif kind == "full_name":
        parts = shown.split()
        for part_name, part in zip(("surname", "given_name"), parts):
            if not getattr(data, part_name):
                setattr(data, part_name, part)
                parsed.given.add(part_name)
        if len(parts) > 2 and not data.patronymic:
            data.patronymic = " ".join(parts[2:])
            parsed.given.add("patronymic")
        return
    elif name in ("position", "order_number"):
        setattr(parsed, name, " ".join(shown.split()))
        return
    else:
        setattr(data, name, shown)
    parsed.given.add(name)


def _no_inner_spaces(value: object) -> object:
    # "061211 600012" as some lists group the digits; parse_iin strips only the ends.
    return "".join(value.split()) if isinstance(value, str) else value
