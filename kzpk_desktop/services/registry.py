"""The servicemen list: filtering, sorting and paging done in SQL.

At 100,000 servicemen nothing here may loop over rows in Python: the GUI asks
for a count and for one page at a time (ids first, then that page's columns).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace

from sqlalchemy import Select, and_, distinct, func, or_, select
from sqlalchemy.orm import Session, aliased

from ..db.models import Assignment, Document, DocumentKind, Rank, SearchToken, Serviceman, Unit
from . import text
from .servicemen import PASSPORT_KIND


@dataclass(frozen=True)
class RegistryFilter:
    text: str = ""
    rank_id: int | None = None
    status: str | None = None
    sex: str | None = None


@dataclass(frozen=True)
class RegistryRow:
    id: int
    rank: str | None
    rank_order: int | None
    surname: str
    given_name: str
    patronymic: str | None
    surname_latin: str | None
    given_names_latin: str | None
    iin: str
    service_number: str
    unit: str | None
    status: str
    sex: str
    passport_expires: dt.date | None


_NULLABLE_SORTS = {"rank", "latin", "unit", "passport_expires"}
#: Nullable sorts driven from an index in their order (see _driven_parts).
_DRIVEN_SORTS = {"rank", "unit", "passport_expires", "latin"}

#: Sortable columns (see _Joins.sort_column).
SORT_KEYS = ("rank", "surname", "latin", "iin", "service_number", "unit", "status",
             "passport_expires")


class _Joins:
    """The related rows a list row shows, each joined only where it is needed.

    Sorting 100,000 people by rank or unit is fast when the query that picks a
    page's ids joins only what the order needs; the display columns of those
    ~200 ids are read afterwards.
    """

    def __init__(self, lang: str) -> None:
        self.current = aliased(Assignment)
        self.unit = aliased(Unit)
        self.passport = aliased(Document)
        self.unit_name = getattr(self.unit, f"name_{lang}", self.unit.name_en)
        self.rank_name = getattr(Rank, f"name_{lang}", Rank.name_en)

    def rank(self, stmt: Select) -> Select:
        return stmt.outerjoin(Rank, Rank.id == Serviceman.rank_id)

    def unit_of(self, stmt: Select) -> Select:
        return (stmt.outerjoin(self.current, and_(self.current.serviceman_id == Serviceman.id,
                                                  self.current.date_to.is_(None)))
                .outerjoin(self.unit, self.unit.id == self.current.unit_id))

    def passport_terms(self) -> tuple:
        kind = select(DocumentKind.id).where(DocumentKind.code == PASSPORT_KIND).scalar_subquery()
        return self.passport.kind_id == kind, self.passport.is_current.is_(True)

    def passport_of(self, stmt: Select) -> Select:
        return stmt.outerjoin(self.passport, and_(self.passport.serviceman_id == Serviceman.id,
                                                  *self.passport_terms()))

    def sort_column(self, sort: str) -> tuple:
        """(column to order by, joins it needs) for a key of SORT_KEYS."""
        return {
            "rank": (Rank.sort_order, (self.rank,)),
            "surname": (Serviceman.sort_key, ()),
            "latin": (Serviceman.surname_latin, ()),
            "iin": (Serviceman.iin, ()),
            "service_number": (Serviceman.service_number, ()),
            "unit": (self.unit_name, (self.unit_of,)),
            "status": (Serviceman.status, ()),
            "passport_expires": (self.passport.expires_on, (self.passport_of,)),
        }.get(sort, (Serviceman.sort_key, ()))


def _rows(joins: _Joins) -> Select:
    """Every displayed column (for the ids of one page)."""
    stmt = select(
        Serviceman.id, joins.rank_name.label("rank"), Rank.sort_order.label("rank_order"),
        Serviceman.surname, Serviceman.given_name, Serviceman.patronymic,
        Serviceman.surname_latin, Serviceman.given_names_latin, Serviceman.iin,
        Serviceman.service_number, joins.unit_name.label("unit"), Serviceman.status,
        Serviceman.sex, joins.passport.expires_on.label("passport_expires"),
    ).select_from(Serviceman)
    return joins.passport_of(joins.unit_of(joins.rank(stmt)))


def _ordered_ids(flt: RegistryFilter, sort: str, lang: str, *, probe: bool = False):
    """select(id) under the filter with the joins the sort needs, and the sort column."""
    joins = _Joins(lang)
    column, needed = joins.sort_column(sort)
    stmt = select(Serviceman.id).select_from(Serviceman)
    for join in needed:
        stmt = join(stmt)
    return _where(stmt, flt, probe=probe), column, joins


def _token_range(token: str, tokens=SearchToken) -> tuple:
    return tokens.token >= token, tokens.token < text.prefix_upper_bound(token)


def _where(stmt: Select, flt: RegistryFilter, *, probe: bool = False) -> Select:
    """The filter as WHERE clauses; ``probe`` checks every word person by person (_is_broad)."""
    words = text.normalize(flt.text).split()
    # Of several words the longest (as a rule the most selective) gathers the
    # candidates and the others are checked per candidate: "иванов с" would
    # otherwise collect every "с..." person (a third of the list) first.
    driver = -1 if probe or not words else words.index(max(words, key=len))
    for i, token in enumerate(words):
        # Every word typed must prefix some token of the person (AND of words).
        if i != driver:
            # Aliased: the walk itself may come from search_token (_by_initial).
            probed = aliased(SearchToken)
            stmt = stmt.where(select(probed.serviceman_id).where(
                probed.serviceman_id == Serviceman.id, *_token_range(token, probed)).exists())
        else:
            matching = select(SearchToken.serviceman_id).where(*_token_range(token))
            stmt = stmt.where(Serviceman.id.in_(matching))
    if flt.rank_id is not None:
        stmt = stmt.where(Serviceman.rank_id == flt.rank_id)
    if flt.status:
        stmt = stmt.where(Serviceman.status == flt.status)
    if flt.sex:
        stmt = stmt.where(Serviceman.sex == flt.sex)
    return stmt


def _initial_rows(letter: str) -> tuple:
    """The one-letter rows of ``letter`` (one per person with a token starting so,
    ``models.SearchToken``), read in list order from ``ix_search_token_initial``."""
    return SearchToken.token == letter, SearchToken.sort_key.is_not(None)


def _text_only(flt: RegistryFilter) -> bool:
    """No rank, status or sex chosen: only what is typed (if anything) filters."""
    return flt.rank_id is None and not flt.status and not flt.sex


def _gathered(session: Session, word: str, cap: int) -> int:
    """Token rows of people ``word`` prefixes, counted no further than ``cap``."""
    capped = select(SearchToken.serviceman_id).where(*_token_range(word)).limit(cap)
    return session.execute(select(func.count()).select_from(capped.subquery())).scalar_one()


def count(session: Session, flt: RegistryFilter) -> int:
    words = text.normalize(flt.text).split()
    if len(words) == 1 and _text_only(flt):
        # The first keystroke: people counted in the token index alone, without
        # reading their rows (3-5x faster for a one-letter word at 100k); one letter
        # has one row per person, so no DISTINCT either.
        if len(words[0]) == 1:
            return session.execute(select(func.count()).select_from(SearchToken)
                                   .where(*_initial_rows(words[0]))).scalar_one()
        return session.execute(select(func.count(distinct(SearchToken.serviceman_id)))
                               .where(*_token_range(words[0]))).scalar_one()
    stmt = _where(select(func.count()).select_from(Serviceman), flt)
    return session.execute(stmt).scalar_one()


#: Token rows counted at most when judging whether a typed word is broad.
_BROAD_CAP = 50_000


def _is_broad(session: Session, flt: RegistryFilter, rows: int) -> bool:
    """Whether walking the alphabetical index and probing each person is cheaper.

    For a word like "а" (a third of everyone) the first page in surname order
    is found after a few hundred probes, where collecting and sorting every
    match takes tens of ms; for a narrow word ("иванов", an IIN) or a deep page
    the probing walk is the slow one. Probes ~ rows * total / matches, sorting
    ~ matches, so: broad when matches**2 > 1.5 * rows * total (measured at 100k).
    """
    words = text.normalize(flt.text).split()
    if len(words) != 1:
        return False
    matches = _gathered(session, words[0], _BROAD_CAP)
    total = session.execute(select(func.count()).select_from(Serviceman)).scalar_one()
    return matches * matches > 1.5 * rows * total


#: Matches counted at most when judging whether a filter leaves many people.
_CROWD_CAP = 5_000
#: Rows walked at most in a driven order: deeper pages cost more than one sort
#: (unit order at 100k: offset 10,000 ~50 ms, 50,000 ~240 ms, one sort ~200 ms).
_DRIVEN_DEPTH = 10_000


def _is_crowded(session: Session, flt: RegistryFilter, sort: str) -> bool:
    """Whether a rank / unit / passport / Latin-name order is better driven from its index.

    Walking the index finds a page after ~200 * total / matches people: quick
    for the whole list or a broad filter (women: ~15 ms), slow for a narrow one
    (146 deployed: ~500 ms), where sorting just the matches is quick instead.
    """
    if sort not in _DRIVEN_SORTS or text.normalize(flt.text).split():
        return False  # a typed word gathers its people from the token index
    if _text_only(flt):
        return True
    capped = _where(select(Serviceman.id), flt).limit(_CROWD_CAP).subquery()
    return session.execute(select(func.count()).select_from(capped)).scalar_one() >= _CROWD_CAP


def _sorted_ids(flt: RegistryFilter, sort: str, descending: bool, lang: str, *,
                probe: bool = False, driven: bool = False) -> tuple[list[Select], _Joins]:
    """select(id) under the filter in the list's order (``page`` and ``stream`` share it).

    One statement, or with ``driven`` (see ``_is_crowded``) consecutive parts
    whose rows follow one another (``_driven_parts``); the order is the same.
    """
    stmt, column, joins = _ordered_ids(flt, sort, lang, probe=probe)
    order = column.desc() if descending else column.asc()
    tie = Serviceman.id.desc() if descending else Serviceman.id.asc()
    if driven and sort in _DRIVEN_SORTS:
        return _driven_parts(stmt, flt, joins, sort, descending), joins
    if sort in _NULLABLE_SORTS:
        # Empty cells last whichever way the clerk sorts (portable NULLS LAST).
        return [stmt.order_by(column.is_(None), order, tie)], joins
    return [stmt.order_by(order, tie)], joins  # lets the index serve the order


def _driven_parts(outer: Select, flt: RegistryFilter, joins: _Joins, sort: str,
                  descending: bool) -> list[Select]:
    """A rank, unit, passport expiry or Latin-name order as two parts: filled cells, then empty
    ones by id.

    One query ordered by (key IS NULL, key, id) joins all 100,000 people to
    their unit or passport and sorts them all (105-210 ms). Split, the filled
    part starts from the joined table and walks an index in the key's order
    (``ix_rank_sort_order`` then ``ix_serviceman_rank_id``; ``ix_unit_name_<lang>`` then
    ``ix_assignment_unit``; ``ix_document_expiry``; ``ix_serviceman_latin``),
    sorting only people with equal keys by id, and stops after a page (2-4 ms);
    the empty part (no current unit, no passport or no date) walks the people
    by id. Same rows in the same order: NULLs last, ties by id.
    """
    if sort == "rank":
        key, owner = Rank.sort_order, Serviceman.id
        # Like the units below: the ranks are the outer loop, read in order from
        # ix_rank_sort_order, each rank's people from ix_serviceman_rank_id. The
        # outer join is kept inner by a test SQLite does not read as "never NULL"
        # (coalesce): with "id IS NOT NULL" it makes the join inner, scans all the
        # people and sorts them (12-31 ms at 100k, against well under 1 ms).
        filled = (select(owner).select_from(Rank)
                  .outerjoin(Serviceman, Serviceman.rank_id == Rank.id)
                  .where(func.coalesce(Serviceman.id, 0) != 0))
    elif sort == "latin":
        # ix_serviceman_latin (surname_latin, id) is the order itself.
        key, owner = Serviceman.surname_latin, Serviceman.id
        filled = select(owner).select_from(Serviceman)
    elif sort == "unit":
        key, owner = joins.unit_name, joins.current.serviceman_id
        # Outer joins from unit, kept inner by "serviceman.id IS NOT NULL": SQLite
        # does not reorder a LEFT JOIN, so the units stay the outer loop, read in
        # name order (with inner joins and no ANALYZE statistics it scans the
        # assignments and sorts them all instead). PostgreSQL plans it as inner.
        filled = (select(owner).select_from(joins.unit)
                  .outerjoin(joins.current, and_(joins.current.unit_id == joins.unit.id,
                                                 joins.current.date_to.is_(None)))
                  .outerjoin(Serviceman, Serviceman.id == owner)
                  .where(Serviceman.id.is_not(None)))
    else:
        key, owner = joins.passport.expires_on, joins.passport.serviceman_id
        # is_current = true leads ix_document_expiry: SQLite takes that index.
        filled = (select(owner).select_from(joins.passport).where(*joins.passport_terms())
                  .join(Serviceman, Serviceman.id == owner))
    direction = (lambda c: c.desc()) if descending else (lambda c: c.asc())
    # The tie on the joined table's serviceman_id (== Serviceman.id) is the one
    # the index order leaves to sort among equal keys.
    filled = _where(filled.where(key.is_not(None)), flt)
    empty = outer.where(key.is_(None)).order_by(direction(Serviceman.id))
    return [filled.order_by(direction(key), direction(owner)), empty]


def _page_ids(session: Session, parts: list[Select], offset: int, limit: int) -> list[int]:
    """Rows offset..offset+limit of the parts read one after another."""
    ids: list[int] = []
    skip = offset
    for i, part in enumerate(parts):
        want = limit - len(ids)
        if want <= 0:
            break
        got = list(session.scalars(part.offset(skip).limit(want)))
        ids += got
        if len(got) < want and i + 1 < len(parts):
            # This part ran out: the next one starts at 0, or further in if the
            # page starts past this part's end.
            skip = 0 if got or not skip else skip - session.execute(
                select(func.count()).select_from(part.order_by(None).subquery())).scalar_one()
    return ids


def _rows_of(session: Session, joins: _Joins, ids: list[int]) -> list[RegistryRow]:
    """The display columns of ``ids``, in the order of ``ids``."""
    if not ids:
        return []
    found = {row.id: RegistryRow(**row._mapping)
             for row in session.execute(_rows(joins).where(Serviceman.id.in_(ids)))}
    return [found[i] for i in ids if i in found]


def _by_initial(flt: RegistryFilter, descending: bool) -> Select | None:
    """select(id) in surname order for a search whose words are all one letter (the first
    keystroke): the people come from the letter's initial rows already in list order, so
    the page is read after it, not after sorting every match (a few thousand at 100k).
    None for any other search."""
    words = text.normalize(flt.text).split()
    if not words or max(len(w) for w in words) != 1:
        return None
    stmt = select(SearchToken.serviceman_id).where(*_initial_rows(words[0]))
    rest = replace(flt, text=" ".join(words[1:]))
    if rest != RegistryFilter():
        # Other letters and the filters are checked person by person along the walk.
        stmt = _where(stmt.join(Serviceman, Serviceman.id == SearchToken.serviceman_id), rest,
                      probe=True)
    if descending:
        return stmt.order_by(SearchToken.sort_key.desc(), SearchToken.serviceman_id.desc())
    return stmt.order_by(SearchToken.sort_key, SearchToken.serviceman_id)


def page(session: Session, flt: RegistryFilter, *, sort: str = "surname", descending: bool = False,
         offset: int = 0, limit: int = 200, lang: str = "ru") -> list[RegistryRow]:
    initial = _by_initial(flt, descending) if sort == "surname" else None
    if initial is not None:
        return _rows_of(session, _Joins(lang), _page_ids(session, [initial], offset, limit))
    parts, joins = _sorted_ids(
        flt, sort, descending, lang,
        probe=sort == "surname" and _is_broad(session, flt, offset + limit),
        driven=offset + limit <= _DRIVEN_DEPTH and _is_crowded(session, flt, sort))
    return _rows_of(session, joins, _page_ids(session, parts, offset, limit))


#: People found by a search's gathering word read whole at most by ``first_page`` (below
#: where ``_is_broad`` finds probing quicker for a first page: ~3,900 at 100k).
_GATHERED_CAP = 3_000


def first_page(session: Session, flt: RegistryFilter, *, sort: str = "surname",
               descending: bool = False, limit: int = 200,
               lang: str = "ru") -> tuple[int, list[RegistryRow]]:
    """(count(), page(offset=0)) for a new search, in one query where that is cheaper.

    A search that the token index cannot count alone (several words, or a word with
    filters) checks every person its longest word gathers twice: once to count them,
    once to sort the first page. When that word gathers few people, their ids are read
    in order once instead, and counted in Python: "иванов с" at 100k 19 -> 12 ms.
    """
    words = text.normalize(flt.text).split()
    counted_by_tokens = len(words) == 1 and _text_only(flt)  # count()'s quick path
    if words and not counted_by_tokens and max(map(len, words)) > 1:
        if _gathered(session, max(words, key=len), _GATHERED_CAP + 1) <= _GATHERED_CAP:
            # A typed word: neither the initial walk nor a driven order (see page).
            [ordered], joins = _sorted_ids(flt, sort, descending, lang)
            ids = list(session.scalars(ordered))
            return len(ids), _rows_of(session, joins, ids[:limit])
    found = count(session, flt)
    return found, page(session, flt, sort=sort, descending=descending, limit=limit,
                       lang=lang) if found else []


def by_iin(session: Session, iin: str, *, lang: str = "ru") -> RegistryRow | None:
    """The list row of the serviceman with exactly this IIN (None: nobody has it)."""
    found = session.execute(_rows(_Joins(lang)).where(Serviceman.iin == iin.strip())).first()
    return RegistryRow(**found._mapping) if found is not None else None


def stream(session: Session, flt: RegistryFilter, *, sort: str = "surname",
           descending: bool = False, lang: str = "ru",
           batch: int = 1000) -> Iterator[RegistryRow]:
    """Every row under the filter in ``page()``'s order, read ``batch`` at a time.

    For "export what I see": one query walks the ordered ids (streamed by the
    driver, never all held at once) and each batch's columns are read by a
    second query, so 100,000 rows cost the memory of one batch. Run it inside
    one session (one read transaction): the list is then a consistent snapshot.
    """
    # Every row is read: one sort of them all beats walking the index (driven).
    parts, joins = _sorted_ids(flt, sort, descending, lang)
    for stmt in parts:
        ids = session.execute(stmt, execution_options={"yield_per": batch}).scalars()
        for chunk in ids.partitions(batch):
            yield from _rows_of(session, joins, list(chunk))


def position(session: Session, flt: RegistryFilter, serviceman_id: int, *, sort: str = "surname",
             descending: bool = False, lang: str = "ru") -> int | None:
    """Row number of a serviceman in ``page()``'s order, or None if the filter hides them.

    Lets the list scroll to a record it has not fetched (one just saved, say):
    it counts the rows that sort before it, with the same empty-last and
    tie-by-id rules as ``page``.
    """
    stmt, column, _joins = _ordered_ids(flt, sort, lang)
    found = session.execute(stmt.where(Serviceman.id == serviceman_id)
                            .with_only_columns(column)).first()
    if found is None:
        return None
    value = found[0]
    after = (lambda a, b: a > b) if descending else (lambda a, b: a < b)
    tie = after(Serviceman.id, serviceman_id)
    if value is None:
        before = or_(column.is_not(None), and_(column.is_(None), tie))
    else:
        before = or_(and_(column.is_not(None), after(column, value)), and_(column == value, tie))
    rows = stmt.where(before).subquery()
    return session.execute(select(func.count()).select_from(rows)).scalar_one()
