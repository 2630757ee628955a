"""The data errors the services let reach their callers (the GUI, the CLI), named here so a
front end handles them without importing the store: the data folder or database cannot be
used (`StoreError`, each with a message in the user's language), a file of the data folder is
damaged (`DataFolderDamaged`, restorable from a backup or not), no record has that id
(`RecordNotFound`). They are the store's own classes, re-exported: one declaration each."""

from __future__ import annotations

from fieldapp.store.errors import DataFolderDamaged as DataFolderDamaged
from fieldapp.store.errors import RecordNotFound as RecordNotFound
from fieldapp.store.errors import StoreError as StoreError
