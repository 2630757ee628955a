"""What every service needs: the store, the acting agent and the change bus."""

from __future__ import annotations

from dataclasses import dataclass, field

from fieldapp.services.events import ChangeBus
from fieldapp.store import Store


@dataclass
class ServiceContext:
    """Shared by the services of one data directory; `agent` is set when a session is opened."""

    store: Store
    agent: str = ""
    bus: ChangeBus = field(default_factory=ChangeBus)
