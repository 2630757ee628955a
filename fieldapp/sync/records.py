"""Record kinds as JSON Lines: stream records out to a zip member, parse them back strictly, as a
stream.

One record per line, compact key-sorted UTF-8 JSON, each line ending in `\n`. JSON text
never holds a raw newline (it is escaped as `\\n`), so lines split unambiguously.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import IO, Any

from .codec import dumps, loads
from .errors import BundleError, CorruptBundle
from .manifest import MemberDigest

_BATCH_BYTES = 1 << 20


def write_records(
    out: IO[bytes],
    *,
    kind: str,
    records: Sequence[Mapping[str, object]],
    on_record: Callable[[], None],
) -> MemberDigest:
    """Write `records` as JSON Lines to `out` in batches of about 1 MiB; return the size and
    sha-256 of the bytes written. `on_record` is called after each record is encoded.
    Raises `BundleError` naming the kind and index of a record that is not JSON-ready."""
    digest = hashlib.sha256()
    size = 0
    batch: list[str] = []
    pending = 0
    for index, record in enumerate(records):
        if not isinstance(record, Mapping):
            raise BundleError(f"{kind} record {index} is not a mapping")
        try:
            line = dumps(record if isinstance(record, dict) else dict(record))
        except (TypeError, ValueError) as exc:
            raise BundleError(f"{kind} record {index} cannot be written as JSON: {exc}") from None
        batch.append(line)
        pending += len(line) + 1
        on_record()
        if pending >= _BATCH_BYTES:
            size += _flush(out, digest, batch)
            batch, pending = [], 0
    size += _flush(out, digest, batch)
    return MemberDigest(digest.hexdigest(), size)


def _flush(out: IO[bytes], digest: Any, batch: list[str]) -> int:
    if not batch:
        return 0
    chunk = ("\n".join(batch) + "\n").encode("utf-8")
    digest.update(chunk)
    out.write(chunk)
    return len(chunk)


def iter_records(
    handle: IO[bytes], *, member: str, count: int, digest: Any, limit: int
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Parse a JSON Lines member as a stream: yield (1-based line, record) one at a time.

    Every byte read is fed to `digest`. A line longer than `limit` bytes, more lines than
    `count`, a line that is not a JSON object or a cut last line raise `CorruptBundle`
    naming the member and the line, before the rest is read.
    """
    number = 0
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            break
        digest.update(raw)
        number += 1
        if number > count:
            raise CorruptBundle(f"{member} holds more records than the manifest's {count:,}")
        if not raw.endswith(b"\n"):
            if len(raw) > limit:
                raise CorruptBundle(
                    f"{member}, line {number}: a record is larger than {limit:,} bytes"
                )
            raise CorruptBundle(f"{member}: the last line is not terminated (the member is cut)")
        yield number, _parse_line(raw, member=member, number=number)
    if number != count:
        raise CorruptBundle(f"{member} holds {number} records, the manifest says {count}")


def _parse_line(raw: bytes, *, member: str, number: int) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CorruptBundle(f"{member}, line {number}: not valid UTF-8 text") from None
    value = loads(text, what=f"{member}, line {number},", error=CorruptBundle)
    if not isinstance(value, dict):
        raise CorruptBundle(f"{member}, line {number}: a record must be a JSON object")
    return value
