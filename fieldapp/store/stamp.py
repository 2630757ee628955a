"""The who and when of a write, shared by every record written in one transaction."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Stamp:
    """Time (hybrid clock), device and agent of one transaction."""

    at: str
    device_id: str
    agent: str
