"""What every command shares: the data directory, the services, output helpers."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from fieldapp.domain import texts
from fieldapp.services.app import AppServices, open_services

# A value holding Latin letters or digits (an id, a CIN, a path, a date, a Latin name): in an
# Arabic line it is wrapped in a first-strong isolate (FSI … PDI, as the window's `isolated()`)
# so a bidi-aware terminal or editor keeps its characters in order. Bare counts stay digits.
_NEEDS_ISOLATE = re.compile(r"[0-9A-Za-z]")


class CliError(Exception):
    """A refusal to report on stderr with a non-zero exit code (1: input rejected)."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


def reconfigure_stdio() -> None:
    """Make stdout/stderr UTF-8 (the Windows console is not, and Arabic must never raise)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


@dataclass
class CliEnv:
    """The parsed arguments plus lazily opened services."""

    args: argparse.Namespace
    lang: str
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    _services: AppServices | None = None

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> CliEnv:
        """Build the environment from the global options."""
        lang = args.lang or os.environ.get("FIELDAPP_LANG", "en")
        if lang not in ("ar", "fr", "en"):
            lang = "en"
        return cls(args=args, lang=lang)

    @property
    def data_dir(self) -> Path | None:
        """The `--data-dir` option, if given."""
        value = getattr(self.args, "data_dir", None)
        return Path(value) if value else None

    @property
    def agent(self) -> str:
        """The agent name for the audit trail."""
        return str(getattr(self.args, "agent", None) or os.environ.get("FIELDAPP_AGENT", "cli"))

    def services(self) -> AppServices:
        """Open the data directory on first use (migrations, device identity, logging)."""
        if self._services is None:
            self._services = open_services(data_dir=self.data_dir, agent=self.agent)
        return self._services

    def text(self, key: str, **params: object) -> str:
        """The catalogue's `key` in the CLI's language (`--lang`), its `{params}` filled."""
        return texts.text(key, self.lang, **self._shown(params))

    def plural(self, key: str, n: int, **params: object) -> str:
        """The form of the plural message `key` the CLI's language picks for `n`."""
        return texts.plural(key, n, self.lang, **self._shown(params))

    def _shown(self, params: dict[str, object]) -> dict[str, object]:
        if self.lang != "ar":
            return params
        shown = {}
        for name, value in params.items():
            if isinstance(value, os.PathLike):
                value = os.fspath(value)
            if isinstance(value, str) and _NEEDS_ISOLATE.search(value):
                value = f"\u2068{value}\u2069"
            shown[name] = value
        return shown

    def print(self, text: str) -> None:
        """A result line on stdout."""
        print(text, file=self.out)

    def print_json(self, payload: object) -> None:
        """One JSON document on stdout (UTF-8, Arabic not escaped)."""
        print(json.dumps(payload, ensure_ascii=False, indent=2, default=str), file=self.out)

    def error(self, text: str) -> None:
        """A message on stderr."""
        print(text, file=self.err)

    def close(self) -> None:
        """Close the services if they were opened."""
        if self._services is not None:
            self._services.close()
            self._services = None
