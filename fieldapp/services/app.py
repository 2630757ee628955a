"""Open a data directory and build the services the GUI and CLI share."""

from __future__ import annotations

import logging
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.logs import setup_logging
from fieldapp.paths import logs_dir, resolve_data_dir
from fieldapp.questionnaire import FormCatalogue, default_catalogue
from fieldapp.services.answers import AnswerService
from fieldapp.services.attendees import AttendeeService
from fieldapp.services.context import ServiceContext
from fieldapp.services.desk import DeskService
from fieldapp.services.documents import DocumentService
from fieldapp.services.drafts import DraftService
from fieldapp.services.events import ChangeBus
from fieldapp.services.forms import FormService
from fieldapp.services.preferences import PreferenceService
from fieldapp.services.sessions import SessionService
from fieldapp.store import Store, StoreError, load_or_create_device
from fieldapp.store.device import make_private_dir

if TYPE_CHECKING:
    from fieldapp.services.bundles.enrolment import EnrolmentService
    from fieldapp.services.bundles.export import BundleExportService
    from fieldapp.services.office.bundle_import import BundleImportService
    from fieldapp.services.office.database_check import RegistryLocation
    from fieldapp.services.office.keys import OfficeKeys
    from fieldapp.services.office.move import OfficeMove
    from fieldapp.services.office.registry import OfficeInfo, OfficeService
    from fieldapp.store.office.database import OfficeDatabase

log = logging.getLogger(__name__)


class AppServices:
    """Everything a front end needs, for one data directory.

    The sync and office services (encryption, signatures, XLSX) are built on first use, so the
    window opens without importing them.
    """

    def __init__(
        self,
        *,
        data_dir: Path,
        context: ServiceContext,
        forms: FormService,
        log_file: Path,
    ) -> None:
        self.data_dir = data_dir
        self.context = context
        self._office_url: str | None = None  # the office registry's, once opened
        self.forms = forms
        self.log_file = log_file
        self.sessions = SessionService(context)
        self.attendees = AttendeeService(context)
        self.answers = AnswerService(context, forms)
        self.desk = DeskService(context, self.attendees, self.answers)
        self.documents = DocumentService(context, self.answers)
        self.drafts = DraftService(context)
        self.preferences = PreferenceService(context)

    @cached_property
    def bundle_export(self) -> BundleExportService:
        """Bundle export and receipts on a field laptop."""
        from fieldapp.services.bundles.export import BundleExportService

        return BundleExportService(self.context)

    @cached_property
    def enrolment(self) -> EnrolmentService:
        """Enrolling this laptop with an office profile."""
        from fieldapp.services.bundles.enrolment import EnrolmentService

        return EnrolmentService(self.context)

    @cached_property
    def office_keys(self) -> OfficeKeys:
        """The office identity kept in this data directory (if it is an office)."""
        from fieldapp.services.office.keys import OfficeKeys

        return OfficeKeys(self.data_dir)

    @cached_property
    def bundle_import(self) -> BundleImportService:
        """Bundle import and merge at the office."""
        from fieldapp.services.office.bundle_import import BundleImportService

        return BundleImportService(self.context, self.forms, self.office_keys, self.office_database)

    @cached_property
    def office(self) -> OfficeService:
        """The merged registry, duplicates, follow-up and profiles."""
        from fieldapp.services.office.registry import OfficeService

        return OfficeService(self.context, self.forms, self.office_keys, self.office_database)

    def init_office(
        self, *, database_url: str | None = None, passphrase: str | None = None
    ) -> OfficeInfo:
        """Make this data folder an office: its keys (protected by `passphrase` when given,
        see `OfficeKeys.create`), and (with `database_url`) its registry
        on that PostgreSQL database, reached and migrated first so that a bad or
        unreachable URL is refused before anything is written. Then the URL is kept in the
        office folder (`services/office/database_setting.py`)."""
        from fieldapp.services.office.database_setting import checked_setting, save_database_url
        from fieldapp.store.office.engines import open_office_database

        url = checked_setting(database_url) if database_url else None
        if url is not None and "office" not in self.__dict__:
            # the registry the office services below are built on (a cached_property's value)
            self.__dict__["office_database"] = open_office_database(self.context.store, url)
            self._office_url = url
        info = self.office.init_identity(passphrase=passphrase)
        if url is not None:
            save_database_url(self.data_dir, url)
        return info

    @cached_property
    def office_database(self) -> OfficeDatabase:
        """The office registry's database: this data folder's own SQLite file, or the
        PostgreSQL database its URL names (`FIELDAPP_OFFICE_DATABASE`, else the office
        folder's setting; see `services/office/database_setting.py`)."""
        from fieldapp.services.office.database_setting import office_database_url
        from fieldapp.store.office.engines import open_office_database

        url = office_database_url(self.data_dir)
        database = open_office_database(self.context.store, url)
        self._office_url = url
        return database

    def office_registry_location(self) -> RegistryLocation:
        """Where the office registry is: the database opened, or (not opened yet) the one
        the settings name. Never connects, never shows a password."""
        from fieldapp.services.office.database_check import registry_location
        from fieldapp.services.office.database_setting import office_database_url

        opened = "office_database" in self.__dict__
        url = self._office_url if opened else office_database_url(self.data_dir)
        return registry_location(self.data_dir, url)

    @cached_property
    def office_move(self) -> OfficeMove:
        """`office migrate`: the embedded registry copied to an empty PostgreSQL database."""
        from fieldapp.services.office.move import OfficeMove

        return OfficeMove(
            data_dir=self.data_dir,
            keys=self.office_keys,
            database=self.office_database,
            device_id=self.context.store.device.device_id,
            agent=lambda: self.context.agent,
        )

    @property
    def store(self) -> Store:
        """The underlying store (for services and tests; front ends call services)."""
        return self.context.store

    @property
    def bus(self) -> ChangeBus:
        """Announces committed changes."""
        return self.context.bus

    @property
    def agent(self) -> str:
        """The agent stamped on records written now."""
        return self.context.agent

    @agent.setter
    def agent(self, name: str) -> None:
        self.context.agent = name.strip()

    def close(self) -> None:
        """Close the database (and the office registry's, when it was opened)."""
        if "office_database" in self.__dict__:
            self.office_database.close()
        self.context.store.close()


def build_services(
    store: Store,
    *,
    data_dir: Path,
    agent: str = "",
    log_file: Path | None = None,
    registry: FormCatalogue | None = None,
) -> AppServices:
    """Wire the services around an opened store."""
    context = ServiceContext(store=store, agent=agent)
    return AppServices(
        data_dir=data_dir,
        context=context,
        forms=FormService(context, registry or default_catalogue(data_dir)),
        log_file=log_file or logs_dir(data_dir),
    )


def open_services(*, data_dir: Path | str | None = None, agent: str = "") -> AppServices:
    """Create (private, 0700) and open the data directory, its log, device identity and store.

    Raises StoreError with a user-readable message if the directory cannot be used.
    """
    directory = resolve_data_dir(data_dir)
    try:
        make_private_dir(directory)
        log_file = setup_logging(logs_dir(directory))
        device = load_or_create_device(directory)
    except OSError as error:
        raise StoreError(
            f"cannot use the data directory {directory}: {error.strerror or error}; "
            "choose a writable folder with --data-dir or FIELDAPP_DATA_DIR"
        ) from error
    store = Store.open(directory, device)
    log.info("opened data directory (device %s)", device.device_id)
    return build_services(store, data_dir=directory, agent=agent, log_file=log_file)
