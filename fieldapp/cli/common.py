"""What every command shares: the data directory, the services, output helpers."""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from fieldapp.services.app import AppServices, open_services


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
