"""Generated attendees for the benchmarks: mixed Arabic and Latin names, CINs and phones.

Deterministic for a seed. `insert_people` writes them straight into a fieldapp store (rows in
`attendees`, the real search index filled through `SearchIndex.add_new`), which takes seconds
where registering them one by one through the services would take minutes.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from fieldapp.domain.ids import uuid7
from fieldapp.services.app import AppServices

# (Arabic, Latin, gender). Some Arabic spellings drop the hamza or end in ه, as typed at desks.
FIRST_NAMES = (
    ("فاطمة", "Fatima", "F"),
    ("فاطمة الزهراء", "Fatima Zahra", "F"),
    ("فاطمه", "Fatma", "F"),
    ("خديجة", "Khadija", "F"),
    ("عائشة", "Aicha", "F"),
    ("مينة", "Mina", "F"),
    ("زينب", "Zineb", "F"),
    ("حليمة", "Halima", "F"),
    ("رقية", "Rkia", "F"),
    ("السعدية", "Saadia", "F"),
    ("إيطو", "Itto", "F"),
    ("أمينة", "Amina", "F"),
    ("امينة", "Amina", "F"),
    ("نزهة", "Nezha", "F"),
    ("محمد", "Mohamed", "M"),
    ("محمد", "Mohammed", "M"),
    ("أحمد", "Ahmed", "M"),
    ("احمد", "Ahmed", "M"),
    ("إبراهيم", "Brahim", "M"),
    ("الحسين", "El Houssine", "M"),
    ("عبد الله", "Abdellah", "M"),
    ("يوسف", "Youssef", "M"),
    ("مبارك", "Mbarek", "M"),
    ("لحسن", "Lahcen", "M"),
    ("عمر", "Omar", "M"),
    ("سعيد", "Said", "M"),
    ("حسن", "Hassan", "M"),
    ("فؤاد", "Fouad", "M"),
)
LAST_NAMES = (
    ("بنعلي", "Benali"),
    ("أوعلي", "Ouali"),
    ("العمراني", "El Amrani"),
    ("آيت لحسن", "Ait Lahcen"),
    ("أيت باها", "Ait Baha"),
    ("تاكموتي", "Takmouti"),
    ("أوشن", "Ouchen"),
    ("الساحلي", "Sahli"),
    ("بوزيد", "Bouzid"),
    ("بنموسى", "Benmoussa"),
    ("الإدريسي", "Idrissi"),
    ("بوشعيب", "Bouchaib"),
    ("أمزيان", "Amziane"),
    ("الصحراوي", "Sahraoui"),
    ("الكلميمي", "Guelmimi"),
    ("بلعيد", "Belaid"),
    ("أخياط", "Akhiat"),
    ("الفاسي", "Fassi"),
    ("الطنطاوي", "Tantaoui"),
    ("بوعزة", "Bouazza"),
    ("أوبلا", "Oubella"),
    ("الزروالي", "Zerouali"),
    ("فرحات", "Farhat"),
    ("بن الشيخ", "Ben Cheikh"),
)
CRAFTS = ("نسج الزرابي", "الخياطة التقليدية", "الفخار", "الحلي الفضية", "النجارة", "الجلد")
# Mobile ranges that phonenumbers accepts for Morocco (06…, 07…), so every phone validates.
MOBILE_PREFIXES = ("61", "62", "63", "64", "65", "66", "67", "69", "70", "71", "76", "77", "78")
CIN_PREFIXES = ("JA", "JB", "JC", "JE", "JH", "JK", "J", "A", "BE", "BK", "EE", "X")


@dataclass(frozen=True, slots=True)
class Person:
    """One generated attendee; `phone` is E.164 (+2126…, +2127…)."""

    name_ar: str
    name_lat: str
    cin: str
    phone: str
    gender: str
    birth_year: int
    craft: str

    @property
    def national_phone(self) -> str:
        """The phone as written on a list: 06…/07…"""
        return "0" + self.phone.removeprefix("+212")

    def columns(self) -> tuple[str, str, str, str, str, int, str]:
        """name_ar, name_lat, cin, phone, gender, birth_year, craft: as stored."""
        return (
            self.name_ar,
            self.name_lat,
            self.cin,
            self.phone,
            self.gender,
            self.birth_year,
            self.craft,
        )

    def fields(self) -> dict[str, str]:
        """The fields as typed in the desk form or read from a pre-registration CSV."""
        return {
            "name_ar": self.name_ar,
            "name_lat": self.name_lat,
            "cin": self.cin,
            "phone": self.national_phone,
            "gender": self.gender,
            "birth_year": str(self.birth_year),
            "craft": self.craft,
        }


def generate(count: int, *, seed: int = 7) -> list[Person]:
    """`count` people with distinct CINs: 70 % both names, 20 % Arabic only, 10 % Latin only."""
    rng = random.Random(seed)
    # Six-digit numbers as on real cards; a national-size run (over 900,000) needs seven.
    top = 1_000_000 if count <= 900_000 else 100_000 + 2 * count
    numbers = rng.sample(range(100_000, top), count)
    people = []
    for number in numbers:
        first_ar, first_lat, gender = rng.choice(FIRST_NAMES)
        last_ar, last_lat = rng.choice(LAST_NAMES)
        which = rng.random()
        people.append(
            Person(
                name_ar="" if which >= 0.9 else f"{first_ar} {last_ar}",
                name_lat="" if 0.7 <= which < 0.9 else f"{first_lat} {last_lat}",
                cin=f"{rng.choice(CIN_PREFIXES)}{number}",
                phone=f"+212{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10**7):07d}",
                gender=gender,
                birth_year=rng.randrange(1945, 2006),
                craft=rng.choice(CRAFTS),
            )
        )
    return people


def spread(
    people: Sequence[Person], sessions: int, *, repeat_every: int = 10
) -> list[tuple[Person, int]]:
    """Assign people to sessions round-robin; every `repeat_every`-th row is instead an earlier
    person coming back to another session (so searches find people "known elsewhere")."""
    rows: list[tuple[Person, int]] = []
    for index, person in enumerate(people):
        if sessions > 1 and repeat_every and index % repeat_every == repeat_every - 1:
            source, session = rows[index - (repeat_every - 1)]
            rows.append((source, (session + 1) % sessions))
        else:
            rows.append((person, index % sessions))
    return rows


COLUMNS = (
    "id",
    "session_id",
    "name_ar",
    "name_lat",
    "cin",
    "phone",
    "gender",
    "birth_year",
    "craft",
    "origin",
    "consent",
    "status",
    "created_at",
    "updated_at",
    "device_id",
    "agent",
)


def insert_people(
    services: AppServices,
    rows: Sequence[tuple[Person, int]],
    session_ids: Sequence[str],
    *,
    index: bool = True,
) -> None:
    """Insert `(person, session index)` rows as attendees in one transaction; with `index`, add
    them to the search index through `SearchIndex.add_new` (the app's own normalisation)."""
    store = services.store
    at = store.clock.now()
    device = store.device.device_id
    records = [
        (
            uuid7(),
            session_ids[session],
            *person.columns(),
            "pre_registered" if n % 3 == 0 else "walk_in",
            1,
            "expected" if n % 3 == 0 else "walk_in",
            at,
            at,
            device,
            "bench",
        )
        for n, (person, session) in enumerate(rows)
    ]
    with store.db.atomic():
        store.db.conn.executemany(
            f"INSERT INTO attendees ({', '.join(COLUMNS)}) "
            f"VALUES ({', '.join('?' for _ in COLUMNS)})",
            records,
        )
        if index:
            store.search.add_new((r[0], r[2], r[3], r[4], r[5]) for r in records)
