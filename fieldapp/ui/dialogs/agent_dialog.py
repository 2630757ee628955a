"""Who is at the desk: the field agent's name, asked when a session is opened."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldapp.ui.widgets.label_fit import fit_labels


class AgentDialog(QDialog):
    """Asks the agent's name (pre-filled with the last one used on this laptop). No signals."""

    def __init__(self, default: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Field agent"))
        self.explanation = QLabel(
            self.tr(
                "Your name is recorded with every registration and change made in this session."
            )
        )
        self.explanation.setWordWrap(True)
        self.name = QLineEdit(default)
        self.name.selectAll()
        self.error = QLabel(self.tr("Enter your name."))
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Agent &name"), self.name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_labels(self)

    def agent(self) -> str:
        """The name typed, trimmed."""
        return self.name.text().strip()

    def accept(self) -> None:
        """Refuse an empty name."""
        if not self.agent():
            self.error.show()
            self.name.setFocus()
            return
        super().accept()
