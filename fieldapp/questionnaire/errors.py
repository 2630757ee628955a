"""The exceptions of the questionnaire layer and the problem records they carry."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FormProblem:
    """One reason a form definition is refused.

    `source` is the file (or `<text>`), `location` names the element, e.g. `question 'nia'`,
    `outcome 'amo_enroll_tns'`, `rule 3`, or is empty for the form as a whole.
    """

    source: str
    location: str
    reason: str

    def __str__(self) -> str:
        if self.location:
            return f"{self.source}: {self.location}: {self.reason}"
        return f"{self.source}: {self.reason}"


class FormError(Exception):
    """A form definition was refused; `problems` lists every reason found."""

    def __init__(self, problems: Sequence[FormProblem]) -> None:
        self.problems: list[FormProblem] = list(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))

    def __str__(self) -> str:
        return "\n".join(str(problem) for problem in self.problems)


class UnknownForm(FormError, LookupError):
    """No form with the asked id (and version) is installed."""

    def __init__(self, form_id: str, version: str | None, known: Sequence[str]) -> None:
        wanted = f"form '{form_id}'" + (f" version '{version}'" if version else "")
        listing = ", ".join(known) if known else "none"
        reason = f"{wanted} not found (installed: {listing})"
        self.form_id = form_id
        self.version = version
        super().__init__([FormProblem("registry", "", reason)])

    def __str__(self) -> str:
        return self.problems[0].reason


class AnswerError(ValueError):
    """A typed answer could not be made from the given text."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key
        self.message = message

    def __str__(self) -> str:
        return self.message
