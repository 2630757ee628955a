"""Byte-level helpers shared by bundles, receipts and profiles: strict JSON, base64, hashes,
bounded file reads and timestamps.

The parsing helpers never raise anything but the error class the caller names, so hostile
input (deep nesting, NaN, bad UTF-8, bad base64) becomes a readable `BundleError`.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
from pathlib import Path

from ..domain.clock import format_timestamp
from .errors import BundleError

KIND_PATTERN = re.compile(r"[a-z_]{1,64}")
HEX64 = re.compile(r"[0-9a-f]{64}")

# One encoder, reused: compact, deterministic, UTF-8 text kept as is (Arabic stays readable).
_ENCODER = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
)


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not allowed in fieldapp JSON")


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def dumps(value: object) -> str:
    """Compact, key-sorted JSON text; raises `ValueError`/`TypeError` for non-JSON values."""
    return _ENCODER.encode(value)


def dumps_bytes(value: object) -> bytes:
    """`dumps` encoded as UTF-8."""
    return dumps(value).encode("utf-8")


def loads(text: str | bytes, *, what: str, error: type[BundleError]) -> object:
    """Parse strict JSON (no NaN/Infinity); any failure becomes `error` naming `what`."""
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        return _DECODER.decode(text)
    except UnicodeDecodeError:
        raise error(f"{what} is not valid UTF-8 text") from None
    except RecursionError:
        raise error(f"{what} is nested too deeply to be fieldapp JSON") from None
    except ValueError as exc:
        raise error(f"{what} is not valid JSON ({exc})") from None


def b64encode(data: bytes) -> str:
    """Standard base64 text."""
    return base64.b64encode(data).decode("ascii")


def b64decode(text: object, *, what: str, error: type[BundleError]) -> bytes:
    """Decode strict standard base64; anything else becomes `error` naming `what`."""
    if not isinstance(text, str):
        raise error(f"{what} must be base64 text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise error(f"{what} is not valid base64") from None


def read_limited(path: Path, *, limit: int, what: str, error: type[BundleError]) -> bytes:
    """Read a whole file of at most `limit` bytes; I/O problems become `BundleError`."""
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise BundleError(f"cannot read {what} {path}: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise error(f"{what} {path} is larger than the limit of {limit:,} bytes")
    return data


def now_timestamp() -> str:
    """The current UTC time in the clock's text form."""
    return format_timestamp(dt.datetime.now(dt.UTC))


def check_kind(kind: object) -> str:
    """Return `kind` if it is a valid record kind name (`[a-z_]+`, at most 64 characters)."""
    if not isinstance(kind, str) or not KIND_PATTERN.fullmatch(kind):
        raise BundleError(f"invalid record kind {kind!r}: use lower-case letters and '_' only")
    return kind
