"""Enrolment of a laptop with a chamber office, from the office's deployment profile.

The profile brings the office's keys (bundles are encrypted to it, receipts verified with it),
the forms in use, and a pseudonymised snapshot of the registry so a returning artisan is
recognised by CIN as "known from an earlier session" (see docs/office.md for what it holds).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldapp.domain.validators import normalise_cin
from fieldapp.questionnaire import FormError, parse_form_text
from fieldapp.services.bundles.errors import AlreadyEnrolled, NotEnrolled
from fieldapp.services.bundles.export import ENROLMENT_KEYS
from fieldapp.services.context import ServiceContext
from fieldapp.services.events import Change
from fieldapp.store.office.people_registry import KnownPeople
from fieldapp.store.sql import as_sql
from fieldapp.sync import Profile, ProfileError, read_profile

SALT_KEY = "known_people_salt"


def cin_key(salt: str, cin: str) -> str:
    """The keyed hash a registry snapshot uses instead of a CIN."""
    digest = hmac.new(bytes.fromhex(salt), normalise_cin(cin).encode("utf-8"), hashlib.sha256)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class EnrolResult:
    """What enrolment installed."""

    office_name: str
    fingerprint: str
    forms: tuple[str, ...]
    forms_skipped: tuple[str, ...]
    known_people: int


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """What the office knew about a CIN when the profile was written."""

    sessions: int
    last_date: str
    last_place: str
    outcomes: tuple[str, ...]
    follow_up: str


class EnrolmentService:
    """Reads profiles, installs them, and answers "do we know this CIN?"."""

    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
        self._known = KnownPeople(as_sql(context.store.db))

    def read(self, *, path: Path) -> Profile:
        """Read and verify a profile without installing it (to show its fingerprint)."""
        return read_profile(Path(path))

    def enrol(self, *, path: Path, replace: bool = False) -> EnrolResult:
        """Install a profile. A laptop enrolled with another office is refused unless
        `replace`; re-enrolling with the same office refreshes forms and the snapshot."""
        profile = read_profile(Path(path))
        settings = self._ctx.store.settings
        current = settings.get(ENROLMENT_KEYS["fingerprint"])
        if current is not None and current != profile.fingerprint and not replace:
            raise AlreadyEnrolled(
                f"this laptop is enrolled with another office (fingerprint {current}); "
                f"the profile is from {profile.fingerprint}. Deliver pending bundles first, "
                "then enrol again with --replace"
            )
        payload = profile.payload
        forms, skipped = self._forms(payload.get("forms", []))
        registry = payload.get("registry") or {}
        people = registry.get("people", []) if isinstance(registry, dict) else []
        salt = registry.get("salt", "") if isinstance(registry, dict) else ""
        if not isinstance(people, list) or not isinstance(salt, str):
            raise ProfileError("the profile's registry snapshot is malformed")
        with self._ctx.store.transaction(self._ctx.agent or "enrol") as stamp:
            values = {
                "name": profile.office_name,
                "recipient": profile.keys.recipient,
                "signing_key": base64.b64encode(profile.keys.signing_public_key).decode("ascii"),
                "fingerprint": profile.fingerprint,
                "enrolled_at": stamp.at,
            }
            for name, value in values.items():
                settings.set(ENROLMENT_KEYS[name], value)
            settings.set(SALT_KEY, salt or None)
            try:
                count = self._known.replace_all(people)
            except (KeyError, TypeError, ValueError):
                raise ProfileError("the profile's registry snapshot is malformed") from None
            for form in forms:
                self._ctx.store.form_versions.add(
                    form_id=form["id"],
                    version=form["version"],
                    content_hash=form["content_hash"],
                    definition=form["definition"],
                    seen_at=stamp.at,
                )
        self._ctx.bus.publish(Change("enrolment"))
        return EnrolResult(
            office_name=profile.office_name,
            fingerprint=profile.fingerprint,
            forms=tuple(f"{f['id']} {f['version']}" for f in forms),
            forms_skipped=tuple(skipped),
            known_people=count,
        )

    def _forms(self, entries: Any) -> tuple[list[dict[str, str]], list[str]]:
        """Form versions to store; those already stored with other content are skipped."""
        if not isinstance(entries, list):
            raise ProfileError("the profile's form list is malformed")
        forms, skipped = [], []
        for entry in entries:
            try:
                definition = str(entry["definition"])
                form = parse_form_text(definition, source="profile")
            except (KeyError, TypeError, FormError) as error:
                raise ProfileError(f"a form in the profile cannot be read: {error}") from None
            if form.content_hash != entry.get("content_hash"):
                raise ProfileError(f"form '{form.id}' in the profile does not match its hash")
            stored = self._ctx.store.form_versions.get(form.id, form.version)
            if stored is not None and stored.content_hash != form.content_hash:
                skipped.append(f"{form.id} {form.version}: this laptop has other content")
                continue
            forms.append(
                {
                    "id": form.id,
                    "version": form.version,
                    "content_hash": form.content_hash,
                    "definition": json.dumps(form.to_dict(), ensure_ascii=False, sort_keys=True),
                }
            )
        return forms, skipped

    def known_person(self, *, cin: str) -> KnownPerson | None:
        """What the office's snapshot says about this CIN, if anything. NotEnrolled when
        the laptop has no snapshot."""
        salt = self._ctx.store.settings.get(SALT_KEY)
        if salt is None:
            raise NotEnrolled("this laptop has no registry snapshot: enrol it with a profile")
        entry = self._known.get(cin_key(salt, cin))
        if entry is None:
            return None
        return KnownPerson(
            sessions=int(entry["sessions"]),
            last_date=entry["last_date"],
            last_place=entry["last_place"],
            outcomes=tuple(entry["outcomes"]),
            follow_up=entry["follow_up"],
        )
