"""Confirmation before erasing a person's personal data at the office (law 09-08)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from fieldapp.domain.people import PersonRow


class EraseDialog(QMessageBox):
    """Names the person, says what is erased and what is kept (docs/office.md §6); Cancel is
    the default button. `confirmed()` after `exec()` tells whether to erase."""

    def __init__(self, person: PersonRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Erase personal data"))
        name = " / ".join(n for n in (person.name_ar, person.name_lat) if n) or "—"
        self.setText(
            self.tr("Erase the personal data of %1 (CIN %2) from the office registry?")
            .replace("%1", f"\u2068{name}\u2069")
            .replace("%2", f"\u2066{person.cin}\u2069")
        )
        self.setInformativeText(
            self.tr(
                "Erased from every registration with this CIN: names, CIN, phone, gender, birth "
                "year, craft, place, questionnaire answers, follow-up, and the values in the "
                "audit trail. Kept: record ids, the sessions attended, when records were made "
                "and changed, and which laptop and agent wrote them, so that an older bundle "
                "cannot bring the person back. This cannot be undone; delete the person on the "
                "laptop that registered them too."
            )
        )
        self.erase_button: QPushButton = self.addButton(
            self.tr("&Erase"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def confirmed(self) -> bool:
        """Whether the user chose to erase."""
        return self.clickedButton() is self.erase_button
