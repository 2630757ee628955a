"""The outer layer of a bundle file: age encryption to the office, or (for diagnosis only)
a plain zip. Writes through `atomic_write`; reads into a temporary file, hashing the exact
bytes read so `file_sha256` is the hash of what was decrypted.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
from pathlib import Path
from typing import IO

import pyrage

from ..atomic import atomic_write
from .errors import BundleError, NotABundle, NotEncrypted, WrongKey
from .identity import OfficeIdentity

AGE_MAGIC = b"age-encryption.org/"
AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
ZIP_MAGIC = b"PK"
_SPOOL_BYTES = 64 << 20
_CHUNK = 1 << 20


class _HashingWriter:
    """A write-only file object that hashes and counts what passes through."""

    def __init__(self, target: IO[bytes]) -> None:
        self.target = target
        self.digest = hashlib.sha256()
        self.size = 0
        self.io_error: OSError | None = None

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        self.size += len(data)
        try:
            return self.target.write(data)
        except OSError as exc:
            self.io_error = exc
            raise

    def flush(self) -> None:
        self.target.flush()


class _HashingReader:
    """A read-only file object that hashes what is read, and remembers I/O errors so they are
    not mistaken for damaged ciphertext."""

    def __init__(self, source: IO[bytes]) -> None:
        self.source = source
        self.digest = hashlib.sha256()
        self.io_error: OSError | None = None

    def read(self, size: int = -1) -> bytes:
        try:
            data = self.source.read(size)
        except OSError as exc:
            self.io_error = exc
            raise
        self.digest.update(data)
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def write_container(path: Path, plain: IO[bytes], *, recipient: str | None) -> tuple[str, int]:
    """Write the zip in `plain` (read from its start) to `path`, encrypted to `recipient`
    unless it is None. Returns the sha-256 and size of the file written."""
    plain.seek(0)
    with atomic_write(path) as handle:
        out = _HashingWriter(handle)
        if recipient is None:
            shutil.copyfileobj(plain, out, _CHUNK)
        else:
            try:
                target = pyrage.x25519.Recipient.from_str(recipient)
            except pyrage.RecipientError:
                raise BundleError(f"the office key {recipient!r} is not an age key") from None
            pyrage.encrypt_io(plain, out, [target])
    return out.digest.hexdigest(), out.size


def open_container(
    path: Path, *, identity: OfficeIdentity | None, allow_unencrypted: bool, max_size: int
) -> tuple[IO[bytes], str, bool]:
    """Decrypt (or copy) the bundle at `path` into a temporary file.

    Returns the temporary file (positioned at 0; the caller closes it), the sha-256 of the
    bundle file and whether it was encrypted.
    """
    try:
        source = Path(path).open("rb")  # noqa: SIM115 (closed by `with source` below)
    except OSError as exc:
        raise BundleError(f"cannot open bundle {path}: {exc.strerror or exc}") from None
    with source:
        try:
            size = source.seek(0, 2)
            source.seek(0)
            head = source.read(_HEADER_BYTES)
            source.seek(0)
        except OSError as exc:
            raise BundleError(f"cannot read bundle {path}: {exc.strerror or exc}") from None
        if size > max_size:
            raise NotABundle(f"{path.name} is {size:,} bytes, above the limit of {max_size:,}")
        if head.startswith((AGE_MAGIC, AGE_ARMOR)):
            if identity is None:
                raise WrongKey(f"{path.name} is encrypted and no office key was given to open it")
            encrypted = True
        elif head.startswith(ZIP_MAGIC):
            if not allow_unencrypted:
                raise NotEncrypted(
                    f"{path.name} is NOT encrypted (a diagnostic bundle): refused. Bundles "
                    "from the field must be encrypted to the office key."
                )
            encrypted = False
        else:
            raise NotABundle(f"{path.name} is not a fieldapp bundle (neither age nor zip data)")
        reader = _HashingReader(source)
        plain = tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)  # noqa: SIM115 (returned)
        try:
            if identity is None or not encrypted:
                shutil.copyfileobj(reader, plain, _CHUNK)
            else:
                _decrypt(reader, plain, identity, path.name, header_ok=_x25519_header(head))
                while reader.read(_CHUNK):  # hash anything age left unread
                    pass
            plain.seek(0)
        except OSError as exc:
            plain.close()
            raise BundleError(f"cannot read bundle {path}: {exc.strerror or exc}") from None
        except BaseException:
            plain.close()
            raise
    return plain, reader.digest.hexdigest(), encrypted


_HEADER_BYTES = 16 << 10
_B64_32 = re.compile(rb"[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]")  # 32 bytes, canonical, unpadded
_X25519 = re.compile(rb"-> X25519 " + _B64_32.pattern + rb"\n" + _B64_32.pattern + rb"\n")
_OTHER = rb"-> [\x21-\x7e]+(?: [\x21-\x7e]+)*\n(?:[A-Za-z0-9+/]{64}\n)*[A-Za-z0-9+/]{0,63}\n"
_HEADER = re.compile(
    rb"age-encryption\.org/v1\n(?:" + _OTHER + rb")*?" + _X25519.pattern + rb"(?:" + _OTHER
    + rb")*--- " + _B64_32.pattern + rb"\n"
)  # fmt: skip


def _x25519_header(head: bytes) -> bool:
    """Whether `head` starts with a well-formed binary age header holding an X25519 stanza
    (what fieldapp writes, beside age's "grease" stanzas): then a file no office key opens was
    made for another office; a malformed header means the file is damaged."""
    return _HEADER.match(head) is not None


def _decrypt(
    reader: _HashingReader,
    plain: IO[bytes],
    identity: OfficeIdentity,
    name: str,
    *,
    header_ok: bool,
) -> None:
    writer = _HashingWriter(plain)
    try:
        pyrage.decrypt_io(reader, writer, [identity.age_identity])
    except pyrage.DecryptError as exc:
        # pyrage has one error type for every header failure; its text tells "no identity
        # matched a stanza" apart, and only a well-formed header makes that mean "another
        # office" (a damaged stanza fails the same way, and is told as damaged).
        if header_ok and "no matching keys" in str(exc).lower():
            raise WrongKey(
                f"{name} was not encrypted to this office's key: it was made for another "
                "office, or this laptop was enrolled with another office's profile"
            ) from None
        raise NotABundle(
            f"{name} is damaged, truncated or not a fieldapp bundle: its encryption header "
            "cannot be read"
        ) from None
    except OSError:
        for error in (reader.io_error, writer.io_error):
            if error is not None:
                raise error from None
        raise NotABundle(
            f"{name} is damaged, truncated or was altered: its encrypted contents do not "
            "authenticate"
        ) from None
