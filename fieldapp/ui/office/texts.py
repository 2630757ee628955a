"""Translated names for the sync layer's codes: follow-up statuses, registry filters, record
kinds, import stages and file statuses, and the framing of refusal messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldapp.atomic import DiskFull
from fieldapp.documents import registry_labels
from fieldapp.services.bundles.errors import NotEnrolled, SyncError
from fieldapp.sync import BundleError
from fieldapp.ui.errors import user_message
from fieldapp.ui.i18n import interface_language


def follow_up_label(status: str) -> str:
    """A follow-up status (`to_contact`, …; '' when none was set) in the interface language:
    the same words the registry export writes (the catalogue's context `follow_up`)."""
    return registry_labels.follow_up_label(status, interface_language())


def filter_label(name: str | None) -> str:
    """A registry filter of `OfficeService.people` in the interface language."""
    labels = {
        None: QCoreApplication.translate("OfficeTexts", "Everyone"),
        "told_to_register_not_registered": QCoreApplication.translate(
            "OfficeTexts", "Told to register in the RNA, not yet registered"
        ),
        "told_to_enrol_amo_not_enrolled": QCoreApplication.translate(
            "OfficeTexts", "Told to enrol in AMO, not yet enrolled"
        ),
        "follow_up_open": QCoreApplication.translate("OfficeTexts", "Follow-up open"),
        "returning": QCoreApplication.translate("OfficeTexts", "Returning (two sessions or more)"),
        "without_cin": QCoreApplication.translate("OfficeTexts", "Without a CIN"),
        "pre_registered_absent": QCoreApplication.translate(
            "OfficeTexts", "Pre-registered, did not come (to call)"
        ),
    }
    return labels.get(name, name or "")


def kind_label(kind: str) -> str:
    """A record kind of a bundle (`sessions`, `attendees`, …)."""
    labels = {
        "sessions": QCoreApplication.translate("OfficeTexts", "Sessions"),
        "attendees": QCoreApplication.translate("OfficeTexts", "Attendees"),
        "answers": QCoreApplication.translate("OfficeTexts", "Questionnaires"),
        "print_events": QCoreApplication.translate("OfficeTexts", "Printed checklists"),
        "audit": QCoreApplication.translate("OfficeTexts", "Audit entries"),
    }
    return labels.get(kind, kind)


def stage_label(stage: str) -> str:
    """An import stage (`reading`, `checking`, `merging`, `receipt`, `done`)."""
    labels = {
        "reading": QCoreApplication.translate("OfficeTexts", "Decrypting and verifying"),
        "checking": QCoreApplication.translate("OfficeTexts", "Checking laptop, forms and records"),
        "merging": QCoreApplication.translate("OfficeTexts", "Merging into the registry"),
        "receipt": QCoreApplication.translate("OfficeTexts", "Writing the receipt"),
        "done": QCoreApplication.translate("OfficeTexts", "Done"),
    }
    return labels.get(stage, stage)


STAGES = ("reading", "checking", "merging", "receipt", "done")


def status_label(status: str) -> str:
    """The outcome of one imported file."""
    labels = {
        "imported": QCoreApplication.translate("OfficeTexts", "Imported"),
        "already_imported": QCoreApplication.translate(
            "OfficeTexts", "Already imported, nothing changed"
        ),
        "rejected": QCoreApplication.translate("OfficeTexts", "Refused"),
    }
    return labels.get(status, status)


def refusal_message(error: BaseException, language: str) -> str:
    """What to show for a failed sync operation: a translated framing, then the service's
    own message as given (it names the file, laptop or record concerned)."""
    if isinstance(error, NotEnrolled):
        return (
            QCoreApplication.translate(
                "OfficeTexts",
                "This laptop is not enrolled with a chamber office yet. Open Settings (Ctrl+,) "
                "and choose “Enrol with the office…” with the profile the office gave you.",
            )
            + "\n\n"
            + str(error)
        )
    if isinstance(error, SyncError):
        return (
            QCoreApplication.translate("OfficeTexts", "Refused:") + "\n" + error.message(language)
        )
    if isinstance(error, BundleError):
        return QCoreApplication.translate("OfficeTexts", "Refused:") + "\n" + str(error)
    if isinstance(error, DiskFull):
        return error.message(language)
    if isinstance(error, OSError):
        return (
            QCoreApplication.translate("OfficeTexts", "The file could not be read or written:")
            + "\n"
            + str(error)
        )
    return user_message(error, language)
