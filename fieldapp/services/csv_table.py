"""Read a spreadsheet saved as CSV the way Excel writes it in Morocco.

UTF-8 with or without BOM, CRLF or LF, comma, semicolon (French-locale Excel) or tab.
Problems with the file as a whole raise `TableError` with a message naming what to do.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from fieldapp.atomic import atomic_write

MAX_BYTES = 10 * 1024 * 1024
# A spreadsheet runs a cell starting with one of these as a formula: `write_table` puts an
# apostrophe before such text, and reading takes it off again, so a round trip keeps the text.
_FORMULA_START = ("=", "@", "+", "-")


class TableError(ValueError):
    """The file cannot be read as a table at all."""


@dataclass(frozen=True, slots=True)
class TableRow:
    """One data row: its first physical line number in the file and its cells by header."""

    line: int
    cells: dict[str, str]


@dataclass(frozen=True, slots=True)
class Table:
    """The normalised header names and the rows."""

    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]


def _decode(data: bytes, path: Path) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise TableError(
            f"{path.name}: not UTF-8 text (line {line}). In Excel, use "
            "'Save as' → 'CSV UTF-8 (comma delimited)' and import that file."
        ) from None


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


def _normalise_header(name: str) -> str:
    return name.strip().strip("\ufeff").lower().replace(" ", "_")


def read_table(path: Path, *, max_bytes: int = MAX_BYTES) -> Table:
    """Read a CSV file into a Table; raise TableError if it is unreadable, empty or too big."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise TableError(
                f"{path.name}: the file is too large ({size / 1_048_576:.1f} MB; at most "
                f"{max_bytes // 1_048_576} MB). Is it the right file? Split it if it is."
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise TableError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise TableError(f"{path}: is a folder, not a file") from None
    except PermissionError:
        raise TableError(f"{path}: permission denied; check that you may read this file") from None
    except OSError as error:
        raise TableError(f"{path}: cannot be read ({error.strerror})") from None
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise TableError(
            f"{path.name}: this is not a CSV text file (an .xlsx workbook?). "
            "In Excel, save it as 'CSV UTF-8 (comma delimited)'."
        )
    text = _decode(data, path)
    if not text.strip():
        raise TableError(f"{path.name}: the file is empty")
    first_line = text.lstrip("\r\n").splitlines()[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    return _collect(reader, path)


def _collect(reader: Iterator[list[str]], path: Path) -> Table:
    headers: tuple[str, ...] | None = None
    rows: list[TableRow] = []
    line = 1
    try:
        for cells in reader:
            start = line
            line = reader.line_num + 1  # type: ignore[attr-defined]
            if not any(cell.strip() for cell in cells):
                continue
            if headers is None:
                headers = tuple(_normalise_header(c) for c in cells)
                continue
            padded = [_unguard(c) for c in cells] + [""] * (len(headers) - len(cells))
            rows.append(TableRow(start, dict(zip(headers, padded, strict=False))))
    except csv.Error as error:
        raise TableError(f"{path.name}, line {line}: the CSV is malformed ({error})") from None
    if headers is None:
        raise TableError(f"{path.name}: the file is empty")
    return Table(headers, tuple(rows))


def _guard(text: str) -> str:
    """Text a spreadsheet would run as a formula, behind an apostrophe (a phone such as
    +212612345678 is a number to it, not a formula, and stays as it is)."""
    if text.startswith(_FORMULA_START) and not text[1:].replace(" ", "").isdigit():
        return "'" + text
    return text


def _unguard(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_START) else text


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Write a table `read_table` reads back as it was: UTF-8 with a BOM (so Excel shows the
    Arabic), comma-separated, CRLF; formula-like text guarded. The file is replaced atomically."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows([_guard(cell) for cell in row] for row in rows)
    with atomic_write(Path(path)) as handle:
        handle.write(buffer.getvalue().encode("utf-8-sig"))
