"""Fixtures for the sync tests: one office identity and one device key per session (key
generation is cheap, but sharing keeps hypothesis examples fast)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sync_bundlekit import make_content

from fieldapp.sync import BundleSummary, OfficeIdentity, write_bundle


@pytest.fixture(scope="session")
def office() -> OfficeIdentity:
    return OfficeIdentity.generate()


@pytest.fixture(scope="session")
def other_office() -> OfficeIdentity:
    return OfficeIdentity.generate()


@pytest.fixture(scope="session")
def device_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def encrypted_bundle(
    tmp_path: Path, office: OfficeIdentity, device_key: Ed25519PrivateKey
) -> BundleSummary:
    return write_bundle(
        tmp_path / "day1.fieldbundle",
        content=make_content(device_key),
        device_key=device_key,
        recipient=office.public().recipient,
    )


@pytest.fixture
def plain_bundle(tmp_path: Path, device_key: Ed25519PrivateKey) -> BundleSummary:
    return write_bundle(
        tmp_path / "plain.fieldbundle",
        content=make_content(device_key),
        device_key=device_key,
        recipient=None,
        encrypt=False,
    )
