"""The chamber office: its identity, deployment profiles, the merged registry of people,
possible duplicates and follow-up state."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from fieldapp.domain.validators import normalise_cin, validate_cin
from fieldapp.questionnaire import Form
from fieldapp.services.bundles.enrolment import cin_key
from fieldapp.services.bundles.errors import SyncError, UnknownPerson
from fieldapp.services.context import ServiceContext
from fieldapp.services.events import Change
from fieldapp.services.forms import FormService
from fieldapp.services.office.decisions import PeopleDecisions
from fieldapp.services.office.keys import OfficeKeys
from fieldapp.services.office.registry_export import export_people
from fieldapp.store.audit import AuditLog
from fieldapp.store.erasure import erase_person
from fieldapp.store.office.database import OfficeDatabase
from fieldapp.store.office.people import People
from fieldapp.store.office.people_registry import DuplicateGroup, PeopleRegistry, PersonRow
from fieldapp.sync import write_profile

FOLLOW_UP_STATUSES = (
    "to_contact",
    "contacted",
    "registered",
    "enrolled_amo",
    "unreachable",
    "declined",
    "closed",
)
# What an outcome tells the person to do is read from its checklist in the forms: one that
# lists a step below tells them to register (law 50.17), or gives the contribution they will
# pay on enrolling in AMO. Every known form version is read (people answered under older
# versions keep their outcomes), so the lists follow the forms, never a hand-kept list of
# outcome ids that a form review leaves stale.
REGISTER_STEPS = frozenset({"step_register_rna"})
ENROL_STEPS = frozenset({"step_contribution_non_taxed", "step_contribution_taxed"})


@dataclass(frozen=True, slots=True)
class ToldTo:
    """The outcome ids, across form versions, that tell a person to register / to enrol."""

    register: frozenset[str]
    enrol_amo: frozenset[str]

    @classmethod
    def from_forms(cls, forms: Iterable[Form]) -> ToldTo:
        """The outcomes whose checklist holds a `REGISTER_STEPS` / `ENROL_STEPS` item."""
        outcomes = [outcome for form in forms for outcome in form.outcomes]
        return cls(
            frozenset(o.id for o in outcomes if REGISTER_STEPS & set(o.items)),
            frozenset(o.id for o in outcomes if ENROL_STEPS & set(o.items)),
        )


PersonFilter = Callable[[PersonRow, ToldTo], bool]
FILTERS: dict[str, PersonFilter] = {
    "told_to_register_not_registered": lambda p, told: (
        bool(told.register & set(p.outcomes)) and p.follow_up not in ("registered", "closed")
    ),
    "told_to_enrol_amo_not_enrolled": lambda p, told: (
        bool(told.enrol_amo & set(p.outcomes)) and p.follow_up not in ("enrolled_amo", "closed")
    ),
    "follow_up_open": lambda p, _told: p.follow_up in ("", "to_contact", "contacted"),
    "returning": lambda p, _told: p.sessions >= 2,
    # Pre-registered for a session and did not come: the people to call.
    "pre_registered_absent": lambda p, _told: p.absent > 0,
    "without_cin": lambda p, _told: not p.cin,
}


@dataclass(frozen=True, slots=True)
class OfficeInfo:
    """The office identity of this data directory."""

    directory: Path
    fingerprint: str
    recipient: str


@dataclass(frozen=True, slots=True)
class ProfileResult:
    """A written deployment profile."""

    path: Path
    office_name: str
    fingerprint: str
    forms: tuple[str, ...]
    people: int


class OfficeService:
    """Use cases of the chamber office (the import itself is `BundleImportService`)."""

    def __init__(
        self,
        context: ServiceContext,
        forms: FormService,
        keys: OfficeKeys,
        database: OfficeDatabase,
    ) -> None:
        self._ctx = context
        self._forms = forms
        self.keys = keys
        self.database = database
        self.registry = PeopleRegistry(database)
        self.decisions = PeopleDecisions(context, database, self.resolve_person)

    def init_identity(self, *, passphrase: str | None = None) -> OfficeInfo:
        """Create the office keys, protected by `passphrase` when given (refused if they
        exist: losing them loses every bundle still on a stick)."""
        identity = self.keys.create(passphrase)
        return OfficeInfo(self.keys.directory, identity.fingerprint(), identity.public().recipient)

    def info(self) -> OfficeInfo:
        """The office's public identity (no passphrase asked); NotAnOffice when there is none."""
        public = self.keys.public()
        return OfficeInfo(self.keys.directory, public.fingerprint, public.recipient)

    def write_profile(
        self, *, path: Path, office_name: str, include_registry: bool = True
    ) -> ProfileResult:
        """Write a deployment profile for laptops: keys, forms, pseudonymised registry."""
        identity = self.keys.identity()
        forms = self._forms.list_forms()
        salt = secrets.token_hex(16)
        people = self.people() if include_registry else []
        snapshot = [
            {
                "cin_key": cin_key(salt, p.cin),
                "sessions": p.sessions,
                "last_date": p.last_date,
                "last_place": p.last_place,
                "outcomes": list(p.outcomes),
                "follow_up": p.follow_up,
            }
            for p in people
            if p.cin
        ]
        payload = {
            "forms": [
                {
                    "id": f.id,
                    "version": f.version,
                    "content_hash": f.content_hash,
                    "definition": json.dumps(f.to_dict(), ensure_ascii=False, sort_keys=True),
                }
                for f in forms
            ],
            "registry": {"salt": salt, "people": snapshot},
        }
        write_profile(Path(path), identity=identity, office_name=office_name, payload=payload)
        return ProfileResult(
            Path(path),
            office_name,
            identity.fingerprint(),
            tuple(f"{f.id} {f.version}" for f in forms),
            len(snapshot),
        )

    def people(self, *, filter_name: str | None = None) -> list[PersonRow]:
        """People across sessions with their latest outcomes and follow-up state."""
        if filter_name is not None and filter_name not in FILTERS:
            raise SyncError(f"unknown filter '{filter_name}'; choose one of {', '.join(FILTERS)}")
        self.link_local()
        with self.database.reading("registry"):
            rows = self.registry.people()
        if filter_name is None:
            return rows
        told = ToldTo.from_forms(self._forms.registry.forms())
        return [p for p in rows if FILTERS[filter_name](p, told)]

    def duplicates(self) -> list[DuplicateGroup]:
        """Possible duplicates across scripts, minus the groups a clerk dismissed."""
        self.link_local()
        with self.database.reading("registry"):
            return self.registry.duplicates()

    def resolve_person(self, text: str) -> str:
        """The person id for a CIN, a person id or an attendee id (prefix)."""
        self.link_local()
        keys = self.registry.person_keys_for(text.strip()) or self.registry.person_keys_for(
            normalise_cin(text)
        )
        if len(keys) != 1:
            raise UnknownPerson(
                f"no person in the registry matches '{text}'"
                if not keys
                else f"'{text}' matches several people ({', '.join(keys[:5])}); be more precise"
            )
        return keys[0]

    def set_follow_up(
        self, *, person: str, status: str, note: str = "", expected_version: int | None = None
    ) -> PersonRow:
        """Set a person's follow-up status (one of FOLLOW_UP_STATUSES) and note. With
        `expected_version` (the `follow_up_version` read), a change someone made since is
        not overwritten: ChangedMeanwhile says who and when, with the current value."""
        if status not in FOLLOW_UP_STATUSES:
            raise SyncError(
                f"unknown follow-up status '{status}'; choose one of {', '.join(FOLLOW_UP_STATUSES)}"
            )
        return self.decisions.set_follow_up(
            person=person, status=status, note=note.strip(), expected_version=expected_version
        )

    def people_page(self, *, limit: int = 100, after: str | None = None) -> list[PersonRow]:
        """One page of the registry, newest person first (see `PeopleRegistry.people_page`)."""
        self.link_local()
        with self.database.reading("registry"):
            return self.registry.people_page(limit=limit, after=after)

    def link_local(self) -> None:
        """Registrations made at this computer's own desk (not imported) join their person
        too, in one short transaction, before the registry is read."""
        people = People(self.database)
        if people.unlinked():
            with self.database.transaction(self._ctx.agent or "office") as stamp:
                people.link_new(stamp.at)

    def erase_person(self, *, cin: str) -> int:
        """Erase a person from the office database (law 09-08): every registration with that
        CIN becomes a tombstone with ids and times only, their answers and the values of
        their audit entries are wiped, their follow-up is dropped, and one audit entry per
        registration records the erasure without any value. Returns the registrations erased.
        The next registry snapshot sent to the laptops no longer holds them."""
        key = validate_cin(cin)
        db = self.database
        with db.transaction(self._ctx.agent or "office") as stamp:
            ids = erase_person(db, AuditLog(db), db.search, stamp, cin=key)
            if not ids:
                raise UnknownPerson(f"no registration in the office database has CIN {key}")
        self._ctx.bus.publish(Change("attendee", ids=tuple(ids)))
        return len(ids)

    def outcome_titles(self, lang: str) -> dict[str, str]:
        """Outcome ids → their titles in `lang`, from every form version this office knows
        (people answered under older versions keep their outcomes; the latest title wins)."""
        return {
            outcome.id: outcome.title.get(lang)
            for form in self._forms.registry.forms()
            for outcome in form.outcomes
        }

    def export_people(
        self, *, path: Path, filter_name: str | None = None, lang: str = "ar"
    ) -> tuple[Path, int]:
        """Write the (filtered) registry to a `.csv` or `.xlsx` file for people to read:
        headings, genders, follow-up statuses and outcome titles in `lang`. Returns the file
        and the number of people written."""
        people = self.people(filter_name=filter_name)
        written = export_people(
            Path(path), people, lang=lang, outcome_titles=self.outcome_titles(lang)
        )
        return written, len(people)
