"""The package file: a signed ZIP, encrypted to its recipient.

Layout: ``KZPKX1`` line, one line of plain JSON (from, to, sequence: enough to
say "not for this office" before decrypting; it is the HPKE ``info``, so
altering it breaks decryption), then the HPKE ciphertext (X25519, HKDF-SHA256,
AES-256-GCM from ``cryptography``) of a ZIP holding:

- ``manifest.json``: from, to, sequence, hash of the previous package, schema
  revision, and the SHA-256 of every other member;
- ``signature``: Ed25519 over the manifest (so sender, recipient and sequence
  are bound into what is signed; encryption alone does not say who sent it);
- ``changes.json``, ``acks.json``, ``audit.json`` and ``scans/<sha256>``.

Reading checks, in order: the address, decryption, the signature, every
member's hash, then parses with bounded sizes and known member names only.
"""
from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from ..errors import N_
from .office import ExchangeError

MAGIC = b"KZPKX1\n"
FORMAT = 1
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
_SIGNED_PREFIX = b"kzpk-package-v1\n"
MAX_PACKAGE_BYTES = 1024 * 1024 * 1024
MAX_JSON_BYTES = 1024 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
MAX_SCAN_BYTES = 25 * 1024 * 1024
MAX_MEMBERS = 200_000
_JSON_MEMBERS = ("changes.json", "acks.json", "audit.json")
_SCAN_NAME = re.compile(r"^scans/[0-9a-f]{64}$")

DAMAGED_MSG = N_("The package is damaged or was altered after it was made (it does not "
                 "decrypt); ask office {office} for a new one.")
FORGED_MSG = N_("The package's signature does not match office {office}'s card: it was "
                "altered or not made by that office. Nothing was imported.")
NOT_PACKAGE_MSG = N_("The file is not a KZPK exchange package.")


@dataclass
class Package:
    manifest: dict
    changes: dict = field(default_factory=dict)
    acks: dict = field(default_factory=dict)
    audit: list = field(default_factory=list)
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


def _dumps(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def build(*, header: dict, changes: dict, acks: dict, audit: list, scans: dict[str, bytes],
          sign_private: str, box_public: str) -> tuple[bytes, str]:
    """The encrypted package file and its hash (the hash of its signed manifest)."""
    members: dict[str, bytes] = {"changes.json": _dumps(changes), "acks.json": _dumps(acks),
                                 "audit.json": _dumps(audit)}
    for sha, data in scans.items():
        members[f"scans/{sha}"] = data
    manifest = dict(header, format=FORMAT,
                    members={n: hashlib.sha256(d).hexdigest() for n, d in members.items()})
    manifest_bytes = _dumps(manifest)
    signer = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(sign_private))
    signature = signer.sign(_SIGNED_PREFIX + manifest_bytes)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        z.writestr("manifest.json", manifest_bytes)
        z.writestr("signature", signature)
        for name, data in members.items():
            # Scans are PDF/JPEG/PNG: already compressed.
            z.writestr(name, data, zipfile.ZIP_STORED if name.startswith("scans/")
                       else zipfile.ZIP_DEFLATED)
    outer = _dumps({"from": header["from"], "to": header["to"], "seq": header["seq"]})
    recipient = X25519PublicKey.from_public_bytes(bytes.fromhex(box_public))
    sealed = _SUITE.encrypt(buffer.getvalue(), recipient, info=MAGIC + outer)
    return MAGIC + outer + b"\n" + sealed, hashlib.sha256(manifest_bytes).hexdigest()


def address(data: bytes) -> dict:
    """The plain header (from, to, seq) of a package file, or ExchangeError."""
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


def open_package(data: bytes, *, box_private: str, sender_sign_public: str) -> Package:
    """Decrypt, verify and parse a package already addressed to us by a trusted sender."""
    outer = address(data)
    end = data.index(b"\n", len(MAGIC))
    key = X25519PrivateKey.from_private_bytes(bytes.fromhex(box_private))
    try:
        plain = _SUITE.decrypt(data[end + 1:], key, info=data[:end])
    except (InvalidTag, ValueError):
        raise ExchangeError(DAMAGED_MSG, office=outer["from"]) from None
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
            or set(manifest.get("members", {})) != set(names) - {"manifest.json", "signature"}:
        raise ExchangeError(FORGED_MSG, office=outer["from"])
    manifest["hash"] = hashlib.sha256(manifest_bytes).hexdigest()
    pkg = Package(manifest)
    for name, expected in manifest["members"].items():
        limit = MAX_SCAN_BYTES if name.startswith("scans/") else MAX_JSON_BYTES
        if sizes[name] > limit:
            raise ExchangeError(FORGED_MSG, office=outer["from"])
        body = _read(z, name, limit, outer)
        if hashlib.sha256(body).hexdigest() != expected:
            raise ExchangeError(FORGED_MSG, office=outer["from"])
        if name.startswith("scans/"):
            pkg.scans[name[len("scans/"):]] = body
        else:
            setattr(pkg, name[:-len(".json")], json.loads(body))
    return pkg


def _known(name: str) -> bool:
    return name in ("manifest.json", "signature", *_JSON_MEMBERS) or bool(_SCAN_NAME.match(name))


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
