"""A generator of hostile and broken workbooks, written byte by byte (no spreadsheet library).

Each case is a file a clerk may be sent (a far cell, a "zip bomb", a date no
calendar holds, a file damaged in transit) that made the reader allocate
gigabytes, abort the process (exit 134), panic or end in a traceback. They
are small on disk (at most a few MB); ``cases(folder)`` writes them all and
returns {name: path}.

The workbook parts are the minimum Excel and python-calamine accept, so the
"clean" base (``write_xlsx``) imports as a list of one serviceman.
"""
from __future__ import annotations

import random
import struct
import zipfile
import zlib
from pathlib import Path

HEADERS = ("Фамилия", "Имя", "ИИН", "Личный номер", "Дата рождения")
ROW = ("Иванов", "Сергей", "791028302728", "A-302728", "28.10.1979")

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.styles+xml"/></Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Список" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/styles" Target="styles.xml"/></Relationships>')
# Style 1 is a date (built-in number format 14): its cells are read as dates.
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<borders count="1"><border/></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '</cellXfs></styleSheet>')
_SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')


def _col(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _list_rows(rows=(HEADERS, ROW)) -> str:
    out = []
    for r, values in enumerate(rows, start=1):
        cells = "".join(_text_cell(f"{_col(c)}{r}", v) for c, v in enumerate(values))
        out.append(f'<row r="{r}">{cells}</row>')
    return "".join(out)


def sheet_xml(rows: str, dimension: str | None = "A1:E2", tail: str = "") -> bytes:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (f"{_SHEET_HEAD}{dim}<sheetData>{rows}</sheetData>{tail}</worksheet>").encode()


def _shared_strings(body: bytes = b"") -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            + body + b"</sst>")


def write_xlsx(path: Path, *, sheet=None, shared=None) -> Path:
    """A workbook of these parts (the clean one-serviceman list by default).

    ``sheet`` and ``shared`` are the parts' bytes or a ``Repeated``.
    """
    return _write_zip(path, {
        "[Content_Types].xml": _CONTENT_TYPES.encode(), "_rels/.rels": _RELS.encode(),
        "xl/workbook.xml": _WORKBOOK.encode(),
        "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS.encode(), "xl/styles.xml": _STYLES.encode(),
        "xl/sharedStrings.xml": shared if shared is not None else _shared_strings(),
        "xl/worksheets/sheet1.xml": sheet if sheet is not None else sheet_xml(_list_rows())})


class Repeated:
    """A member of ``head``, then ``block`` ``count`` times, then ``tail``, deflated.

    The block is compressed once and its deflate output repeated (each copy
    ends on a full flush, so no copy refers back into another): a gigabyte
    member is written in a second, and is never in memory.
    """

    def __init__(self, head: bytes, block: bytes, count: int, tail: bytes) -> None:
        self.head, self.block, self.count, self.tail = head, block, count, tail

    def size(self) -> int:
        return len(self.head) + len(self.block) * self.count + len(self.tail)

    def crc(self) -> int:
        crc = zlib.crc32(self.head)
        for _ in range(self.count):
            crc = zlib.crc32(self.block, crc)
        return zlib.crc32(self.tail, crc)

    def deflated(self):
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        yield c.compress(self.head) + c.flush(zlib.Z_FULL_FLUSH)
        c2 = zlib.compressobj(9, zlib.DEFLATED, -15)
        block = c2.compress(self.block) + c2.flush(zlib.Z_FULL_FLUSH)
        for _ in range(self.count):
            yield block
        yield c.compress(self.tail) + c.flush()


def _write_zip(path: Path, parts: dict) -> Path:
    """A zip of deflated members, written by hand (so a member may be a ``Repeated``)."""
    central = []
    with path.open("wb") as f:
        for name, data in parts.items():
            offset = f.tell()
            if isinstance(data, Repeated):
                size, crc = data.size(), data.crc()
                chunks = data.deflated()
            else:
                size, crc = len(data), zlib.crc32(data)
                c = zlib.compressobj(9, zlib.DEFLATED, -15)
                chunks = iter([c.compress(data) + c.flush()])
            encoded = name.encode()
            f.write(struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0x800, 8, 0, 0x21,
                                crc, 0, size, len(encoded), 0) + encoded)
            start = f.tell()
            for chunk in chunks:
                f.write(chunk)
            compressed = f.tell() - start
            f.seek(offset + 18)
            f.write(struct.pack("<I", compressed))
            f.seek(0, 2)
            central.append(struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0x800, 8,
                                       0, 0x21, crc, compressed, size, len(encoded), 0, 0, 0,
                                       0, 0, offset) + encoded)
        where = f.tell()
        directory = b"".join(central)
        f.write(directory)
        f.write(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(central), len(central),
                            len(directory), where, 0))
    return path


# --- the cases -------------------------------------------------------------------------------

def far_cell(path: Path, ref: str, *, honest_dimension: bool = True) -> Path:
    """The list plus one cell at ``ref`` (XFD1048576 is Excel's last cell)."""
    rows = _list_rows() + f'<row r="{ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}">' \
        f'{_text_cell(ref, "x")}</row>'
    return write_xlsx(path, sheet=sheet_xml(rows, f"A1:{ref}" if honest_dimension else "A1:E2"))


def far_cell_alone(path: Path, ref: str) -> Path:
    """A tiny workbook whose only cell is at ``ref``."""
    row = ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return write_xlsx(path, sheet=sheet_xml(f'<row r="{row}">{_text_cell(ref, "x")}</row>',
                                            f"{ref}:{ref}"))


_SST_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://'
             b'schemas.openxmlformats.org/spreadsheetml/2006/main">')
_MB = 1024 * 1024


def shared_strings_bomb(path: Path, megabytes: int = 1500) -> Path:
    """One shared string of ``megabytes`` MB of letters: about 1.5 MB on disk."""
    rows = _list_rows() + '<row r="3"><c r="A3" t="s"><v>0</v></c></row>'
    return write_xlsx(path, sheet=sheet_xml(rows, "A1:E3"), shared=Repeated(
        _SST_HEAD + b"<si><t>", b"A" * _MB, megabytes, b"</t></si></sst>"))


def shared_strings_count_bomb(path: Path, strings: int = 8_000_000) -> Path:
    """Millions of empty shared strings (each a Python object when read): 40 MB unpacked."""
    block = b"<si/>" * 10_000
    return write_xlsx(path, shared=Repeated(_SST_HEAD, block, strings // 10_000, b"</sst>"))


def sheet_bomb(path: Path, rows: int = 7_000_000) -> Path:
    """Millions of rows of one cell under the list, in the form Excel allows without row
    numbers (each row follows the last): 340 MB unpacked, under 1 MB on disk."""
    block = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>' * 10_000
    return write_xlsx(path, sheet=Repeated(
        _SHEET_HEAD.encode() + b"<sheetData>" + _list_rows().encode(), block,
        rows // 10_000, b"</sheetData></worksheet>"))


def cell_bomb(path: Path, rows: int = 200_000, cells: int = 31) -> Path:
    """Rows within the limit, each of ``cells`` empty cells: more cells than a list has."""
    block = (b"<row>" + b"<c/>" * cells + b"</row>") * 1000
    return write_xlsx(path, sheet=Repeated(
        _SHEET_HEAD.encode() + b"<sheetData>" + _list_rows().encode(), block, rows // 1000,
        b"</sheetData></worksheet>"))


def padding_bomb(path: Path, megabytes: int = 800) -> Path:
    """A sheet of a few cells and gigabytes of spaces in front of them."""
    return write_xlsx(path, sheet=Repeated(
        _SHEET_HEAD.encode() + b'<dimension ref="A1:E2"/><sheetData>', b" " * _MB, megabytes,
        _list_rows().encode() + b"</sheetData></worksheet>"))


def wide_row(path: Path, cells: int = 16384) -> Path:
    """A row with every column filled, all 16,384 of them."""
    wide = "".join(f'<c r="{_col(c)}3"><v>1</v></c>' for c in range(cells))
    return write_xlsx(path, sheet=sheet_xml(_list_rows() + f'<row r="3">{wide}</row>',
                                            f"A1:{_col(cells - 1)}3"))


def extreme_date(path: Path, serial: str) -> Path:
    """A date-formatted cell (style 1) holding ``serial`` days since 1900."""
    data = "".join(_text_cell(f"{_col(c)}2", v) for c, v in enumerate(ROW[:-1]))
    data += f'<c r="E2" s="1"><v>{serial}</v></c>'
    return write_xlsx(path, sheet=sheet_xml(_list_rows([HEADERS]) + f'<row r="2">{data}</row>'))


def mutated(path: Path, seed: int, *, flips: int = 8) -> Path:
    """The clean workbook with ``flips`` random bytes changed (seeded)."""
    write_xlsx(path)
    data = bytearray(path.read_bytes())
    rnd = random.Random(seed)
    for _ in range(flips):
        data[rnd.randrange(len(data))] = rnd.randrange(256)
    path.write_bytes(bytes(data))
    return path


def mutated_deflate(path: Path, seed: int) -> Path:
    """The clean workbook with bytes changed inside the sheet's compressed data only.

    The zip directory stays intact, so the damage is met while decompressing
    (``zlib.error``) or as a CRC mismatch, not when opening the zip.
    """
    write_xlsx(path, sheet=sheet_xml(_list_rows([HEADERS] + [ROW] * 200), "A1:E201"))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    name_len, extra_len = struct.unpack("<HH", data[info.header_offset + 26:
                                                    info.header_offset + 30])
    start = info.header_offset + 30 + name_len + extra_len
    rnd = random.Random(seed)
    for _ in range(3):
        data[start + rnd.randrange(info.compress_size)] = rnd.randrange(256)
    path.write_bytes(bytes(data))
    return path


def truncated(path: Path, fraction: float) -> Path:
    write_xlsx(path)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])
    return path


def _set_central_size(data: bytearray, member: str, declared: int) -> None:
    """Patch the uncompressed size the central directory gives ``member`` (offset 24)."""
    position = data.find(b"PK\x01\x02")
    while position != -1:
        name_len = struct.unpack_from("<H", data, position + 28)[0]
        if data[position + 46: position + 46 + name_len] == member.encode():
            struct.pack_into("<I", data, position + 24, declared)
            return
        position = data.find(b"PK\x01\x02", position + 4)
    raise KeyError(member)


def wrong_declared_size(path: Path, member: str, declared: int) -> Path:
    """The clean workbook whose zip headers say ``member`` unpacks to ``declared`` bytes."""
    write_xlsx(path)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
    struct.pack_into("<I", data, info.header_offset + 22, declared)  # the local header's
    _set_central_size(data, member, declared)
    path.write_bytes(bytes(data))
    return path


def bomb_declared_small(path: Path) -> Path:
    """A sheet that unpacks to 1 GB while the zip directory says 2 KB."""
    padding_bomb(path, 1000)
    data = bytearray(path.read_bytes())
    _set_central_size(data, "xl/worksheets/sheet1.xml", 2048)
    path.write_bytes(bytes(data))
    return path


def deflate_ratio() -> float:
    """How much a run of one letter shrinks (the bombs' size on disk follows from it)."""
    block = b"A" * (1024 * 1024)
    return len(block) / len(zlib.compress(block, 9))


def _cases() -> list[tuple[str, object, tuple]]:
    out = []
    for ref in ("XFD2000", "XFD5000", "XFD20000", "XFD1048576"):
        out.append((f"far-{ref}", far_cell, (ref,)))
        out.append((f"far-{ref}-hidden", lambda p, r=ref: far_cell(p, r, honest_dimension=False),
                    ()))
        out.append((f"alone-{ref}", far_cell_alone, (ref,)))
    out += [("wide-row", wide_row, ()), ("shared-strings-bomb", shared_strings_bomb, ()),
            ("shared-strings-count-bomb", shared_strings_count_bomb, ()),
            ("sheet-bomb", sheet_bomb, ()), ("cell-bomb", cell_bomb, ()),
            ("padding-bomb", padding_bomb, ()), ("bomb-declared-small", bomb_declared_small, ())]
    out += [(f"date-{serial}", extreme_date, (serial,))
            for serial in ("1e12", "-1e12", "2958466", "1e300", "-700000")]
    for seed in range(12):
        out.append((f"mutated-{seed}", mutated, (seed,)))
        out.append((f"mutated-deflate-{seed}", mutated_deflate, (seed,)))
    out += [(f"truncated-{fraction}", truncated, (fraction,))
            for fraction in (0.1, 0.5, 0.9, 0.99)]
    sheet, strings = "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"
    out += [("declared-smaller", wrong_declared_size, (sheet, 10)),
            ("declared-larger", wrong_declared_size, (sheet, 3_000_000_000)),
            ("declared-larger-a-little", wrong_declared_size, (sheet, 50_000)),
            ("declared-smaller-strings", wrong_declared_size, (strings, 1))]
    return out


def case_names() -> list[str]:
    return [name for name, _make, _args in _cases()]


def cases(folder: Path) -> dict[str, Path]:
    """Write every hostile case into ``folder``: {case name: path}."""
    folder.mkdir(parents=True, exist_ok=True)
    return {name: make(folder / f"{name}.xlsx", *args) for name, make, args in _cases()}
