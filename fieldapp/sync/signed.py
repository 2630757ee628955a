"""Signed JSON documents (receipts, deployment profiles): an envelope that carries the exact
signed bytes as text, so verification never depends on re-serialising JSON.

    {"format": "<name>", "signed": "<the document as compact JSON text>",
     "signature": "<base64 Ed25519 signature over the UTF-8 bytes of 'signed'>"}
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature

from .codec import b64decode, b64encode, dumps, dumps_bytes, loads
from .errors import BundleError, UnsupportedFormat
from .identity import load_signing_public_key


@dataclass(frozen=True, slots=True)
class Sealed:
    """An envelope read from a file, not yet trusted."""

    format_name: str
    body: bytes
    signature: bytes

    def verifies_with(self, public_key: bytes) -> bool:
        """Whether the signature over `body` is valid for the raw Ed25519 `public_key`."""
        try:
            load_signing_public_key(public_key).verify(self.signature, self.body)
        except (InvalidSignature, ValueError):
            return False
        return True

    def document(self, *, version: int, error: type[BundleError]) -> dict[str, Any]:
        """The signed document as a dict, after checking its format name and version."""
        doc = loads(self.body, what=f"the signed {self.format_name} document", error=error)
        if not isinstance(doc, dict) or doc.get("format") != self.format_name:
            raise error(f"the signed document is not a {self.format_name}")
        found = doc.get("format_version")
        if not isinstance(found, int) or isinstance(found, bool) or found < 1:
            raise error(f"the {self.format_name} has no valid format_version")
        if found > version:
            raise UnsupportedFormat(
                f"this {self.format_name} uses format version {found}, but this fieldapp reads "
                f"versions up to {version}: update fieldapp on this computer"
            )
        return doc


def seal(
    document: Mapping[str, object], *, format_name: str, sign: Callable[[bytes], bytes]
) -> bytes:
    """The envelope bytes for `document` (which must hold `format`: `format_name`)."""
    body = dumps(document)
    signature = sign(body.encode("utf-8"))
    envelope = {"format": format_name, "signed": body, "signature": b64encode(signature)}
    return dumps_bytes(envelope) + b"\n"


def unseal(data: bytes, *, format_name: str, error: type[BundleError]) -> Sealed:
    """Parse an envelope; `error` if it is not a well-formed `format_name` envelope."""
    envelope = loads(data, what=f"the {format_name} file", error=error)
    if not isinstance(envelope, dict) or envelope.get("format") != format_name:
        raise error(f"this file is not a {format_name}")
    body = envelope.get("signed")
    if not isinstance(body, str):
        raise error(f"the {format_name} has no signed document")
    signature = b64decode(envelope.get("signature"), what="the signature", error=error)
    if len(signature) != 64:
        raise error(f"the {format_name} signature is not an Ed25519 signature")
    try:
        body_bytes = body.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from \ud800-style escapes
        raise error(f"the signed {format_name} document is not valid text") from None
    return Sealed(format_name, body_bytes, signature)
