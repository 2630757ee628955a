"""Import the chamber's pre-registration list (CSV) into a session.

Good rows go in together in one transaction; bad rows are reported with line, field and
reason; a CIN already in the session (or earlier in the file) is a duplicate, never inserted
twice, so importing the same file again changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fieldapp.domain.errors import ValidationFailed
from fieldapp.domain.messages import field_label, message_text
from fieldapp.domain.models import ATTENDEE_FIELDS, Attendee, Origin
from fieldapp.services.attendee_input import parse_attendee_fields
from fieldapp.services.attendees import new_attendee
from fieldapp.services.context import ServiceContext
from fieldapp.services.csv_table import Table, TableError, read_table
from fieldapp.services.events import Change

log = logging.getLogger(__name__)

COLUMNS = ATTENDEE_FIELDS
REQUIRED_COLUMNS = ("cin",)


class ImportRefused(ValueError):
    """The file as a whole cannot be imported (unreadable, wrong columns…); nothing was written."""


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """One problem on one row: the row was not imported."""

    line: int
    field: str
    code: str
    reason: str

    def to_dict(self) -> dict[str, object]:
        """JSON form for reports."""
        return {"line": self.line, "field": self.field, "code": self.code, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class DuplicateRow:
    """A row whose CIN is already in the session or earlier in the file."""

    line: int
    cin: str
    reason: str

    def to_dict(self) -> dict[str, object]:
        """JSON form for reports."""
        return {"line": self.line, "cin": self.cin, "reason": self.reason}


@dataclass(frozen=True)
class ImportReport:
    """What an import did."""

    imported: int = 0
    duplicates: tuple[DuplicateRow, ...] = ()
    rejected: tuple[RejectedRow, ...] = ()
    ignored_columns: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, object]:
        """The `--json` report."""
        return {
            "imported": self.imported,
            "duplicates": [d.to_dict() for d in self.duplicates],
            "rejected": [r.to_dict() for r in self.rejected],
            "ignored_columns": list(self.ignored_columns),
        }

    @property
    def rejected_lines(self) -> int:
        """How many distinct rows were rejected."""
        return len({r.line for r in self.rejected})


def _check_columns(table: Table, path: Path, lang: str) -> tuple[str, ...]:
    missing = [c for c in REQUIRED_COLUMNS if c not in table.headers]
    if "name_ar" not in table.headers and "name_lat" not in table.headers:
        missing.append("name_ar / name_lat")
    if missing:
        raise ImportRefused(
            f"{path.name}: missing column(s) {', '.join(missing)}. The first row must name the "
            f"columns: {','.join(COLUMNS)} (any order)."
        )
    return tuple(h for h in table.headers if h and h not in COLUMNS)


def import_preregistration(
    context: ServiceContext,
    *,
    session_id: str,
    path: Path,
    lang: str = "en",
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import `path` into the session; raise ImportRefused if the file cannot be used at all."""
    store = context.store
    store.sessions.get(session_id)
    try:
        table = read_table(path)
    except TableError as error:
        raise ImportRefused(str(error)) from None
    ignored = _check_columns(table, path, lang)
    known = store.attendees.cins_in_session(session_id)
    first_line_of: dict[str, int] = {}
    new: list[Attendee] = []
    rejected: list[RejectedRow] = []
    duplicates: list[DuplicateRow] = []
    total = len(table.rows)
    for index, row in enumerate(table.rows):
        if progress is not None and index % 200 == 0:
            progress(index, total)
        try:
            data = parse_attendee_fields(row.cells, origin=Origin.PRE_REGISTERED, require_cin=True)
        except ValidationFailed as failure:
            for problem in failure.errors:
                reason = f"{field_label(problem.field, lang)}: {problem.message(lang)}"
                rejected.append(RejectedRow(row.line, problem.field, problem.code, reason))
            continue
        cin = data.cin  # validated, so normalised
        if cin in known:
            duplicates.append(DuplicateRow(row.line, cin, message_text("duplicate_cin", lang)))
            continue
        if cin in first_line_of:
            duplicates.append(
                DuplicateRow(
                    row.line,
                    cin,
                    message_text("duplicate_in_file", lang, {"line": first_line_of[cin]}),
                )
            )
            continue
        first_line_of[cin] = row.line
        new.append(new_attendee(data, session_id=session_id, origin=Origin.PRE_REGISTERED))
    if new:
        with store.transaction(context.agent) as stamp:
            store.attendees.insert_many(stamp, new)
    if progress is not None:
        progress(total, total)
    log.info(
        "pre-registration import: %d imported, %d duplicates, %d rejected rows",
        len(new),
        len(duplicates),
        len({r.line for r in rejected}),
    )
    if new:
        context.bus.publish(Change("attendee", tuple(a.id for a in new), session_id))
    return ImportReport(len(new), tuple(duplicates), tuple(rejected), ignored)
