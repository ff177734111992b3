"""The package file: a signed ZIP, encrypted to its recipient in sealed chunks.

Layout (format 2): ``KZPKX2`` line, one line of plain JSON (from, to, sequence:
enough to say "not for this office" before decrypting), then the ZIP in chunks
of at most ``CHUNK`` bytes, each a 4-byte length and an HPKE sealed box
(X25519, HKDF-SHA256, AES-256-GCM from ``cryptography``) whose ``info`` binds
the plain header, the chunk's number and whether it is the last one: altering
the header, reordering, dropping or cutting chunks breaks decryption. Chunks
let the package be written and read without the whole file twice in memory.

The ZIP holds:

- ``manifest.json``: from, to, sequence, hash of the previous package, schema
  revision, records per entity, and the SHA-256 of every other member;
- ``signature``: Ed25519 over the manifest (so sender, recipient and sequence
  are bound into what is signed; encryption alone does not say who sent it);
- ``acks.json``, ``aliases.json``;
- ``changes.jsonl.xz``: one JSON value a line, xz-compressed: an entity's name
  (a string) starts its records, then one record (an object) a line;
- ``audit.jsonl.xz``: one audit event a line;
- ``scans/<sha256>``.

Reading checks, in order: the address, decryption, the signature, every
member's hash, then parses with bounded sizes and known member names only.
Format 1 files (``KZPKX1``, one sealed box) are refused with a plain sentence.
"""
from __future__ import annotations

import hashlib
import io
import json
import lzma
import queue
import re
import struct
import threading
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from ..errors import N_
from .office import ExchangeError

MAGIC = b"KZPKX2\n"
FORMAT = 2
_MAGIC_PREFIX = b"KZPKX"
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
_SIGNED_PREFIX = b"kzpk-package-v2\n"
CHUNK = 4 * 1024 * 1024
MAX_PACKAGE_BYTES = 1024 * 1024 * 1024
MAX_JSON_BYTES = 1024 * 1024 * 1024
MAX_LINE_BYTES = 64 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
MAX_SCAN_BYTES = 25 * 1024 * 1024
MAX_MEMBERS = 200_000
CHANGES, AUDIT = "changes.jsonl.xz", "audit.jsonl.xz"
_JSON_MEMBERS = ("acks.json", "aliases.json")
_LINE_MEMBERS = (CHANGES, AUDIT)
_SCAN_NAME = re.compile(r"^scans/[0-9a-f]{64}$")
#: xz at its fastest preset: a third smaller than deflate at about its speed.
_XZ = {"format": lzma.FORMAT_XZ, "check": lzma.CHECK_NONE, "preset": 1}
#: For a member of fewer than 2,000 lines: setting up the large dictionary costs more.
_XZ_SMALL = {"format": lzma.FORMAT_XZ, "check": lzma.CHECK_NONE,
             "filters": [{"id": lzma.FILTER_LZMA2, "preset": 1, "dict_size": 256 * 1024}]}

DAMAGED_MSG = N_("The package is damaged or was altered after it was made (it does not "
                 "decrypt); ask office {office} for a new one.")
FORGED_MSG = N_("The package's signature does not match office {office}'s card: it was "
                "altered or not made by that office. Nothing was imported.")
NOT_PACKAGE_MSG = N_("The file is not a KZPK exchange package.")
OTHER_FORMAT_MSG = N_("The package was made by another version of KZPK Desktop (package format "
                      "{format}, this version reads format {ours}); make the package again with "
                      "the same version on both sides. Nothing was imported.")


def _dumps(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _info(head: bytes, index: int, last: bool) -> bytes:
    return head + struct.pack(">Q?", index, last)


# --- writing ---------------------------------------------------------------------------------

class _Sealer:
    """A write-only stream that seals what it is given in chunks into ``out``."""

    def __init__(self, out: IO[bytes], head: bytes, recipient: X25519PublicKey) -> None:
        self.out, self.head, self.recipient = out, head, recipient
        self.buffer = bytearray()
        self.index = 0

    def write(self, data) -> int:
        self.buffer += data
        while len(self.buffer) > CHUNK:
            self._seal(bytes(self.buffer[:CHUNK]), last=False)
            del self.buffer[:CHUNK]
        return len(data)

    def flush(self) -> None:
        pass

    def close_last(self) -> None:
        self._seal(bytes(self.buffer), last=True)
        self.buffer = bytearray()

    def _seal(self, chunk: bytes, *, last: bool) -> None:
        sealed = _SUITE.encrypt(chunk, self.recipient, info=_info(self.head, self.index, last))
        self.out.write(struct.pack(">I", len(sealed)))
        self.out.write(sealed)
        self.index += 1


class _LinesMember:
    """One xz-compressed JSON-lines member being written; its hash is of the stored bytes.

    The compression (which releases the GIL) and the writing run on a thread of their own,
    beside the caller making the next lines."""

    def __init__(self, zf: zipfile.ZipFile, name: str) -> None:
        self.stream = zf.open(_info_of(name), "w")
        self.xz: lzma.LZMACompressor | None = None  # made when the size is known
        self.sha = hashlib.sha256()
        self.pending: list[bytes] = []
        self.queue: queue.Queue = queue.Queue(maxsize=4)
        self.failed: BaseException | None = None
        self.thread: threading.Thread | None = None  # started once there is much to do

    def write(self, value: Any) -> None:
        self.pending.append(_dumps(value))
        if len(self.pending) >= 2000:
            self._drain()

    def _drain(self) -> None:
        if self.failed is not None:
            raise self.failed
        if self.pending:
            if self.thread is None:
                self.xz = lzma.LZMACompressor(**_XZ)
                self.thread = threading.Thread(target=self._work, name="kzpk-package-xz",
                                               daemon=True)
                self.thread.start()
            self.queue.put(b"\n".join(self.pending) + b"\n")
            self.pending = []

    def _work(self) -> None:
        while True:
            block = self.queue.get()
            if block is None:
                return
            if self.failed is not None:
                continue
            try:
                self._out(self.xz.compress(block))
            except BaseException as exc:  # handed to the writing thread
                self.failed = exc

    def _out(self, data: bytes) -> None:
        if data:
            self.sha.update(data)
            self.stream.write(data)

    def close(self) -> str:
        if self.thread is None:  # small: compressed here, with a small dictionary
            self.xz = lzma.LZMACompressor(**_XZ_SMALL)
            self._out(self.xz.compress(b"".join(line + b"\n" for line in self.pending)))
            self.pending = []
        else:
            self._drain()
            self.queue.put(None)
            self.thread.join()
            if self.failed is not None:
                raise self.failed
        self._out(self.xz.flush())
        self.stream.close()
        return self.sha.hexdigest()


class PackageWriter:
    """Streams a package into ``out``: members first, the signed manifest last."""

    def __init__(self, out: IO[bytes], *, address: dict, sign_private: str,
                 box_public: str) -> None:
        self.address = {"from": address["from"], "to": address["to"], "seq": address["seq"]}
        outer = _dumps(self.address)
        head = MAGIC + outer
        out.write(head + b"\n")
        self.sealer = _Sealer(out, head, X25519PublicKey.from_public_bytes(
            bytes.fromhex(box_public)))
        self.zip = zipfile.ZipFile(self.sealer, "w", zipfile.ZIP_STORED)
        self.sign_private = sign_private
        self.members: dict[str, str] = {}
        self.open: _LinesMember | None = None

    def json_member(self, name: str, value: Any) -> None:
        data = _dumps(value)
        self.members[name] = hashlib.sha256(data).hexdigest()
        self.zip.writestr(_info_of(name), data, zipfile.ZIP_STORED)

    def scan(self, sha: str, data: bytes) -> None:
        # Scans are PDF/JPEG/PNG: already compressed.
        self.members[f"scans/{sha}"] = hashlib.sha256(data).hexdigest()
        self.zip.writestr(_info_of(f"scans/{sha}"), data, zipfile.ZIP_STORED)

    def lines(self, name: str) -> _LinesMember:
        """A JSON-lines member; write to it, then :meth:`end_lines` before the next member."""
        self.open = _LinesMember(self.zip, name)
        self._open_name = name
        return self.open

    def abort(self) -> None:
        """Stop a member's compressing thread after a failure (the file is thrown away)."""
        if self.open is not None and self.open.thread is not None:
            self.open.queue.put(None)
            self.open.thread.join()
        self.open = None

    def end_lines(self) -> None:
        self.members[self._open_name] = self.open.close()
        self.open = None

    def finish(self, header: dict) -> str:
        """Sign and write the manifest, close the file; the package's hash."""
        manifest = dict(header, **self.address, format=FORMAT, members=self.members)
        manifest_bytes = _dumps(manifest)
        signer = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(self.sign_private))
        signature = signer.sign(_SIGNED_PREFIX + manifest_bytes)
        self.zip.writestr(_info_of("manifest.json"), manifest_bytes, zipfile.ZIP_STORED)
        self.zip.writestr(_info_of("signature"), signature, zipfile.ZIP_STORED)
        self.zip.close()
        self.sealer.close_last()
        return hashlib.sha256(manifest_bytes).hexdigest()


def _info_of(name: str) -> zipfile.ZipInfo:
    return zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))


def write_changes(member: _LinesMember, rows: dict[str, Iterable[dict]]) -> dict[str, int]:
    """Records by entity into a changes member; how many of each."""
    counts = {}
    for entity, records in rows.items():
        member.write(entity)
        n = 0
        for rec in records:
            member.write(rec)
            n += 1
        counts[entity] = n
    return counts


def build(*, header: dict, changes: dict, acks: dict, audit: list, scans: dict[str, bytes],
          sign_private: str, box_public: str) -> tuple[bytes, str]:
    """The encrypted package file (in memory) and its hash: for small packages and tests."""
    out = io.BytesIO()
    w = PackageWriter(out, address=header, sign_private=sign_private, box_public=box_public)
    w.json_member("acks.json", acks)
    w.json_member("aliases.json", changes.get("aliases") or [])
    counts = write_changes(w.lines(CHANGES), changes.get("rows") or {})
    w.end_lines()
    member = w.lines(AUDIT)
    for ev in audit:
        member.write(ev)
    w.end_lines()
    for sha, data in scans.items():
        w.scan(sha, data)
    digest = w.finish(dict(header, counts=counts))
    return out.getvalue(), digest


# --- reading ---------------------------------------------------------------------------------

@dataclass
class Package:
    manifest: dict
    zip: zipfile.ZipFile | None = None
    acks: dict = field(default_factory=dict)
    aliases: list = field(default_factory=list)
    scans: dict[str, bytes] = field(default_factory=dict)

    @property
    def sender(self) -> str:
        return self.manifest["from"]

    @property
    def recipient(self) -> str:
        return self.manifest["to"]

    @property
    def seq(self) -> int:
        return self.manifest["seq"]

    @property
    def hash(self) -> str:
        return self.manifest["hash"]

    @property
    def counts(self) -> dict[str, int]:
        counts = self.manifest.get("counts")
        return counts if isinstance(counts, dict) else {}

    def records(self) -> Iterator[tuple[str, Any]]:
        """(entity, raw record) in the order written; unknown entities' records are skipped
        by the caller (they are listed as unreadable)."""
        entity = None
        for value in self._lines(CHANGES):
            if isinstance(value, str):
                entity = value
            elif entity is not None:
                yield entity, value

    def audit_events(self) -> Iterator[Any]:
        yield from self._lines(AUDIT)

    def _lines(self, name: str) -> Iterator[Any]:
        if self.zip is None or name not in self.manifest.get("members", {}):
            return
        outer = self.manifest
        xz = lzma.LZMADecompressor(format=lzma.FORMAT_XZ)
        total, rest = 0, b""
        try:
            with self.zip.open(name) as f:
                while True:
                    if xz.needs_input:
                        block = f.read(1024 * 1024)
                        if not block:
                            if not xz.eof:
                                raise lzma.LZMAError("cut short")
                            break
                    else:
                        block = b""
                    data = xz.decompress(block, max_length=4 * 1024 * 1024)
                    total += len(data)
                    if total > MAX_JSON_BYTES:
                        raise ExchangeError(FORGED_MSG, office=outer["from"])
                    lines = (rest + data).split(b"\n")
                    rest = lines.pop()
                    if len(rest) > MAX_LINE_BYTES:
                        raise ExchangeError(FORGED_MSG, office=outer["from"])
                    yield from _parsed(lines)
                    if xz.eof:
                        break
        except (lzma.LZMAError, zipfile.BadZipFile, OSError, EOFError, ValueError):
            raise ExchangeError(DAMAGED_MSG, office=outer["from"]) from None
        if rest.strip():
            yield json.loads(rest)


def _parsed(lines: list[bytes]) -> list[Any]:
    """The JSON values of ``lines`` (empty ones skipped), parsed as one array: one call
    instead of one per line. A line that is not exactly one value is read on its own, so it
    fails as it would alone."""
    lines = [line for line in lines if line]
    if not lines:
        return []
    try:
        values = json.loads(b"[" + b",".join(lines) + b"]")
    except ValueError:
        values = None
    if values is None or len(values) != len(lines):
        return [json.loads(line) for line in lines]
    return values


def address(data: bytes) -> dict:
    """The plain header (from, to, seq) of a package file, or ExchangeError."""
    if data.startswith(_MAGIC_PREFIX) and not data.startswith(MAGIC):
        found = data[len(_MAGIC_PREFIX):data.find(b"\n", 0, 16)].decode("ascii", "replace")
        raise ExchangeError(OTHER_FORMAT_MSG, format=found or "?", ours=FORMAT)
    if not data.startswith(MAGIC) or len(data) > MAX_PACKAGE_BYTES:
        raise ExchangeError(NOT_PACKAGE_MSG)
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + 1024)
    try:
        if end < 0:
            raise ValueError
        outer = json.loads(data[len(MAGIC):end].decode("utf-8"))
        if not (isinstance(outer.get("from"), str) and isinstance(outer.get("to"), str)
                and isinstance(outer.get("seq"), int)):
            raise ValueError
    except (ValueError, UnicodeDecodeError, AttributeError):
        raise ExchangeError(NOT_PACKAGE_MSG) from None
    return outer


def _unseal(data: bytes, start: int, head: bytes, key: X25519PrivateKey, outer: dict) -> bytes:
    plain = io.BytesIO()
    pos, index = start, 0
    while True:
        if pos + 4 > len(data):
            raise ExchangeError(DAMAGED_MSG, office=outer["from"])
        (size,) = struct.unpack(">I", data[pos:pos + 4])
        sealed = data[pos + 4:pos + 4 + size]
        pos += 4 + size
        if len(sealed) != size:
            raise ExchangeError(DAMAGED_MSG, office=outer["from"])
        last = pos == len(data)
        try:
            plain.write(_SUITE.decrypt(sealed, key, info=_info(head, index, last)))
        except (InvalidTag, ValueError):
            raise ExchangeError(DAMAGED_MSG, office=outer["from"]) from None
        index += 1
        if last:
            return plain.getvalue()


def open_package(data: bytes, *, box_private: str, sender_sign_public: str) -> Package:
    """Decrypt and verify a package already addressed to us by a trusted sender; its
    acknowledgements, aliases and scans are read, its records and audit events stream."""
    outer = address(data)
    end = data.index(b"\n", len(MAGIC))
    key = X25519PrivateKey.from_private_bytes(bytes.fromhex(box_private))
    plain = _unseal(data, end + 1, data[:end], key, outer)
    try:
        z = zipfile.ZipFile(io.BytesIO(plain))
        infos = z.infolist()
    except (zipfile.BadZipFile, ValueError):
        raise ExchangeError(DAMAGED_MSG, office=outer["from"]) from None
    names = [i.filename for i in infos]
    if (len(infos) > MAX_MEMBERS or len(set(names)) != len(names)
            or any(not _known(n) for n in names)
            or "manifest.json" not in names or "signature" not in names):
        raise ExchangeError(FORGED_MSG, office=outer["from"])
    sizes = {i.filename: i.file_size for i in infos}
    if sizes["manifest.json"] > MAX_MANIFEST_BYTES or sizes["signature"] > 128:
        raise ExchangeError(FORGED_MSG, office=outer["from"])
    manifest_bytes = _read(z, "manifest.json", MAX_MANIFEST_BYTES, outer)
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(sender_sign_public)).verify(
            _read(z, "signature", 128, outer), _SIGNED_PREFIX + manifest_bytes)
    except InvalidSignature:
        raise ExchangeError(FORGED_MSG, office=outer["from"]) from None
    manifest = json.loads(manifest_bytes)
    if any(manifest.get(k) != outer[k] for k in ("from", "to", "seq")) \
            or manifest.get("format") != FORMAT \
            or set(manifest.get("members", {})) != set(names) - {"manifest.json", "signature"}:
        raise ExchangeError(FORGED_MSG, office=outer["from"])
    manifest["hash"] = hashlib.sha256(manifest_bytes).hexdigest()
    pkg = Package(manifest, z)
    for name, expected in manifest["members"].items():
        limit = MAX_SCAN_BYTES if name.startswith("scans/") else MAX_JSON_BYTES
        if sizes[name] > limit:
            raise ExchangeError(FORGED_MSG, office=outer["from"])
        if name in _LINE_MEMBERS:
            if _hash_member(z, name, limit, outer) != expected:
                raise ExchangeError(FORGED_MSG, office=outer["from"])
            continue
        body = _read(z, name, limit, outer)
        if hashlib.sha256(body).hexdigest() != expected:
            raise ExchangeError(FORGED_MSG, office=outer["from"])
        if name.startswith("scans/"):
            pkg.scans[name[len("scans/"):]] = body
        else:
            try:
                setattr(pkg, name[:-len(".json")], json.loads(body))
            except ValueError:
                raise ExchangeError(DAMAGED_MSG, office=outer["from"]) from None
    return pkg


def _known(name: str) -> bool:
    return name in ("manifest.json", "signature", *_JSON_MEMBERS, *_LINE_MEMBERS) \
        or bool(_SCAN_NAME.match(name))


def _read(z: zipfile.ZipFile, name: str, limit: int, outer: dict) -> bytes:
    """A member's bytes, never more than ``limit`` whatever its header claims."""
    try:
        with z.open(name) as f:
            body = f.read(limit + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ExchangeError(DAMAGED_MSG, office=outer["from"]) from None
    if len(body) > limit:
        raise ExchangeError(FORGED_MSG, office=outer["from"])
    return body


def _hash_member(z: zipfile.ZipFile, name: str, limit: int, outer: dict) -> str:
    sha, total = hashlib.sha256(), 0
    try:
        with z.open(name) as f:
            while block := f.read(1024 * 1024):
                total += len(block)
                if total > limit:
                    raise ExchangeError(FORGED_MSG, office=outer["from"])
                sha.update(block)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ExchangeError(DAMAGED_MSG, office=outer["from"]) from None
    return sha.hexdigest()
