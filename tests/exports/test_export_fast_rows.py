"""The fast row writer (``sheet_xml.XmlRows``) writes the very cells openpyxl writes.

Every report is built twice: with the rows written as XML text (the default)
and through openpyxl's own cell objects and writer (``ReportBook.fast_rows =
False``, ``openpyxl_rows.OpenpyxlRows``). Both files are reloaded with
openpyxl and compared cell by cell (value, type, number format, named style,
font, fill, border, alignment, quote prefix), row by row (heights) and sheet by
sheet (merged cells, freeze panes, autofilter, print settings); the sheets'
XML must also be the same element for element, apart from the numbering of
the style ids. The last tests pin the openpyxl internals the fast writer
relies on, so an openpyxl upgrade that changes them fails here, loudly.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import inspect
import math
import os
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from openpyxl import load_workbook
from openpyxl.worksheet import _writer as openpyxl_writer

from export_helpers import D, NOW, header_row
from kzpk_desktop.exports.cells import HEADER, clean_text
from kzpk_desktop.exports.import_files import ReportRow, write_error_rows
from kzpk_desktop.exports.reports import (
    export_contributions,
    export_expiring,
    export_nominal_roll,
    export_parliament_report,
    export_personnel_card,
    export_table,
)
from kzpk_desktop.exports.sheet_xml import XmlRowSheet, escape_text
from kzpk_desktop.exports.workbook import Column, ReportBook

KINDS = ("int", "text", "id", "date", "number", "percent")
COLUMNS = [Column(f"{kind} column", width, kind)
           for kind, width in zip(KINDS, (6, 14, 12, 11, 9, 8))]

LONG = "Длинный текст & <b>разметка</b> " * 1200 + "\x01" + "хвост" * 2000  # > 32,767
TRICKY = [
    "=1+1", "=SUM(A1:A2)", "+7 701", "@x", "-x", "<&>\"'", "]]>", "\t", "\tTAB", "\rCR",
    "a\r\nb", "line 1\nline 2", " lead", "trail ", " ", "", "\n", "x\x00y\x01z\x08\x0b\x0c\x1f",
    "\x0e", "\ufffe\uffff ok", "bad \ud800 surrogate", "\x7f\x85\u2028\u00a0nbsp",
    "#N/A", "#DIV/0!", "TRUE", "1e5", "0012", "'quoted'",
    "Қазақстан Республикасы: ӘҒҚҢӨҰҮҺІ ёЁ", "emoji 😀 🇰🇿 👩‍⚕️", LONG, "x" * 32767 + "y",
    "очень длинный текст, который не помещается в одну строку столбца и переносится",
]
OTHER = [
    None, 0, -5, 7, 10**15, 10**17, 2**53 + 1, True, False, 0.1, 1 / 3, -0.0, 1e-300, 1e300,
    float("nan"), float("inf"), -float("inf"), 0.125, Decimal("1.50"),
    dt.date(1900, 1, 1), dt.date(1900, 2, 28), dt.date(1900, 3, 1), dt.date(2025, 6, 1),
    dt.datetime(2025, 6, 1, 13, 45, 30), dt.datetime(2024, 2, 29), dt.time(12, 30),
    dt.timedelta(days=2),
]


def both(tmp_path: Path, build) -> tuple[Path, Path]:
    """``build(path)`` with fast rows, then with openpyxl's own cells; the two files."""
    fast = build(tmp_path / "fast.xlsx")
    ReportBook.fast_rows = False
    try:
        reference = build(tmp_path / "reference.xlsx")
    finally:
        ReportBook.fast_rows = True
    return Path(fast), Path(reference)


def _style(c) -> tuple:
    f, fill, a, b = c.font, c.fill, c.alignment, c.border
    return (c.style, c.number_format, c.quotePrefix, f.name, f.sz, f.b, f.i,
            fill.fill_type, fill.fgColor.rgb, a.horizontal, a.vertical, a.wrap_text,
            tuple(getattr(getattr(b, side), "style", None) for side in ("left", "right", "top",
                                                                         "bottom")),
            c.protection.locked)


def _value(v):
    return "NaN" if isinstance(v, float) and math.isnan(v) else v


def _sheet_xml(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/sheet")}


def _same_tree(a, b, where: str) -> None:
    assert a.tag == b.tag, where
    attrs_a, attrs_b = dict(a.attrib), dict(b.attrib)
    if a.tag.endswith("}c"):  # style ids are numbered in the order they are first used
        assert ("s" in attrs_a) == ("s" in attrs_b), (where, attrs_a)
        attrs_a.pop("s", None)
        attrs_b.pop("s", None)
    assert attrs_a == attrs_b, where
    assert (a.text, a.tail) == (b.text, b.tail), (where, attrs_a)
    assert len(a) == len(b), (where, attrs_a)
    for ca, cb in zip(a, b):
        _same_tree(ca, cb, f"{where}/{ca.tag.split('}')[-1]}{dict(ca.attrib).get('r', '')}")


def assert_same_workbooks(fast: Path, reference: Path) -> int:
    """Every cell, row and sheet setting equal once reloaded; returns the cells compared."""
    xml_fast, xml_ref = _sheet_xml(fast), _sheet_xml(reference)
    assert xml_fast.keys() == xml_ref.keys()
    for name in xml_fast:
        _same_tree(etree.fromstring(xml_fast[name]), etree.fromstring(xml_ref[name]), name)
    a, b = load_workbook(fast), load_workbook(reference)
    assert a.sheetnames == b.sheetnames
    assert a.properties.creator == b.properties.creator
    cells = 0
    for wa, wb in zip(a.worksheets, b.worksheets):
        assert (wa.max_row, wa.max_column) == (wb.max_row, wb.max_column), wa.title
        for row_a, row_b in zip(wa.iter_rows(), wb.iter_rows()):
            for ca, cb in zip(row_a, row_b):
                assert (_value(ca.value), ca.data_type) == (_value(cb.value), cb.data_type), \
                    ca.coordinate
                assert _style(ca) == _style(cb), ca.coordinate
                cells += 1
        for r in range(1, wa.max_row + 1):
            assert wa.row_dimensions[r].height == wb.row_dimensions[r].height, (wa.title, r)
        assert sorted(map(str, wa.merged_cells.ranges)) == sorted(map(str, wb.merged_cells.ranges))
        assert (wa.freeze_panes, wa.auto_filter.ref, wa.print_area, wa.print_title_rows) == \
            (wb.freeze_panes, wb.auto_filter.ref, wb.print_area, wb.print_title_rows)
        pa, pb = wa.page_setup, wb.page_setup
        assert (pa.orientation, pa.paperSize, pa.fitToWidth, pa.fitToHeight) == \
            (pb.orientation, pb.paperSize, pb.fitToWidth, pb.fitToHeight)
        assert wa.oddFooter.center.text == wb.oddFooter.center.text
        assert wa.oddHeader.right.text == wb.oddHeader.right.text
        assert {k: d.width for k, d in wa.column_dimensions.items()} == \
            {k: d.width for k, d in wb.column_dimensions.items()}
    return cells


# -- tricky values in every kind of column ------------------------------------------------

def _grid() -> list[tuple]:
    """Each tricky value in every column at once (a date in a number column, ...)."""
    rows = [tuple([v] * len(KINDS)) for v in TRICKY + OTHER]
    rows.append((1, "short row"))  # fewer values than columns
    rows.append((2, "long row", "0", D, 3, 0.5, "extra =1", None, 4, D))  # more than columns
    rows.append((3, "=1+1", "+7", D, -1, -0.25))  # formula-looking text among plain values
    return rows


# Huge numbers in the date column are no dates: openpyxl says so when it reads them back.
@pytest.mark.filterwarnings("ignore:Cell .* is marked as a date")
@pytest.mark.parametrize("wrap", [True, False], ids=["wrapped", "one-line"])
def test_tricky_values_give_the_same_cells(tmp_path, wrap):
    def build(path):
        return export_table(path, COLUMNS, _grid(), title="Проверка <&>", lines=["=filter"],
                            lang="ru", user="clerk1", now=NOW, wrap=wrap)

    fast, reference = both(tmp_path, build)
    assert assert_same_workbooks(fast, reference) > len(_grid()) * len(KINDS)
    # The fast file was really written by the fast writer: its rows are UTF-8, where
    # openpyxl's lxml writer gives character references.
    assert "Қазақстан".encode() in _sheet_xml(fast)["xl/worksheets/sheet1.xml"]
    assert "Қазақстан".encode() not in _sheet_xml(reference)["xl/worksheets/sheet1.xml"]


@pytest.mark.filterwarnings("ignore:Cell .* is marked as a date")
def test_tricky_texts_read_back_as_written(tmp_path):
    path = export_table(tmp_path / "t.xlsx", COLUMNS, _grid(), title="T", user="u", now=NOW)
    ws = load_workbook(path).active
    first = header_row(ws) + 1
    for i, text in enumerate(TRICKY):
        for col in (2, 3):  # text and id columns
            cell = ws.cell(first + i, col)
            expected = clean_text(text) or None  # an empty text reads back as no value
            assert cell.value == expected, (i, col)
            assert expected is None or cell.data_type == "s", (i, col)
            assert cell.quotePrefix == text.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert len(ws.cell(first + TRICKY.index(LONG), 2).value) == 32767
    zero = first + len(TRICKY) + OTHER.index(0)
    assert [ws.cell(zero, c).value for c in (1, 2, 3, 5, 6)] == [0, "0", "0", 0, 0]
    born = ws.cell(first + len(TRICKY) + OTHER.index(dt.date(2025, 6, 1)), 4)
    assert born.value == dt.datetime(2025, 6, 1) and born.number_format == "DD.MM.YYYY"
    with zipfile.ZipFile(path) as z:
        assert b"<f>" not in z.read("xl/worksheets/sheet1.xml")


def test_escaping_matches_lxml():
    text = "a&b<c>d\"e'f]]>g\r\nh\ti\x85\u2028😀"
    el = etree.Element("t")
    el.text = text
    assert etree.tostring(el, encoding="utf-8") == f"<t>{escape_text(text)}</t>".encode()


def test_every_layout_call_gives_the_same_cells(tmp_path):
    """Sections, several tables with their own kinds, merged spans, totals, notes."""
    def build(path):
        with ReportBook(lang="en", user="u", marking="=marking", now=NOW) as book:
            sheet = book.sheet("Card [1]", "Title", ["line <1>", "-line 2"],
                               [Column(h, 12, k) for h, k in zip("ABCDEFGH", (
                                   "text", "int", "date", "id", "text", "number", "percent",
                                   "text"))], landscape=False, table=False)
            sheet.section("Section = one")
            sheet.styled_row([("Name", HEADER, "text"), ("=1+1", None, "text"),
                              (None, None, "text"), (None, None, "text"),
                              ("Born", HEADER, "text"), (D, None, "date"), (None, None, "text"),
                              (None, None, "text")], spans=((2, 4), (6, 8)))
            sheet.blank()
            sheet.header(["Kind", "Number", "Issued", "Expires"])
            sheet.row(("Passport", "N012", D, None), ["text", "id", "date", "date"])
            sheet.row(("+x", 5, "2025", D), ["text", "int", "text", "date"])
            sheet.note("none on file")
            sheet.row((LONG[:500], 1, D, "007", "x", 2.5, 0.3, "@y"))
            sheet.total_row(("Total", 3, None, "x", None, 7.5, 0.5, True))
            sheet.finish()
            other = book.sheet("Second", "Second", [], [Column("N", 8, "int")], wrap=False)
            other.rows(((i,) for i in range(3)))
            other.finish()
            return book.save(path)

    fast, reference = both(tmp_path, build)
    assert assert_same_workbooks(fast, reference) > 50
    ws = load_workbook(fast).worksheets[0]
    assert {str(r) for r in ws.merged_cells.ranges} == {"B9:D9", "F9:H9"}


# Any text at all (control characters, lone surrogates, white space at either end, XML
# specials), numbers and dates, in any kind of column.
_ANY_VALUE = st.one_of(
    st.none(), st.text(st.characters(exclude_categories=()), max_size=40),
    st.sampled_from(["=", "+1", "-", "@", "\t", "\r", " ", "&", "<", "]]>"]).flatmap(
        lambda start: st.text(max_size=10).map(lambda rest: start + rest)),
    st.integers(-10**18, 10**18), st.floats(), st.booleans(),
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
    st.datetimes(dt.datetime(1900, 3, 1), dt.datetime(2100, 1, 1)))


@pytest.mark.filterwarnings("ignore:Cell .* is marked as a date")
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(rows=st.lists(st.lists(_ANY_VALUE, min_size=len(KINDS), max_size=len(KINDS)),
                     min_size=1, max_size=8),
       wrap=st.booleans())
def test_any_values_give_the_same_cells(tmp_path_factory, rows, wrap):
    folder = tmp_path_factory.mktemp("any")

    def build(path):
        return export_table(path, COLUMNS, rows, title="T", user="u", now=NOW, wrap=wrap)

    fast, reference = both(folder, build)
    assert_same_workbooks(fast, reference)


# -- the reports on the known data ----------------------------------------------------------

def test_reports_give_the_same_cells(sessions, paperwork, tmp_path):
    builds = {
        "roll": lambda s, p: export_nominal_roll(
            s, p, rotation_id=paperwork.rotations["UNDOF-2"], user="clerk1", now=NOW),
        "roll-mission": lambda s, p: export_nominal_roll(
            s, p, mission="UNDOF", as_of=D, user="clerk1", now=NOW),
        "parliament": lambda s, p: export_parliament_report(s, p, as_of=D, user="clerk1",
                                                            now=NOW),
        "parliament-en": lambda s, p: export_parliament_report(s, p, as_of=D, lang="en",
                                                               user="clerk1", now=NOW),
        "contributions": lambda s, p: export_contributions(s, p, as_of=D, user="c", now=NOW),
        "card": lambda s, p: export_personnel_card(s, p, iin=paperwork.people["alieva"].iin,
                                                   user="clerk1", today=D, now=NOW),
        "expiring": lambda s, p: export_expiring(s, p, within_days=400, today=D, user="c",
                                                 now=NOW),
    }
    for name, export in builds.items():
        folder = tmp_path / name
        folder.mkdir()

        def build(path, export=export):
            with sessions() as s:
                return export(s, path)

        fast, reference = both(folder, build)
        assert assert_same_workbooks(fast, reference) > 20, name


def test_import_error_report_gives_the_same_cells(tmp_path):
    def build(path):
        write_error_rows(
            path, lang="ru", user="u", title="Ошибки", lines=["файл.xlsx"],
            headers=["ИИН", "Дата", "Имя"], kinds=["id", "date", "text"],
            rows=[ReportRow(row=3, cells=("0612", D, "=x"), marked=[0], reasons="bad\nIIN"),
                  ReportRow(row=4, cells=(61211, "01.02.2003", None), marked=[1, 2],
                            reasons="date")],
            row_label="Строка", reason_label="Причина")
        return path

    fast, reference = both(tmp_path, build)
    assert assert_same_workbooks(fast, reference) > 10


# -- the fast writer's own housekeeping -------------------------------------------------------

def test_fast_rows_are_the_default(tmp_path):
    with ReportBook(lang="en", user="u") as book:
        sheet = book.sheet("S", "S", [], [Column("A")])
        assert isinstance(sheet.ws, XmlRowSheet)
        book.save(tmp_path / "s.xlsx")


def test_an_abandoned_export_closes_and_removes_its_temporary_files(tmp_path):
    temps_before = list(openpyxl_writer.ALL_TEMP_FILES)
    with ReportBook(lang="en", user="u") as book:
        sheet = book.sheet("S", "S", [], [Column("A")])
        sheet.rows([("x",)] * 10)
        temp = sheet.ws._writer.out
        assert os.path.exists(temp)
    assert not os.path.exists(temp)
    assert openpyxl_writer.ALL_TEMP_FILES == temps_before
    if os.path.isdir("/proc/self/fd"):  # and no file handle is left open on it
        open_files = {os.path.realpath(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")}
        assert not any(p.startswith(os.path.realpath(temp)) for p in open_files)


# -- openpyxl internals the fast writer relies on (see sheet_xml.py) -----------------------

def test_openpyxl_is_the_release_the_fast_writer_mirrors():
    # pyproject pins openpyxl>=3.1,<3.2 for this; lxml must be in use (XmlRows writes
    # through lxml's incremental writer).
    assert openpyxl.__version__.startswith("3.1."), openpyxl.__version__
    assert openpyxl.LXML


#: sha256 (first 16 hex digits) of the source of what sheet_xml.py mirrors or overrides.
#: A change means openpyxl changed it: compare with sheet_xml.py (and cells.put), adapt,
#: then update the digest.
PINNED = {
    "openpyxl.worksheet._write_only.WriteOnlyWorksheet._write_rows": "bab6d5c3d13c3acd",
    "openpyxl.worksheet._write_only.WriteOnlyWorksheet.close": "7ac8f20cfc048cc6",
    "openpyxl.worksheet._write_only.WriteOnlyWorksheet._get_writer": "e99b23d2819d3339",
    "openpyxl.worksheet._writer.WorksheetWriter.__init__": "eb13e00d42ef9993",
    "openpyxl.worksheet._writer.WorksheetWriter.get_stream": "4b1c8d4aa72eb7a2",
    "openpyxl.worksheet._writer.WorksheetWriter.write_row": "1d9ae0194864e690",
    "openpyxl.cell._writer._set_attributes": "1accea001da0ca29",
    "openpyxl.cell._writer.lxml_write_cell": "5a9870ed0b807b74",
    "openpyxl.cell.cell.Cell._bind_value": "f6e44c69a209a48f",
    "openpyxl.cell.cell.Cell.check_string": "1a488da508a66bfa",
    "openpyxl.styles.styleable.StyleableObject.style_id": "b55df2adfdf835b3",
    "openpyxl.worksheet.dimensions.Dimension.__iter__": "2a6f2d7dbfe23514",
    "openpyxl.compat.strings.safe_string": "13813ebf87cdf21b",
    "openpyxl.utils.datetime.to_excel": "93155eeeb73072a2",
}


def _resolve(dotted: str):
    import importlib

    parts = dotted.split(".")
    for i in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:i]))
        except ImportError:
            continue
        for name in parts[i:]:
            obj = getattr(obj, name)
        return obj.fget if isinstance(obj, property) else obj
    raise ImportError(dotted)


@pytest.mark.parametrize("name", sorted(PINNED))
def test_openpyxl_internals_are_unchanged(name):
    source = inspect.getsource(_resolve(name))
    digest = hashlib.sha256(source.encode()).hexdigest()[:16]
    assert digest == PINNED[name], (
        f"openpyxl changed {name}; kzpk_desktop/exports/sheet_xml.py mirrors it. Review the "
        f"fast row writer against it, then update the digest to {digest}.")


def test_the_writer_stream_override_differs_from_openpyxl_only_in_its_output():
    from kzpk_desktop.exports.sheet_xml import _FileStreamWriter

    def lines(func):  # the body, without comments
        body = (line.split("#")[0].strip() for line in inspect.getsource(func).splitlines()[1:])
        return [line for line in body if line]

    ours = lines(_FileStreamWriter.get_stream)
    theirs = lines(openpyxl_writer.WorksheetWriter.get_stream)
    assert ours[0].startswith("with open(self.out") and theirs[0] == "with xmlfile(self.out) as xf:"
    assert ours[1] == "self.raw = raw"
    assert ours[2:] == theirs[1:]
    illegal = openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE.pattern  # cells.clean_text extends it
    assert illegal == r"[\000-\010]|[\013-\014]|[\016-\037]"
