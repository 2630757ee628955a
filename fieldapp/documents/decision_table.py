"""A form's decision table for chamber and CNSS staff to review and sign: PDF or CSV.

The PDF holds (1) every outcome with its items, each item with its sources or its
"unverified" note, numbered O1… and I1…; (2) every merged combination of the driving answers
with the outcomes and items it gives, by number; (3) the sources with address and date;
(4) room for the reviewers' names, dates and signatures.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from fieldapp.atomic import atomic_write_bytes
from fieldapp.documents.bidi_text import check_lang, is_rtl
from fieldapp.documents.fonts import BOLD
from fieldapp.documents.pages import build_pdf
from fieldapp.documents.tables import Column, text_table
from fieldapp.documents.textflow import DirText
from fieldapp.domain import texts
from fieldapp.questionnaire.decision_table import (
    DecisionRow,
    DecisionTable,
    item_text,
    value_label,
)
from fieldapp.questionnaire.model import Form


def _w(key: str, lang: str, **params: object) -> str:
    return texts.text(f"decision_table.{key}", lang, **params)


class _Numbers:
    """O1…, I1… in the order the outcomes are printed (by priority) and items first appear."""

    def __init__(self, form: Form) -> None:
        self.outcomes = {
            o.id: f"O{n}"
            for n, o in enumerate(sorted(form.outcomes, key=lambda o: o.priority), start=1)
        }
        self.items: dict[str, str] = {}
        for outcome in sorted(form.outcomes, key=lambda o: o.priority):
            for item_id in outcome.items:
                self.items.setdefault(item_id, f"I{len(self.items) + 1}")


def _backing(form: Form, sources: Sequence[str], unverified: str, lang: str) -> str:
    parts = [f"[{name}]" for name in sources]
    if unverified:
        parts.append(f"{_w('unverified', lang)}: {unverified}")
    return " ".join(parts)


def _answers_cell(
    table: DecisionTable,
    values: dict[str, frozenset[object]],
    every: dict[str, frozenset[object]],
    lang: str,
) -> str:
    form = table.form
    lines = []
    for column in table.columns:
        shown = [v for v in values[column] if v is not None]
        if not shown:
            continue
        if len(shown) > 1 and frozenset(shown) == every[column]:
            lines.append(f"{column} = {_w('any', lang)}")
            continue
        labels = sorted(value_label(form, column, v, lang, names=False) for v in shown)
        lines.append(f"{column} = {' / '.join(labels)}")
    return " · ".join(lines)


def _gives_cell(table: DecisionTable, numbers: _Numbers, row: DecisionRow, lang: str) -> str:
    form = table.form
    lines = []
    for outcome_id, items in row.items:
        given = []
        for item in items:
            number = numbers.items[item.item_id]
            given.append(f"{number}*" if item.condition else number)
        title = form.outcome(outcome_id).title.get(lang)
        lines.append(f"{numbers.outcomes[outcome_id]} {title}: {', '.join(given)}")
    return "\n".join(lines)


def render_decision_table(
    path: Path, table: DecisionTable, *, lang: str, province: str = "", printed_on: dt.date
) -> int:
    """Write the decision table of `table.form` as a landscape A4 PDF; return the page count."""
    check_lang(lang)
    rtl = is_rtl(lang)
    form = table.form
    numbers = _Numbers(form)
    pagesize = landscape(A4)
    margin = 12 * mm
    width = pagesize[0] - 2 * margin
    size = 8.5
    story: list[Flowable] = [
        DirText(
            _w("title", lang, form=form.title(lang), version=form.version),
            rtl=rtl,
            font_name=BOLD,
            size=13,
        ),
        DirText(
            _w(
                "intro",
                lang,
                combinations=texts.plural(
                    "decision_table.combination_count", table.combinations, lang
                ),
                rows=texts.plural("decision_table.row_count", len(table.rows), lang),
            ),
            rtl=rtl,
            size=size + 1,
            space_after=6,
        ),
        DirText(
            _w("outcomes", lang), rtl=rtl, font_name=BOLD, size=11, space_before=6, space_after=3
        ),
    ]
    for outcome in sorted(form.outcomes, key=lambda o: o.priority):
        block: list[Flowable] = [
            DirText(
                f"{numbers.outcomes[outcome.id]} {outcome.title.get(lang)} ({outcome.id})",
                rtl=rtl,
                font_name=BOLD,
                size=size + 1,
                space_before=4,
            ),
            DirText(outcome.explanation.get(lang), rtl=rtl, size=size),
            DirText(
                _backing(form, outcome.backing.sources, outcome.backing.unverified, lang),
                rtl=rtl,
                size=size - 0.5,
            ),
        ]
        for item_id in outcome.items:
            item = form.items_by_id[item_id]
            text = f"{numbers.items[item_id]} [{item.kind.value}] {item_text(form, item_id, lang, province)}"
            if item.held is not None:
                text += f" — {_w('if_held', lang)}: {item.held_text.get(lang)}"
            block.append(DirText(text, rtl=rtl, size=size, inset=10))
            if item.when is not None:  # an expression: laid out left to right on every page
                block.append(
                    DirText(f"when: {item.when.source}", rtl=False, size=size - 1, inset=20)
                )
            backing = _backing(form, item.backing.sources, item.backing.unverified, lang)
            block.append(DirText(backing, rtl=rtl, size=size - 1, inset=20))
        story.append(KeepTogether(block[:4]))
        story.extend(block[4:])
    story.append(DirText(_w("exclusive", lang), rtl=rtl, font_name=BOLD, size=11, space_before=8))
    for group in form.exclusive:
        story.append(
            DirText(
                " | ".join(f"{numbers.outcomes[o]} {o}" for o in group),
                rtl=rtl,
                size=size,
                inset=10,
            )
        )
    conflicts = [row for row in table.rows if form.conflicting(row.outcomes)]
    if not conflicts:
        story.append(
            DirText(_w("no_conflict", lang), rtl=rtl, font_name=BOLD, size=size + 1, space_before=3)
        )
    story += [
        PageBreak(),
        DirText(_w("combinations", lang), rtl=rtl, font_name=BOLD, size=11),
        DirText(_w("starred", lang), rtl=rtl, size=size, space_after=3),
    ]
    columns = [
        Column("#", 10 * mm, "center"),
        Column(_w("answers", lang), width * 0.52),
        Column(_w("gives", lang), width * 0.48 - 10 * mm),
    ]
    every = {column: table.every_value(column) for column in table.columns}
    cells = [
        [
            str(n),
            _answers_cell(table, dict(row.values), every, lang),
            _gives_cell(table, numbers, row, lang),
        ]
        for n, row in enumerate(table.rows, start=1)
    ]
    story.append(text_table(columns, cells, rtl=rtl, size=size - 0.5))
    story += [
        PageBreak(),
        DirText(_w("sources", lang), rtl=rtl, font_name=BOLD, size=11, space_after=3),
    ]
    for name, source in form.sources.items():
        story.append(
            DirText(f"[{name}] {source.title} — {source.url} ({source.date})", rtl=rtl, size=size)
        )
    story.append(Spacer(1, 12 * mm))
    for body in ("chamber", "cnss"):
        story.append(
            DirText(_w("sign", lang, body=_w(body, lang)), rtl=rtl, size=11, space_after=10 * mm)
        )
    return build_pdf(
        path,
        story,
        pagesize=pagesize,
        margin=margin,
        rtl=rtl,
        footer_start=_w("printed", lang, date=printed_on.isoformat()),
        page_of=texts.template("decision_table.page", lang),
        title=_w("title", lang, form=form.id, version=form.version),
        author="fieldapp",
    )


def write_decision_csv(path: Path, table: DecisionTable, *, lang: str) -> int:
    """Write one line per merged row (answers per question, outcomes, items); return the count.

    UTF-8 with a byte-order mark, so spreadsheet programs read the Arabic labels.
    """
    check_lang(lang)
    form = table.form
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["row", *table.columns, "outcomes", "items"])
    for n, row in enumerate(table.rows, start=1):
        answers = [
            " | ".join(sorted(value_label(form, c, v, lang) for v in row.values[c]))
            for c in table.columns
        ]
        items = [
            f"{outcome_id}:{item.item_id}" + (f" (when {item.condition})" if item.condition else "")
            for outcome_id, given in row.items
            for item in given
        ]
        writer.writerow([n, *answers, " + ".join(row.outcomes), " ; ".join(items)])
    atomic_write_bytes(Path(path), buffer.getvalue().encode("utf-8-sig"))
    return len(table.rows)
