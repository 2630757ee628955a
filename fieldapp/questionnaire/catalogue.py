"""Every installed form: the bundled ones plus those a chamber adds in the data directory."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.paths import user_forms_dir
from fieldapp.questionnaire.errors import FormError, FormProblem, UnknownForm
from fieldapp.resources import bundled_forms_dir

if TYPE_CHECKING:
    from fieldapp.questionnaire.model import Form

log = logging.getLogger(__name__)

FORM_SUFFIXES = (".yaml", ".yml", ".json")


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key of a version: dotted numbers compare as numbers (`1.10` > `1.9`)."""
    parts = version.replace("-", ".").replace("_", ".").split(".")
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in parts)


class FormCatalogue:
    """Forms loaded from `dirs`; a later dir overrides an earlier one for the same id+version.

    Files that fail to load are skipped and listed in `problems` (or raised with `strict`).
    """

    def __init__(self, dirs: Sequence[Path], *, strict: bool = False) -> None:
        self.dirs = tuple(Path(d) for d in dirs)
        self._strict = strict
        self._problems: list[FormProblem] = []
        self._loaded: dict[tuple[str, str], Form] | None = None
        if strict:
            self._load()

    @property
    def problems(self) -> list[FormProblem]:
        """Why each refused form file was refused."""
        self._load()
        return self._problems

    @property
    def _forms(self) -> dict[tuple[str, str], Form]:
        return self._load()

    def _load(self) -> dict[tuple[str, str], Form]:
        """Parse the form files on first use (YAML and schema checks are not start-up work)."""
        if self._loaded is not None:
            return self._loaded
        # The loader brings the form model and the expression engine (~25 ms at start-up).
        from fieldapp.questionnaire.loader import parse_form_file

        forms: dict[tuple[str, str], Form] = {}
        for directory in self.dirs:
            if not directory.is_dir():
                continue
            for path in sorted(directory.iterdir()):
                if path.suffix.lower() not in FORM_SUFFIXES or not path.is_file():
                    continue
                try:
                    form = parse_form_file(path)
                except FormError as error:
                    if self._strict:
                        raise
                    log.warning("form file refused:\n%s", error)
                    self._problems.extend(error.problems)
                    continue
                forms[(form.id, form.version)] = form
        self._loaded = forms
        return forms

    def forms(self) -> list[Form]:
        """Every form, sorted by id then version (oldest first)."""
        return sorted(self._forms.values(), key=lambda f: (f.id, version_key(f.version)))

    def get(self, form_id: str, version: str | None = None) -> Form:
        """The form `form_id` at `version` (latest when None); raises UnknownForm."""
        if version is not None:
            form = self._forms.get((form_id, version))
            if form is None:
                raise UnknownForm(form_id, version, self._known())
            return form
        candidates = [form for form in self.forms() if form.id == form_id]
        if not candidates:
            raise UnknownForm(form_id, None, self._known())
        return candidates[-1]

    def _known(self) -> list[str]:
        return [f"{form.id} {form.version}" for form in self.forms()]


def default_catalogue(data_dir: Path | None) -> FormCatalogue:
    """The bundled forms, overridden or completed by `<data_dir>/forms` when given."""
    dirs = [bundled_forms_dir()]
    if data_dir is not None:
        dirs.append(user_forms_dir(data_dir))
    return FormCatalogue(dirs)
