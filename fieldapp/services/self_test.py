"""`fieldapp self-test`: check that this installation works, on a throw-away data directory.

Meant for a freshly installed laptop (and for the frozen build in `make dist`): it finds the
bundled resources, loads and evaluates the default form, opens a store, renders an Arabic
checklist through the real documents service, checks the PDF embeds the Amiri font and that
pdfium can draw it (the print preview). Everything happens in a new temporary folder that is
deleted afterwards; the user's data directory is never opened.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldapp.domain.models import DEFAULT_FORM_ID
from fieldapp.domain.texts import plural
from fieldapp.questionnaire import evaluate, parse_form_file
from fieldapp.resources import app_root, bundled_forms_dir, resource_path
from fieldapp.services.app import AppServices, open_services
from fieldapp.services.attendee_input import parse_attendee_fields

FONT_FILES = ("Amiri-Regular.ttf", "Amiri-Bold.ttf")
FONT_LICENCE = "OFL.txt"
# The interface languages that need a compiled translation (English is the source text).
TRANSLATED_LANGUAGES = ("ar", "fr")
DEFAULT_FORM_FILE = f"{DEFAULT_FORM_ID}.yaml"

# A made-up attendee and a complete questionnaire giving outcomes with items on the default form.
SAMPLE_ATTENDEE = {
    "name_ar": "صانع تجريبي",
    "name_lat": "Self Test",
    "cin": "ZZ999999",
    "phone": "0612345678",
    "craft": "نسيج",
}
SAMPLE_ANSWERS: dict[str, Any] = {
    "craft_sector": "prod_textile",
    "practice_mode": "individual",
    "has_diploma": False,
    "years_practice": 12,
    "rna_status": "not_registered",
    "amo_status": "none",
    "tax_regime": "none",
    "can_pay": True,
    "rsu_status": "unknown",
    "documents_held": ["cin_copy"],
    "dependants": [{"relationship": "child", "name": "سارة", "birth_year": 2015}],
}

# ReportLab writes font descriptors as plain (uncompressed) dictionaries; an embedded TrueType
# subset is `/FontFile2 n 0 R` beside `/FontName /ABCDEF+Amiri-Regular`.
_DICT = re.compile(rb"<<((?:(?!<<|>>).)*)>>", re.DOTALL)
_FONT_NAME = re.compile(rb"/FontName\s*/(?:[A-Z]{6}\+)?([A-Za-z0-9_.-]+)")
_FONT_FILE2 = re.compile(rb"/FontFile2\s+\d+\s+\d+\s+R")


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One check: its name, whether it passed, and a detail (what was seen, or why it failed)."""

    name: str
    ok: bool
    detail: str = ""

    def line(self) -> str:
        """`ok  <check> (detail)` or `FAIL <check>: <reason>`."""
        if self.ok:
            return f"ok  {self.name}" + (f" ({self.detail})" if self.detail else "")
        return f"FAIL {self.name}: {self.detail}"


@dataclass(frozen=True, slots=True)
class SelfTestReport:
    """Every check in the order it ran."""

    checks: tuple[CheckResult, ...]

    @property
    def passed(self) -> bool:
        """True when every check passed."""
        return all(check.ok for check in self.checks)

    @property
    def failed(self) -> tuple[CheckResult, ...]:
        """The checks that failed."""
        return tuple(check for check in self.checks if not check.ok)


class CheckFailed(Exception):
    """A check found a problem; the message says what and what to do."""


def embedded_fonts(pdf: bytes) -> set[str]:
    """Names (subset prefix removed) of the TrueType fonts embedded in `pdf` (`/FontFile2`)."""
    names: set[str] = set()
    for match in _DICT.finditer(pdf):
        body = match.group(1)
        name = _FONT_NAME.search(body)
        if name and _FONT_FILE2.search(body):
            names.add(name.group(1).decode("ascii"))
    return names


def missing_resources() -> dict[str, list[str]]:
    """Bundled files that are not where `fieldapp.resources` looks, by kind (empty lists: none)."""
    fonts = [f"fonts/{name}" for name in FONT_FILES if not resource_path("fonts", name).is_file()]
    licence = [] if resource_path("fonts", FONT_LICENCE).is_file() else [f"fonts/{FONT_LICENCE}"]
    translations = [
        f"i18n/fieldapp_{lang}.qm"
        for lang in TRANSLATED_LANGUAGES
        if not resource_path("i18n", f"fieldapp_{lang}.qm").is_file()
    ]
    return {"fonts": fonts, "licence": licence, "translations": translations}


@dataclass
class _State:
    """What one check leaves for the next: the temporary folder, services, attendee, PDF."""

    work_dir: Path
    lang: str = "en"
    services: AppServices | None = None
    attendee_id: str = ""
    pdf: Path | None = None


def _require_resources(kind: str, advice: str) -> None:
    """CheckFailed naming the bundled files of `kind` that are missing, followed by `advice`."""
    missing = missing_resources()[kind]
    if missing:
        raise CheckFailed(f"missing {', '.join(missing)} in {resource_path()}{advice}")


def _check_fonts() -> str:
    _require_resources(
        "fonts", "; reinstall fieldapp (or restore resources/fonts in a source checkout)"
    )
    return ", ".join(FONT_FILES)


def _check_licence() -> str:
    _require_resources(
        "licence", ": the Amiri font may only be shipped with its licence; reinstall fieldapp"
    )
    return f"fonts/{FONT_LICENCE}"


def _check_translations() -> str:
    _require_resources(
        "translations",
        ": the window would show English text; "
        "run `make translations` (source checkout) or reinstall fieldapp",
    )
    return ", ".join(TRANSLATED_LANGUAGES)


def _check_form() -> str:
    path = bundled_forms_dir() / DEFAULT_FORM_FILE
    if not path.is_file():
        raise CheckFailed(f"{path} not found; reinstall fieldapp")
    form = parse_form_file(path)  # FormError names the problem
    evaluation = evaluate(form, SAMPLE_ANSWERS, "ar")
    if not evaluation.outcomes:
        raise CheckFailed(f"form {form.id} {form.version} gave no outcome for the sample answers")
    items = sum(len(outcome.items) for outcome in evaluation.outcomes)
    if not items:
        raise CheckFailed(f"form {form.id} {form.version}: the outcomes list no checklist item")
    outcome_ids = ", ".join(outcome.id for outcome in evaluation.outcomes)
    return f"{form.id} {form.version}: {outcome_ids}"


def _check_store(state: _State) -> str:
    services = open_services(data_dir=state.work_dir / "data", agent="self-test")
    state.services = services
    session = services.sessions.create_session(
        place="كلميم", date=dt.date.today(), venue="اختبار ذاتي"
    )
    attendee = services.attendees.register(
        session_id=session.id, data=parse_attendee_fields(SAMPLE_ATTENDEE, consent=True)
    )
    services.answers.set_answers(attendee_id=attendee.id, values=SAMPLE_ANSWERS)
    outcomes = services.answers.outcomes(attendee_id=attendee.id, lang="ar")
    if not outcomes:
        raise CheckFailed("the saved answers read back with no outcome")
    state.attendee_id = attendee.id
    return "session, attendee and answers saved and read back"


def _check_pdf(state: _State) -> str:
    assert state.services is not None and state.attendee_id
    path = state.work_dir / "checklist.pdf"
    result = state.services.documents.checklists(
        attendee_ids=[state.attendee_id], path=path, lang="ar", record_print=False
    )
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise CheckFailed(f"{path.name} is not a complete PDF file")
    state.pdf = path
    return plural("cli.self_test_pdf", result.pages, state.lang, kb=len(data) // 1024)


def _check_pdf_font(state: _State) -> str:
    assert state.pdf is not None
    fonts = embedded_fonts(state.pdf.read_bytes())
    amiri = sorted(name for name in fonts if name.startswith("Amiri"))
    if not amiri:
        seen = ", ".join(sorted(fonts)) or "no embedded TrueType font"
        raise CheckFailed(
            f"the checklist does not embed the Amiri font ({seen}); Arabic would print "
            "as boxes on another computer"
        )
    return ", ".join(amiri)


def _check_preview(state: _State) -> str:
    assert state.pdf is not None
    from fieldapp.documents.raster import render_pages

    pages = render_pages(state.pdf, dpi=36.0)
    if not pages:
        raise CheckFailed("pdfium rendered no page")
    page = pages[0]
    if min(page.data) > 200:
        raise CheckFailed("the first page rendered blank")
    return f"{page.width}x{page.height} px"


@contextmanager
def _own_logging() -> Iterator[None]:
    """Let `open_services` log into the temporary folder, then put the log set-up back."""
    logger = logging.getLogger("fieldapp")
    handlers, level = list(logger.handlers), logger.level
    try:
        yield
    finally:
        for handler in list(logger.handlers):
            if handler not in handlers:
                logger.removeHandler(handler)
                handler.close()
        for handler in handlers:
            if handler not in logger.handlers:
                logger.addHandler(handler)
        logger.setLevel(level)


def run_self_test(*, work_dir: Path | None = None, lang: str = "en") -> SelfTestReport:
    """Run every check in a new temporary folder (inside `work_dir` if given), then delete it.
    Counts in the details are said in `lang`."""
    temp = Path(tempfile.mkdtemp(prefix="fieldapp-self-test-", dir=work_dir))
    state = _State(work_dir=temp, lang=lang)
    results: list[CheckResult] = []

    def run(name: str, check: Callable[[], str], needs: tuple[str, ...] = ()) -> None:
        failed = [r.name for r in results if r.name in needs and not r.ok]
        if failed:
            results.append(CheckResult(name, False, f"not run, because {failed[0]} failed"))
            return
        try:
            results.append(CheckResult(name, True, check()))
        except CheckFailed as problem:
            results.append(CheckResult(name, False, str(problem)))
        except Exception as error:  # a self-test reports every failure, whatever its kind
            results.append(CheckResult(name, False, f"{type(error).__name__}: {error}"))

    try:
        with _own_logging():
            try:
                run("fonts", _check_fonts)
                run("font licence", _check_licence)
                run("translations", _check_translations)
                run("default form", _check_form)
                run("temporary store", lambda: _check_store(state), ("default form",))
                run("Arabic checklist PDF", lambda: _check_pdf(state), ("temporary store",))
                run(
                    "Amiri embedded in PDF",
                    lambda: _check_pdf_font(state),
                    ("Arabic checklist PDF",),
                )
                run("print preview", lambda: _check_preview(state), ("Arabic checklist PDF",))
            finally:
                if state.services is not None:
                    state.services.close()
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    if temp.exists():
        results.append(CheckResult("clean-up", False, f"could not delete {temp}; delete it"))
    return SelfTestReport(tuple(results))


def describe_installation() -> str:
    """Where this installation's resources are (for the report's header)."""
    return f"resources in {app_root()}"
