"""The unit tree: editing it, its current members and their strength.

Units form a tree (regiment > battalion > company > platoon, plus groups for
individual posts). A retired unit stays in the tree for history but takes no
new members or sub-units. Sub-unit queries use one recursive CTE, so a
battalion's members come from SQL in one round trip.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Select, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from ..db.models import Assignment, Rank, Serviceman, Unit, UnitKind
from . import text
from .dates import fmt
from .errors import N_, NotFound, Problem, ServiceError, ValidationError
from .versioning import expect_version, flush_checked

LEVELS = ("regiment", "battalion", "company", "platoon", "group")
_NAME_MAX = 200
_MAX_DEPTH = 32  # stops the ancestor walk on a (damaged) tree with a loop
_LANG_LABELS = {"kk": N_("Enter the name in Kazakh."), "ru": N_("Enter the name in Russian."),
                "en": N_("Enter the name in English.")}


@dataclass
class UnitData:
    name_kk: str = ""
    name_ru: str = ""
    name_en: str = ""
    kind: str | int | None = None  # unit kind code or id
    level: str = "company"
    parent_id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class UnitNode:
    """One row of the tree, in depth-first order."""

    id: int
    parent_id: int | None
    depth: int
    path: tuple[str, ...]  # names from the root down to this unit, in the asked language
    name: str
    name_kk: str
    name_ru: str
    name_en: str
    kind_id: int
    kind_code: str
    kind_name: str
    level: str
    retired_on: dt.date | None
    version: int


@dataclass(frozen=True)
class UnitKindChoice:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class MemberRow:
    serviceman_id: int
    rank: str | None
    rank_category: str | None
    surname: str
    given_name: str
    patronymic: str | None
    iin: str
    service_number: str
    speciality: str | None
    status: str
    unit_id: int
    unit: str
    position: str | None
    date_from: dt.date
    order_number: str | None


@dataclass(frozen=True)
class Strength:
    total: int
    #: officer / nco / enlisted (and "" for no rank recorded) -> head count
    by_category: dict[str, int]
    #: (speciality or None, head count), largest first
    by_speciality: list[tuple[str | None, int]]


# --- the tree ----------------------------------------------------------------------------

def unit_kinds(session: Session, lang: str = "ru") -> list[UnitKindChoice]:
    """Unit kinds (infantry, medical, ...) as the unit dialog lists them, named in ``lang``."""
    kinds = session.scalars(select(UnitKind).order_by(UnitKind.sort_order, UnitKind.id))
    return [UnitKindChoice(k.id, k.code, k.name(lang)) for k in kinds]


def subtree_cte(unit_id: int):
    """CTE of the ids of a unit and all units below it (portable recursive SQL)."""
    tree = select(Unit.id).where(Unit.id == unit_id).cte("unit_subtree", recursive=True)
    child = aliased(Unit)
    # UNION rather than UNION ALL: a damaged tree with a loop still terminates.
    return tree.union(select(child.id).where(child.parent_id == tree.c.id))


def subtree_ids(session: Session, unit_id: int) -> set[int]:
    tree = subtree_cte(unit_id)
    return set(session.execute(select(tree.c.id)).scalars())


def _name_in(model, lang: str):
    """SQL for ``Named.name(lang)``: the name in ``lang``, English when that one is empty."""
    column = getattr(model, f"name_{lang}", model.name_en)
    return func.coalesce(func.nullif(column, ""), model.name_en)


def _natural(name: str, words: dict[str, str]) -> tuple:
    """Sort key where "2-я рота" comes before "10-я рота".

    ``words`` caches the alphabetical key of each piece between numbers: unit
    names repeat the same pieces ("-я рота, ", "-й батальон") thousands of times.
    """
    key = []
    for part in re.split(r"(\d+)", name):
        if part.isdigit():
            key.append((0, int(part), ""))
        elif part:
            if part not in words:
                words[part] = text.sort_key(part)
            key.append((1, 0, words[part]))
    return tuple(key)


def unit_tree(session: Session, *, lang: str = "ru", include_retired: bool = True
              ) -> list[UnitNode]:
    """All units depth-first; siblings by level, then by name ("2nd" before "10th")."""
    rows = session.execute(
        select(Unit.id, Unit.parent_id, _name_in(Unit, lang).label("name"), Unit.name_kk,
               Unit.name_ru, Unit.name_en, Unit.kind_id, UnitKind.code,
               _name_in(UnitKind, lang).label("kind_name"), Unit.level, Unit.retired_on,
               Unit.version)
        .join(UnitKind, UnitKind.id == Unit.kind_id)
    ).all()
    children: dict[int | None, list] = {}
    for r in rows:
        children.setdefault(r.parent_id, []).append(r)
    words: dict[str, str] = {}

    def order(r) -> tuple:
        level = LEVELS.index(r.level) if r.level in LEVELS else len(LEVELS)
        return (level, _natural(r.name, words), r.id)

    for siblings in children.values():
        siblings.sort(key=order)
    nodes: list[UnitNode] = []
    seen: set[int] = set()
    # Iterative depth-first walk: deep or damaged trees cannot hit the recursion limit.
    stack = [(r, 0, ()) for r in reversed(children.get(None, []))]
    while stack:
        r, depth, path = stack.pop()
        if r.id in seen or (r.retired_on is not None and not include_retired):
            continue
        seen.add(r.id)
        here = path + (r.name,)
        nodes.append(UnitNode(r.id, r.parent_id, depth, here, *r[2:]))
        stack.extend((c, depth + 1, here) for c in reversed(children.get(r.id, [])))
    return nodes


def unit_paths(session: Session, unit_ids: Iterable[int] | None = None, *, lang: str = "ru",
               separator: str = " / ") -> dict[int, str]:
    """id -> "Regiment / Battalion / Company" for the given units, or for every unit.

    For a few units (a person's history) one recursive query walks up from them.
    """
    if unit_ids is None:
        return {n.id: separator.join(n.path) for n in unit_tree(session, lang=lang)}
    ids = list(dict.fromkeys(unit_ids))
    if not ids:
        return {}
    up = (select(Unit.id.label("start"), Unit.id.label("id"), Unit.parent_id,
                 literal(0).label("depth"))
          .where(Unit.id.in_(ids)).cte("unit_ancestors", recursive=True))
    parent = aliased(Unit)
    up = up.union_all(
        select(up.c.start, parent.id, parent.parent_id, (up.c.depth + 1).label("depth"))
        .where(parent.id == up.c.parent_id, up.c.depth < _MAX_DEPTH))
    name = getattr(Unit, f"name_{lang}", Unit.name_en)
    parts: dict[int, list[tuple[int, str]]] = {}
    for start, depth, label, fallback in session.execute(
            select(up.c.start, up.c.depth, name, Unit.name_en).join(Unit, Unit.id == up.c.id)):
        parts.setdefault(start, []).append((depth, label or fallback))
    return {start: separator.join(label for _d, label in sorted(p, reverse=True))
            for start, p in parts.items()}


# --- editing -----------------------------------------------------------------------------

def _resolve_kind(session: Session, kind: str | int | None) -> UnitKind | None:
    if kind is None or kind == "":
        return None
    if isinstance(kind, int):
        return session.get(UnitKind, kind)
    return session.execute(select(UnitKind).where(UnitKind.code == kind)).scalar()


def _validate(session: Session, data: UnitData, *, existing_id: int | None
              ) -> tuple[dict, list[Problem]]:
    problems: list[Problem] = []
    names = {f"name_{code}": " ".join((getattr(data, f"name_{code}") or "").split())
             for code in ("kk", "ru", "en")}
    for code, template in _LANG_LABELS.items():
        value = names[f"name_{code}"]
        if not value:
            problems.append(Problem(f"name_{code}", template))
        elif len(value) > _NAME_MAX:
            problems.append(Problem(f"name_{code}", N_("The name is too long (at most {max} "
                                                       "characters)."), {"max": _NAME_MAX}))
    kind = _resolve_kind(session, data.kind)
    if kind is None:
        problems.append(Problem("kind", N_("Choose the kind of unit.") if data.kind in (None, "")
                                else N_("Unknown unit kind '{kind}'."), {"kind": data.kind}))
    if data.level not in LEVELS:
        problems.append(Problem("level", N_("Choose the level: regiment, battalion, company, "
                                            "platoon or group.")))
    if data.parent_id is not None:
        parent = session.get(Unit, data.parent_id)
        if parent is None:
            problems.append(Problem("parent_id", N_("The parent unit no longer exists.")))
    # Two live units with the same name under one parent could not be told apart.
    siblings = session.execute(
        select(Unit).where(Unit.parent_id.is_(None) if data.parent_id is None
                           else Unit.parent_id == data.parent_id,
                           Unit.retired_on.is_(None))
    ).scalars().all()
    for field, value in names.items():
        clash = next((s for s in siblings if s.id != existing_id and value
                      and text.normalize(getattr(s, field)) == text.normalize(value)), None)
        if clash is not None:
            problems.append(Problem(field, N_("There is already a unit named {name} at this "
                                              "place in the tree."), {"name": value}))
    values = dict(names, kind_id=kind.id if kind else None, level=data.level)
    return values, problems


def add_unit(session: Session, data: UnitData, *, lang: str = "ru") -> Unit:
    values, problems = _validate(session, data, existing_id=None)
    if data.parent_id is not None:
        parent = session.get(Unit, data.parent_id)
        if parent is not None and parent.retired_on is not None:
            problems.append(retired_problem("parent_id", parent, lang))
    if problems:
        raise ValidationError(problems)
    unit = Unit(parent_id=data.parent_id, **values)
    session.add(unit)
    session.flush()
    return unit


def update_unit(session: Session, unit_id: int, data: UnitData, *, lang: str = "ru") -> Unit:
    """Save names, kind and level; a changed parent is a move (checked like ``move_unit``)."""
    unit = _unit(session, unit_id)
    expect_version(unit, data.version, unit.name(lang))
    values, problems = _validate(session, data, existing_id=unit.id)
    if problems:
        raise ValidationError(problems)
    if data.parent_id != unit.parent_id:
        move_unit(session, unit_id, data.parent_id, lang=lang)
    for key, value in values.items():
        setattr(unit, key, value)
    flush_checked(session, unit.name(lang))
    return unit


def rename_unit(session: Session, unit_id: int, *, name_kk: str, name_ru: str, name_en: str,
                version: int | None = None, lang: str = "ru") -> Unit:
    unit = _unit(session, unit_id)
    return update_unit(session, unit_id, UnitData(
        name_kk=name_kk, name_ru=name_ru, name_en=name_en, kind=unit.kind_id, level=unit.level,
        parent_id=unit.parent_id, version=version), lang=lang)


def move_unit(session: Session, unit_id: int, new_parent_id: int | None, *,
              version: int | None = None, lang: str = "ru") -> Unit:
    """Put the unit (with everything below it) under another parent, or at the top."""
    unit = _unit(session, unit_id)
    expect_version(unit, version, unit.name(lang))
    if new_parent_id is not None:
        target = _unit(session, new_parent_id)
        if new_parent_id == unit.id:
            raise ServiceError(N_("A unit cannot be placed under itself."))
        if new_parent_id in subtree_ids(session, unit.id):
            raise ServiceError(N_("{unit} cannot be moved under {target}: {target} is one of "
                                  "its own sub-units."),
                               unit=unit.name(lang), target=target.name(lang))
        if target.retired_on is not None and unit.retired_on is None:
            raise ValidationError([retired_problem("parent_id", target, lang)])
    unit.parent_id = new_parent_id
    flush_checked(session, unit.name(lang))
    return unit


def retire_unit(session: Session, unit_id: int, on: dt.date | None = None, *,
                lang: str = "ru") -> list[int]:
    """Retire the unit and its live sub-units as of ``on``; refused while anyone is assigned.

    Returns the ids retired. Their assignment history stays untouched.
    """
    on = on or dt.date.today()
    unit = _unit(session, unit_id)
    if unit.retired_on is not None:
        raise ServiceError(N_("{unit} was already retired on {date}."),
                           unit=unit.name(lang), date=fmt(unit.retired_on))
    tree = subtree_cte(unit.id)
    busy = session.execute(
        select(Assignment.unit_id, func.count(func.distinct(Assignment.serviceman_id)))
        .where(Assignment.unit_id.in_(select(tree.c.id)),
               or_(Assignment.date_to.is_(None), Assignment.date_to >= on))
        .group_by(Assignment.unit_id)
    ).all()
    if busy:
        names = {u.id: u.name(lang) for u in session.execute(
            select(Unit).where(Unit.id.in_([b[0] for b in busy]))).scalars()}
        raise ServiceError(
            N_("{unit} cannot be retired: {count} serviceman(s) are still assigned to it or its "
               "sub-units ({units}). Assign them elsewhere first."),
            unit=unit.name(lang), count=sum(b[1] for b in busy),
            units=", ".join(sorted(names[b[0]] for b in busy)))
    retired = session.execute(
        select(Unit).where(Unit.id.in_(select(tree.c.id)), Unit.retired_on.is_(None))
    ).scalars().all()
    for u in retired:
        u.retired_on = on
    session.flush()
    return sorted(u.id for u in retired)


def reinstate_unit(session: Session, unit_id: int, *, lang: str = "ru") -> Unit:
    """Undo a retirement (the parent must be live)."""
    unit = _unit(session, unit_id)
    if unit.parent is not None and unit.parent.retired_on is not None:
        raise ValidationError([retired_problem("parent_id", unit.parent, lang)])
    unit.retired_on = None
    session.flush()
    return unit


# --- members and strength ----------------------------------------------------------------

def _members_filter(stmt: Select, a, unit_id: int, include_subunits: bool,
                    on: dt.date | None) -> Select:
    if include_subunits:
        stmt = stmt.where(a.unit_id.in_(select(subtree_cte(unit_id).c.id)))
    else:
        stmt = stmt.where(a.unit_id == unit_id)
    if on is None:  # the open assignment is the current one (as on the registry)
        return stmt.where(a.date_to.is_(None))
    return stmt.where(a.date_from <= on, or_(a.date_to.is_(None), a.date_to >= on))


def unit_members(session: Session, unit_id: int, *, include_subunits: bool = False,
                 on: dt.date | None = None, offset: int = 0, limit: int | None = None,
                 lang: str = "ru") -> list[MemberRow]:
    """Current members (or members on date ``on``), seniors first, then alphabetically."""
    a, u = aliased(Assignment), aliased(Unit)
    rank_name = getattr(Rank, f"name_{lang}", Rank.name_en)
    stmt = (
        select(Serviceman.id.label("serviceman_id"), rank_name.label("rank"),
               Rank.category.label("rank_category"), Serviceman.surname, Serviceman.given_name,
               Serviceman.patronymic, Serviceman.iin, Serviceman.service_number,
               Serviceman.speciality, Serviceman.status, a.unit_id,
               getattr(u, f"name_{lang}", u.name_en).label("unit"), a.position, a.date_from,
               a.order_number)
        .select_from(a)
        .join(Serviceman, Serviceman.id == a.serviceman_id)
        .join(u, u.id == a.unit_id)
        .outerjoin(Rank, Rank.id == Serviceman.rank_id)
    )
    stmt = _members_filter(stmt, a, unit_id, include_subunits, on)
    stmt = stmt.order_by(Rank.sort_order.is_(None), Rank.sort_order.desc(), Serviceman.sort_key,
                         Serviceman.id).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [MemberRow(**row._mapping) for row in session.execute(stmt)]


def count_members(session: Session, unit_id: int, *, include_subunits: bool = False,
                  on: dt.date | None = None) -> int:
    a = aliased(Assignment)
    stmt = _members_filter(select(func.count()).select_from(a), a, unit_id, include_subunits, on)
    return session.execute(stmt).scalar_one()


def unit_strength(session: Session, unit_id: int, include_subunits: bool = True, *,
                  on: dt.date | None = None) -> Strength:
    """Head count by rank category and by speciality (SQL GROUP BY)."""
    a = aliased(Assignment)
    base = (select(func.count()).select_from(a)
            .join(Serviceman, Serviceman.id == a.serviceman_id)
            .outerjoin(Rank, Rank.id == Serviceman.rank_id))
    base = _members_filter(base, a, unit_id, include_subunits, on)
    by_category: dict[str, int] = {}
    for n, category in session.execute(base.add_columns(Rank.category).group_by(Rank.category)):
        by_category[category or ""] = n
    by_speciality = [(speciality, n) for n, speciality in session.execute(
        base.add_columns(Serviceman.speciality).group_by(Serviceman.speciality)
        .order_by(func.count().desc(), Serviceman.speciality))]
    return Strength(sum(by_category.values()), by_category, by_speciality)


# --- helpers -----------------------------------------------------------------------------

def _unit(session: Session, unit_id: int) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise NotFound(N_("The unit no longer exists (deleted by someone else?)."))
    return unit


def retired_problem(field: str, unit: Unit, lang: str) -> Problem:
    return Problem(field, N_("{unit} was retired on {date}; it takes no new members or "
                             "sub-units."),
                   {"unit": unit.name(lang), "date": fmt(unit.retired_on)})


