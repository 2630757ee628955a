"""Open a data directory and build the services the GUI and CLI share."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from fieldapp import __version__
from fieldapp.logs import setup_logging
from fieldapp.paths import logs_dir, resolve_data_dir
from fieldapp.questionnaire import FormRegistry, default_registry
from fieldapp.services.answers import AnswerService
from fieldapp.services.attendees import AttendeeService
from fieldapp.services.context import ServiceContext
from fieldapp.services.documents import DocumentService
from fieldapp.services.drafts import DraftService
from fieldapp.services.events import ChangeBus
from fieldapp.services.forms import FormService
from fieldapp.services.office import OfficeService
from fieldapp.services.sessions import SessionService
from fieldapp.services.sync_enrol import EnrolmentService
from fieldapp.services.sync_export import SyncExportService
from fieldapp.services.sync_import import SyncImportService
from fieldapp.services.sync_office_keys import OfficeKeys
from fieldapp.store import Store, StoreError, load_or_create_device
from fieldapp.store.device import make_private_dir

log = logging.getLogger(__name__)


@dataclass
class AppServices:
    """Everything a front end needs, for one data directory."""

    data_dir: Path
    context: ServiceContext
    sessions: SessionService
    attendees: AttendeeService
    forms: FormService
    answers: AnswerService
    documents: DocumentService
    drafts: DraftService
    log_file: Path
    sync: SyncExportService
    enrolment: EnrolmentService
    imports: SyncImportService
    office: OfficeService

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
        """Close the database."""
        self.context.store.close()


def build_services(
    store: Store,
    *,
    data_dir: Path,
    agent: str = "",
    log_file: Path | None = None,
    registry: FormRegistry | None = None,
) -> AppServices:
    """Wire the services around an opened store."""
    context = ServiceContext(store=store, agent=agent)
    forms = FormService(context, registry or default_registry(data_dir))
    answers = AnswerService(context, forms)
    office_keys = OfficeKeys(data_dir)
    return AppServices(
        data_dir=data_dir,
        context=context,
        sessions=SessionService(context),
        attendees=AttendeeService(context),
        forms=forms,
        answers=answers,
        documents=DocumentService(context, answers),
        drafts=DraftService(context),
        log_file=log_file or logs_dir(data_dir),
        sync=SyncExportService(context),
        enrolment=EnrolmentService(context),
        imports=SyncImportService(context, forms, office_keys),
        office=OfficeService(context, forms, office_keys),
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
    log.info("fieldapp %s opened data directory (device %s)", __version__, device.device_id)
    return build_services(store, data_dir=directory, agent=agent, log_file=log_file)
