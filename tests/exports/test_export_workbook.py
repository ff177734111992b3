"""The workbook infrastructure: layout, print setup, safety, atomic writing, CSV."""
from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet import _writer as openpyxl_writer

from export_helpers import NOW, cell_rows
import kzpk_desktop
from kzpk_desktop.exports.files import ExportCancelled, ExportTargetError
from kzpk_desktop.exports.reports.table import export_table
from kzpk_desktop.exports.workbook import Column, text_lines

COLUMNS = [Column("No.", 6, "int"), Column("Name", 30), Column("IIN", 14, "id"),
           Column("Born", 12, "date"), Column("Share", 10, "percent")]
ROWS = [(1, "Иванов Пётр", "061211600012", dt.date(2006, 12, 11), 0.125),
        (2, "=1+1", "791028302728", dt.date(1979, 10, 28), None),
        (3, "+7 701 111 22 33", None, None, 1),
        (4, "-x", "0", None, None),
        (5, "@x", "#N/A", None, None),
        (6, "\tTAB", "\rCR", None, None)]


def _export(path, rows=ROWS, **kw):
    return export_table(path, COLUMNS, rows, title="Список", lines=["Фильтр: все"], lang="ru",
                        user="clerk1", total=6, now=NOW, **kw)


def test_title_block_header_and_cells(out):
    path = _export(out / "list.xlsx")
    ws = load_workbook(path).active
    assert cell_rows(ws, 1, 9) == [
        [None, None, None, None, "Для служебного пользования"],
        ["Министерство обороны Республики Казахстан"],
        ["Список"],
        ["Фильтр: все"],
        ["Сформировал: clerk1, 01.06.2025 в 09:30"],
        [],
        ["No.", "Name", "IIN", "Born", "Share"],
        [1, "Иванов Пётр", "061211600012", dt.datetime(2006, 12, 11), 0.125],
        [2, "=1+1", "791028302728", dt.datetime(1979, 10, 28)],
    ]
    assert ws["A8"].data_type == "n" and ws["C8"].data_type == "s"
    assert ws["D8"].is_date and ws["D8"].number_format == "DD.MM.YYYY"
    assert ws["E8"].number_format == "0.0%"
    header = ws["B7"]
    assert header.font.b and header.fill.fgColor.rgb.endswith("D9E1F2") and header.border.top.style
    assert header.style == "KZPK header" and ws["B8"].style == "KZPK cell"
    assert ws["E1"].font.b and ws["E1"].alignment.horizontal == "right"
    assert ws["A3"].font.b and ws["A3"].font.sz == 14


def test_print_setup(out):
    ws = load_workbook(_export(out / "list.xlsx")).active
    assert ws.freeze_panes == "A8"
    assert ws.auto_filter.ref == "A7:E13"
    assert ws.print_title_rows == "$7:$7"
    assert ws.print_area == "'Список'!$A$1:$E$13"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.paperSize == 9  # A4
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.oddFooter.center.text == "Страница &P из &N"
    assert ws.HeaderFooter.firstFooter.center.text == "Страница &P из &N"
    assert ws.oddHeader.right.text == "Для служебного пользования"


def test_text_that_looks_like_a_formula_stays_text(out):
    path = _export(out / "list.xlsx")
    ws = load_workbook(path).active
    for coord, text in (("B9", "=1+1"), ("B10", "+7 701 111 22 33"), ("B11", "-x"),
                        ("B12", "@x"), ("C12", "#N/A"), ("B13", "\tTAB"), ("C13", "\rCR")):
        assert ws[coord].value == text and ws[coord].data_type == "s", coord
    assert ws["C11"].value == "0" and ws["C11"].data_type == "s"
    assert ws["B9"].quotePrefix  # stays text when edited in Excel too
    # No formula anywhere in the sheet's XML.
    import zipfile
    with zipfile.ZipFile(path) as z:
        assert b"<f>" not in z.read("xl/worksheets/sheet1.xml")


def test_properties_name_the_app_its_version_and_user_only(out):
    props = load_workbook(_export(out / "list.xlsx")).properties
    assert props.creator == "KZPK Desktop" and props.lastModifiedBy == "clerk1"
    assert props.version == kzpk_desktop.__version__
    assert props.title is None and props.subject is None and props.description is None
    assert props.keywords is None and props.category is None and props.identifier is None


def test_marking_can_be_changed_or_left_out(out):
    ws = load_workbook(_export(out / "a.xlsx", marking="Секретно")).active
    assert ws["E1"].value == "Секретно" and ws.oddHeader.right.text == "Секретно"
    ws = load_workbook(_export(out / "b.xlsx", marking="")).active
    assert ws["E1"].value is None and ws.oddHeader.right.text is None


def test_a_failing_export_leaves_the_old_file_and_no_temp_file(out):
    target = out / "list.xlsx"
    target.write_bytes(b"the previous export")

    def broken_rows():
        yield ROWS[0]
        raise RuntimeError("database went away")

    temps_before = list(openpyxl_writer.ALL_TEMP_FILES)
    with pytest.raises(RuntimeError, match="database went away"):
        _export(target, rows=broken_rows())
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in out.iterdir()) == ["list.xlsx"]
    assert openpyxl_writer.ALL_TEMP_FILES == temps_before


def test_cancelled_export_leaves_no_file(out):
    calls = []

    def progress(done, total, step=None):
        calls.append((done, total, step))
        return done < 500  # cancel at the first report after 500 rows

    rows = [(i, f"Name {i}", f"{i:012d}", None, None) for i in range(1, 2001)]
    with pytest.raises(ExportCancelled) as err:
        export_table(out / "big.xlsx", COLUMNS, rows, title="T", user="u", total=2000,
                     progress=progress)
    assert str(err.value) == "Export cancelled; no file was written."
    # The first 2000 rows are read (to size the columns) with a check every 500.
    assert calls == [(0, 2000, "Reading the list"), *[(0, 2000, None)] * 4,
                     (0, 2000, "Writing rows"), (500, 2000, None)]
    assert list(out.iterdir()) == []


def test_a_cancel_while_the_file_is_saved_leaves_no_file(out):
    """Zipping a big workbook takes seconds: the cancel is heard while it is written."""
    saving = []

    def progress(done, total, step=None):
        if step == "Saving the file" or saving:
            saving.append((done, total, step))
        return len(saving) < 2  # cancel at the first check while the file is written

    rows = [(i, f"Name {i} " * 8, f"{i:012d}", None, f"{i}" * 20) for i in range(1, 20001)]
    with pytest.raises(ExportCancelled):
        export_table(out / "big.xlsx", COLUMNS, rows, title="T", user="u", total=20000,
                     progress=progress)
    assert saving == [(20000, 20000, "Saving the file"), (20000, 20000, None)]
    assert list(out.iterdir()) == []  # neither the file nor its temporary one


def test_progress_reaches_the_total(out):
    calls = []
    rows = [(i, "x", None, None, None) for i in range(1, 1201)]
    export_table(out / "t.xlsx", COLUMNS, rows, title="T", user="u", total=1200,
                 progress=lambda d, t, step=None: calls.append((d, t, step)))
    assert [c for c in calls if c[2]] == [(0, 1200, "Reading the list"),
                                          (0, 1200, "Writing rows"),
                                          (1200, 1200, "Saving the file")]
    assert [c[0] for c in calls if c[2] is None and c[0]] == [500, 1000, 1200]


def test_target_that_is_a_folder_is_refused_with_a_clear_message(out):
    (out / "report.xlsx").mkdir()
    with pytest.raises(ExportTargetError) as err:
        _export(out / "report.xlsx")
    assert str(err.value) == (f"Cannot write {out / 'report.xlsx'}: a folder has that name. "
                              "Choose another file name.")


def test_missing_folder_is_refused(out):
    with pytest.raises(ExportTargetError) as err:
        _export(out / "nowhere" / "r.xlsx")
    assert str(err.value) == f"Cannot write {out / 'nowhere' / 'r.xlsx'}: the folder does not exist."


def test_folder_that_refuses_writes_gets_the_locked_message(out):
    # /sys refuses new files even to root (tests run as root, where chmod does not stop writes).
    target = "/sys/kzpk-export-test.xlsx"
    with pytest.raises(ExportTargetError) as err:
        _export(target)
    assert str(err.value) == (f"Cannot write {target}: the file is open in another program or "
                              "the folder is read-only. Close it and try again.")


def test_csv_has_a_byte_order_mark_and_neutralises_formulas(out):
    path = _export(out / "list.csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.splitlines()[:6] == [
        "No.;Name;IIN;Born;Share",
        "1;Иванов Пётр;061211600012;11.12.2006;0.125",
        "2;'=1+1;791028302728;28.10.1979;",
        "3;'+7 701 111 22 33;;;1",
        "4;'-x;0;;",
        "5;'@x;#N/A;;"]
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[6] == ["6", "'\tTAB", "'\rCR", "", ""] and len(rows) == 7
    assert [p.name for p in out.iterdir()] == ["list.csv"]


def test_wrapped_rows_get_the_height_their_text_needs(out):
    rows = [(1, "короткий", None, None, None),
            (2, "очень длинный текст, который не помещается в одну строку столбца", None,
             None, None)]
    ws = load_workbook(_export(out / "w.xlsx", rows=rows, wrap=True)).active
    assert ws.row_dimensions[8].height is None
    assert ws.row_dimensions[9].height > 15
    assert ws["B9"].alignment.wrap_text
    assert text_lines("короткий", 30, 10) == 1
    assert text_lines("PDT-2025-491807", 9, 8) == 2  # breaks after a hyphen
