"""Import the chamber's pre-registration list (CSV) into a session.

Every person who can be identified (a well-formed CIN and a name) is imported, all in one
transaction. A fault in an optional field (phone, birth year, gender…) leaves that field empty
(a possible but unassigned phone is kept, flagged) and is reported as a warning; only a row
with no CIN, a malformed CIN or no name is refused. Each report entry names the line, the
person, the field, the value as typed and what to do. A CIN already in the session (or
earlier in the file) is a duplicate, never inserted twice, so importing the same file again
changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from fieldapp.domain.arabic import normalise_name
from fieldapp.domain.attendee_fields import ATTENDEE_FIELDS as DECLARED
from fieldapp.domain.errors import FieldError, ValidationFailed
from fieldapp.domain.messages import field_label, message_text
from fieldapp.domain.models import ATTENDEE_FIELDS, Attendance, Attendee, AttendeeInput, Origin
from fieldapp.domain.texts import plural
from fieldapp.questionnaire import Form
from fieldapp.services.answers import CRAFT_QUESTION
from fieldapp.services.attendee_input import parse_attendee_row
from fieldapp.services.attendees import new_attendee
from fieldapp.services.context import ServiceContext
from fieldapp.services.csv_table import Table, TableError, TableRow, read_table, write_table
from fieldapp.services.events import Change

log = logging.getLogger(__name__)

COLUMNS = ATTENDEE_FIELDS
REQUIRED_COLUMNS = ("cin",)
PROBLEM_COLUMN = "problem"


class ImportRefused(ValueError):
    """The file as a whole cannot be imported (unreadable, wrong columns…); nothing was written."""


@dataclass(frozen=True, slots=True)
class RowNote:
    """One entry of an import report: the row (line, name and CIN as typed), the field, the
    value as typed, and the reason with what to do (empty for a row imported cleanly)."""

    line: int
    name: str
    cin: str
    field: str = ""
    value: str = ""
    code: str = ""
    reason: str = ""

    def to_dict(self) -> dict[str, object]:
        """JSON form: `{line, name, cin, field, value, reason}` (and the stable `code`)."""
        return {
            "line": self.line,
            "name": self.name,
            "cin": self.cin,
            "field": self.field,
            "value": self.value,
            "reason": self.reason,
            "code": self.code,
        }


@dataclass(frozen=True)
class ImportReport:
    """What an import did: who was imported, who was already there, who could not be
    identified (refused), and the optional fields left empty or flagged (warnings)."""

    imported: tuple[RowNote, ...] = ()
    duplicates: tuple[RowNote, ...] = ()
    rejected: tuple[RowNote, ...] = ()
    warnings: tuple[RowNote, ...] = ()
    ignored_columns: tuple[str, ...] = field(default_factory=tuple)
    headers: tuple[str, ...] = ()
    # The rows refused or warned about, as read, for the correction file.
    rows_to_correct: tuple[TableRow, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """The `--json` report."""
        return {
            "imported": [n.to_dict() for n in self.imported],
            "duplicates": [n.to_dict() for n in self.duplicates],
            "rejected": [n.to_dict() for n in self.rejected],
            "warnings": [n.to_dict() for n in self.warnings],
            "ignored_columns": list(self.ignored_columns),
        }

    @property
    def rejected_lines(self) -> int:
        """How many distinct rows were refused."""
        return len({r.line for r in self.rejected})

    def write_corrections(self, path: Path) -> int:
        """Write the refused and warned rows, as read, to `path` with a `problem` column (the
        reasons), for correction and re-import; return how many rows were written."""
        problems: dict[int, list[str]] = {}
        for note in (*self.rejected, *self.warnings):
            problems.setdefault(note.line, []).append(note.reason)
        columns = [h for h in self.headers if h] + [PROBLEM_COLUMN]
        rows = [
            [row.cells.get(h, "") for h in columns[:-1]] + [" | ".join(problems[row.line])]
            for row in self.rows_to_correct
        ]
        write_table(path, columns, rows)
        return len(rows)


def _check_columns(table: Table, path: Path, lang: str) -> tuple[str, ...]:
    missing = [c for c in REQUIRED_COLUMNS if c not in table.headers]
    if "name_ar" not in table.headers and "name_lat" not in table.headers:
        missing.append("name_ar / name_lat")
    if missing:
        # In an Arabic sentence the Latin file and column names are isolates (as the CLI's).
        shown = (lambda value: f"\u2068{value}\u2069") if lang == "ar" else str
        raise ImportRefused(
            plural(
                "preregistration.missing_columns",
                len(missing),
                lang,
                file=shown(path.name),
                columns=shown(", ".join(missing)),
                expected=shown(",".join(COLUMNS)),
            )
        )
    return tuple(h for h in table.headers if h and h not in COLUMNS)


# Fields a corrected row may fill in on someone already listed and still expected.
_COMPLETABLE = tuple(f.name for f in DECLARED if f.completable)


def _completion(attendee: Attendee, data: AttendeeInput) -> tuple[Attendee, tuple[str, ...]] | None:
    """`attendee` with the fields it lacks taken from `data` (a corrected row of the list), and
    which; None when nothing is to fill in, or the person was already seen at the desk (their
    details are then the desk's to change)."""
    if attendee.status is not Attendance.EXPECTED or not _same_names(attendee, data):
        return None
    fills = {
        name: getattr(data, name)
        for name in _COMPLETABLE
        if getattr(attendee, name) in ("", None) and getattr(data, name) not in ("", None)
    }
    if not fills:
        return None
    return replace(attendee, **fills), tuple(fills)


def _same_names(attendee: Attendee, data: AttendeeInput) -> bool:
    """Whether no name given on both sides differs (Arabic-normalised): a CIN typed for someone
    else must not fill in that person's details."""
    return all(
        normalise_name(getattr(attendee, n)) == normalise_name(getattr(data, n))
        for n in ("name_ar", "name_lat")
        if getattr(attendee, n) and getattr(data, n)
    )


_PREFIXES = ("وال", "بال", "لل", "ال", "و")
_PUNCTUATION = str.maketrans({c: " " for c in ":،,;()/-"})


def _craft_words(text: str) -> frozenset[str]:
    """The words of a craft name, Arabic-normalised, without the article or a leading "و"."""
    words = set()
    for word in normalise_name(text).translate(_PUNCTUATION).split():
        for prefix in _PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                word = word[len(prefix) :]
                break
        words.add(word)
    return frozenset(words)


@dataclass(frozen=True)
class KnownCrafts:
    """The crafts of the session's form (its `craft_sector` list): codes and labels in every
    language. A craft typed in a list is known when its words are all in one of them
    ("نسيج" is "الإنتاجية والفنية: النسيج"); an unknown one is kept as typed, with a warning."""

    choices: tuple[frozenset[str], ...]
    codes: frozenset[str]

    @classmethod
    def of_form(cls, form: Form) -> KnownCrafts:
        """The craft list of `form` (empty when it has none)."""
        choices = form.choice_lists.get(CRAFT_QUESTION, ())
        return cls(
            tuple(_craft_words(text) for c in choices for _lang, text in c.label.values),
            frozenset(c.name for c in choices),
        )

    def knows(self, craft: str) -> bool:
        """Whether `craft` names one of the form's crafts."""
        words = _craft_words(craft)
        return craft in self.codes or any(words <= label for label in self.choices)


def _note(row: TableRow, name: str, cin: str, problem: FieldError, lang: str) -> RowNote:
    """The report entry of one problem on one row, with the value as typed."""
    value = (row.cells.get(problem.field, "") or "").strip()
    return RowNote(row.line, name, cin, problem.field, value, problem.code, problem.describe(lang))


def import_preregistration(
    context: ServiceContext,
    *,
    session_id: str,
    path: Path,
    lang: str = "en",
    progress: Callable[[int, int], None] | None = None,
    crafts: KnownCrafts | None = None,
) -> ImportReport:
    """Import `path` into the session; raise ImportRefused if the file cannot be used at all.
    With `crafts` (the session form's list), a craft not in it is a warning (kept as typed)."""
    store = context.store
    store.sessions.get(session_id)
    try:
        table = read_table(path)
    except TableError as error:
        raise ImportRefused(str(error)) from None
    ignored = _check_columns(table, path, lang)
    known = store.attendees.cins_in_session(session_id)
    stored: dict[str, Attendee] | None = None  # read once, if a row may complete someone
    first_line_of: dict[str, int] = {}
    new: list[Attendee] = []
    completed: list[Attendee] = []
    imported: list[RowNote] = []
    rejected: list[RowNote] = []
    warnings: list[RowNote] = []
    duplicates: list[RowNote] = []
    to_correct: list[TableRow] = []
    total = len(table.rows)
    for index, row in enumerate(table.rows):
        if progress is not None and index % 200 == 0:
            progress(index, total)
        cells = row.cells
        name = (cells.get("name_ar", "") or cells.get("name_lat", "") or "").strip()
        typed_cin = (cells.get("cin", "") or "").strip()

        try:
            data, faults = parse_attendee_row(cells, origin=Origin.PRE_REGISTERED)
            if crafts is not None and data.craft and not crafts.knows(data.craft):
                faults.append(FieldError("craft", "craft_unlisted", {"value": data.craft}))
        except ValidationFailed as failure:
            rejected.extend(_note(row, name, typed_cin, p, lang) for p in failure.errors)
            to_correct.append(row)
            continue
        cin = data.cin  # validated, so normalised
        if cin in known or cin in first_line_of:
            code: str
            params: dict[str, object]
            if cin in known:
                if stored is None:
                    stored = {a.cin: a for a in store.attendees.in_session(session_id)}
                filled = _completion(stored[cin], data)
                if filled is not None:
                    completed.append(filled[0])
                    stored[cin] = filled[0]
                    labels = ", ".join(field_label(f, lang) for f in filled[1])
                    code, params = "duplicate_completed", {"fields": labels}
                else:
                    code, params = "duplicate_cin", {}
            else:
                code, params = "duplicate_in_file", {"line": first_line_of[cin]}
            duplicates.append(
                RowNote(
                    row.line, name, cin, "cin", typed_cin, code, message_text(code, lang, params)
                )
            )
            continue
        first_line_of[cin] = row.line
        new.append(new_attendee(data, session_id=session_id, origin=Origin.PRE_REGISTERED))
        imported.append(RowNote(row.line, name, cin))
        if faults:
            warnings.extend(_note(row, name, cin, p, lang) for p in faults)
            to_correct.append(row)
    if new or completed:
        with store.transaction(context.agent) as stamp:
            store.attendees.insert_many(stamp, new)
            for attendee in completed:
                store.attendees.update(stamp, attendee)
    if progress is not None:
        progress(total, total)
    log.info(
        "pre-registration import: %d imported, %d duplicates, %d rejected rows, %d warnings",
        len(new),
        len(duplicates),
        len({r.line for r in rejected}),
        len(warnings),
    )
    if new or completed:
        changed = tuple(a.id for a in (*new, *completed))
        context.bus.publish(Change("attendee", changed, session_id))
    return ImportReport(
        tuple(imported),
        tuple(duplicates),
        tuple(rejected),
        tuple(warnings),
        ignored,
        table.headers,
        tuple(to_correct),
    )
