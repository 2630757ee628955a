"""The one rule for text that may enter fieldapp, from any door (form, CLI, CSV, bundle).

Refused: C0 control characters (U+0000–U+001F) except tab and newline where a field allows
several lines, DEL and the C1 controls (U+007F–U+009F), the bidi embeddings and overrides
(U+202A–U+202E: an override shows a name or a CIN reversed, on screen and in a spreadsheet),
and lone surrogates (U+D800–U+DFFF, which no UTF-8 file or database can hold). Everything
else, Arabic, Tifinagh, emoji, the bidi marks a name may need (LRM, RLM, ALM), is kept as
typed.
"""

from __future__ import annotations

import re

from .errors import FieldError, ValidationFailed

_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\ud800-\udfff]")
_MULTILINE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\ud800-\udfff]")


def text_error(field: str, value: str, *, multiline: bool = False) -> FieldError | None:
    """The problem with `value` as the text of `field`, or None when it may be stored."""
    found = (_MULTILINE if multiline else _ONE_LINE).search(value)
    if found is None:
        return None
    char = found.group()
    code = "lone_surrogate" if "\ud800" <= char <= "\udfff" else "control_character"
    return FieldError(field, code, {"code": f"U+{ord(char):04X}", "position": found.start() + 1})


def check_text(field: str, value: str, *, multiline: bool = False) -> str:
    """Return `value` if it may be stored as `field`, else raise `ValidationFailed`."""
    error = text_error(field, value, multiline=multiline)
    if error is not None:
        raise ValidationFailed([error])
    return value


def scrub(value: str) -> str:
    """`value` with every character the rule refuses replaced by U+FFFD, for writing text
    stored before the rule existed to a format that cannot hold it (XLSX, PDF)."""
    return _MULTILINE.sub("\ufffd", value)
