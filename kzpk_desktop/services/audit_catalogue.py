"""The services' templates in Kazakh or Russian without Qt: for the audit export written from
a shell (``kzpk audit --lang ru``), in the same words the Audit area shows.

The GUI translates ``N_()`` templates with Qt's translator; the CLI has no Qt,
so this reads the same compiled catalogue (``kzpk_<lang>.qm``, which the
installed application carries) for the "services" context. The format is
Qt's: a magic number, then tagged blocks; the messages block holds, per
message, its translation (UTF-16), source text, context and comment, each
tagged, ending with an end tag.
"""
from __future__ import annotations

import struct
from functools import lru_cache
from pathlib import Path

from ..messages import Message
from ..paths import translations_dir

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
CONTEXT = "services"


def read_qm(path: Path, context: str = CONTEXT) -> dict[str, str]:
    """source -> translation of one context of a .qm file (empty when it cannot be read)."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    if not data.startswith(_MAGIC):
        return {}
    pos, out = len(_MAGIC), {}
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        pos += 5
        if tag == _MESSAGES:
            out.update(_messages(data[pos:pos + length], context.encode("utf-8")))
        pos += length
    return out


def _messages(block: bytes, context: bytes) -> dict[str, str]:
    out: dict[str, str] = {}
    pos = 0
    translation = source = ctx = None
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _END:
            if ctx == context and source is not None and translation:
                out.setdefault(source.decode("utf-8", "replace"), translation)
            translation = source = ctx = None
        elif tag == _OBSOLETE1:
            pos += 4
        elif tag in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
            length = struct.unpack_from(">I", block, pos)[0]
            pos += 4
            if length == 0xFFFFFFFF:
                continue
            value = block[pos:pos + length]
            pos += length
            if tag == _TRANSLATION:
                # Plural forms come one after another; the first is the singular's.
                if translation is None:
                    translation = value.decode("utf-16-be", "replace")
            elif tag == _SOURCE:
                source = value
            elif tag == _CONTEXT:
                ctx = value
        else:
            break  # a tag this reader does not know: stop rather than misread
    return out


@lru_cache(maxsize=4)
def catalogue(lang: str) -> dict[str, str]:
    """The services' templates in ``lang`` (English, or a missing file: none)."""
    if lang == "en":
        return {}
    return read_qm(translations_dir() / f"kzpk_{lang}.qm")


def translated(text: str | Message, lang: str) -> str:
    """A template (and its string arguments, as the GUI's ``service_text``) in ``lang``."""
    words = catalogue(lang)
    if not isinstance(text, Message):
        return words.get(text, text) if isinstance(text, str) else str(text)
    values = {k: translated(v, lang) if isinstance(v, str) else v for k, v in text.args.items()}
    try:
        return words.get(text.template, text.template).format(**values)
    except (KeyError, IndexError, ValueError):
        return str(text)
