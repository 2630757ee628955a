"""Carry service change events to the GUI thread as a Qt signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from fieldapp.services.events import Change, ChangeBus


class ChangeRelay(QObject):
    """Subscribes to the services' ChangeBus; re-emits on the GUI thread.

    Signals:
        changed(object): a `Change` committed by a service (from any thread).
    """

    changed = Signal(object)

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        bus.subscribe(self._relay)
        self.destroyed.connect(lambda *_: bus.unsubscribe(self._relay))

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)

    def detach(self) -> None:
        """Stop listening (before the services are closed)."""
        self._bus.unsubscribe(self._relay)
