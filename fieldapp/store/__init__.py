"""The local SQLite store: schema, migrations, repositories and full-text search.

The only package that imports `sqlite3` or `sqlite_utils`.
"""

from __future__ import annotations

from fieldapp.store.device import DeviceIdentity, load_or_create_device
from fieldapp.store.errors import DuplicateRecord, RecordNotFound, StoreError
from fieldapp.store.store import Store

__all__ = [
    "DeviceIdentity",
    "DuplicateRecord",
    "RecordNotFound",
    "Store",
    "StoreError",
    "load_or_create_device",
]
