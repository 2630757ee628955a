"""Autosaved drafts of forms being typed, so a crash or a killed process loses no typing."""

from __future__ import annotations

from typing import Any

from fieldapp.services.context import ServiceContext


class DraftService:
    """Saves, finds and discards drafts; each save is durable when it returns."""

    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def save(self, *, key: str, session_id: str, payload: dict[str, Any]) -> None:
        """Replace the draft under `key` (e.g. `attendee:<session id>`)."""
        store = self._ctx.store
        store.drafts.save(key, session_id=session_id, payload=payload, saved_at=store.clock.now())

    def load(self, *, key: str) -> dict[str, Any] | None:
        """The draft under `key`, if one was left."""
        return self._ctx.store.drafts.load(key)

    def discard(self, *, key: str) -> None:
        """Forget the draft (after saving the record, or when the user throws it away)."""
        self._ctx.store.drafts.discard(key)

    def pending(self) -> list[tuple[str, str]]:
        """`(key, session_id)` of every draft left behind, newest first (to reopen after a crash)."""
        return self._ctx.store.drafts.keys()
