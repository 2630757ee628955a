"""Which questionnaire forms this device serves, pinned by content hash.

The first time a form version is used its definition and hash are stored. A form file later
edited without a new version number is refused with a clear message, and answers given under
an older version keep rendering with the definition stored for that version.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING

from fieldapp.domain.errors import FieldError, ValidationFailed
from fieldapp.questionnaire.errors import FormError, UnknownForm
from fieldapp.services.context import ServiceContext
from fieldapp.store.answers import FormVersionRepository

if TYPE_CHECKING:
    from fieldapp.questionnaire.catalogue import FormCatalogue
    from fieldapp.questionnaire.model import Form

log = logging.getLogger(__name__)


class FormChanged(ValueError):
    """A form's content changed while its version number stayed the same."""


class FormService:
    """Finds forms by id (and version) and guards their versions."""

    def __init__(self, context: ServiceContext, registry: FormCatalogue) -> None:
        self._ctx = context
        self.registry = registry

    def list_forms(self) -> list[Form]:
        """The latest version of each available form."""
        latest: dict[str, Form] = {}
        for form in self.registry.forms():
            try:
                latest[form.id] = self.registry.get(form.id)
            except UnknownForm:
                continue
        return sorted(latest.values(), key=lambda f: f.id)

    def require(self, form_id: str) -> Form:
        """The latest version of `form_id`, pinned; ValidationFailed if there is no such form."""
        try:
            form = self.registry.get(form_id)
        except (UnknownForm, FormError, KeyError):
            raise ValidationFailed(
                [FieldError("form_id", "unknown_form", {"value": form_id})]
            ) from None
        self.pin(form)
        return form

    def pin(self, form: Form, *, versions: FormVersionRepository | None = None) -> None:
        """Store the version on first use; refuse it if its content changed since. `versions`:
        where (the office registry's own, when it is not this data folder's database)."""
        repository = versions if versions is not None else self._ctx.store.form_versions
        stored = repository.get(form.id, form.version)
        if stored is None:
            repository.add(
                form_id=form.id,
                version=form.version,
                content_hash=form.content_hash,
                definition=json.dumps(form.to_dict(), ensure_ascii=False, sort_keys=True),
                seen_at=self._ctx.store.clock.now(),
            )
        elif stored.content_hash != form.content_hash:
            raise FormChanged(
                f"form '{form.id}' version {form.version} ({form.source}) was edited without "
                "changing its version number; answers already given under that version would "
                "change meaning. Give the edited form a new version number."
            )

    def version(self, form_id: str, version: str) -> Form:
        """A specific version: the stored definition if this device used it, else the file."""
        stored = self._ctx.store.form_versions.get(form_id, version)
        if stored is not None:
            # The loader (form model, expressions) is not start-up work (~25 ms).
            from fieldapp.questionnaire.loader import parse_form_text

            return parse_form_text(stored.definition, source=f"{form_id}@{version}.json")
        try:
            form = self.registry.get(form_id, version)
        except (UnknownForm, FormError, KeyError):
            raise ValidationFailed(
                [FieldError("form_id", "unknown_form", {"value": f"{form_id} {version}"})]
            ) from None
        self.pin(form)
        return form

    def conflicts(self) -> list[str]:
        """Messages for every available form edited without a version change."""
        messages = []
        for form in self.registry.forms():
            stored = self._ctx.store.form_versions.get(form.id, form.version)
            if stored is not None and stored.content_hash != form.content_hash:
                messages.append(
                    f"form '{form.id}' version {form.version} ({form.source}) was edited "
                    "without changing its version number"
                )
        return messages
