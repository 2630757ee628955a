"""Possible duplicates across scripts: is this the same person, written in Arabic on one
laptop and in Latin letters on another?

Each registration gets comparison keys: its normalised Arabic name, a Metaphone key of its
Latin name (jellyfish), and a consonant skeleton that both scripts map to (ف→f, ط/ت→t, ش and
ch/sh→S, …, vowels, long vowels, ع, ة and the article dropped), so that "فاطمة بنعلي" and
"Fatima Benali" both give "bnl ftm". Candidate pairs come only from blocks (same birth year
and skeleton prefix, or same phone), scored with rapidfuzz; the pairs above the threshold
are joined into groups for a clerk to review. Nothing is merged automatically.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import jellyfish
from rapidfuzz import fuzz, process

from .arabic import normalise_name

# A pair is proposed from this score (0-100): a name alike at 100 with the same birth year
# gives 80; a name alike at 85 needs the phone or the commune as well.
THRESHOLD = 75
_NAME_FLOOR = 80  # below this name similarity a pair is never proposed
_PREFIX = 2  # skeleton letters in a blocking key
# The first skeletons' similarity from which a pair is scored in full (the full name score
# takes the best of several keys, so this sits a little below the floor).
_PREFILTER = 70

_ARABIC_SKELETON = str.maketrans(
    {
        "ب": "b",
        "ت": "t",
        "ث": "t",
        "ج": "j",
        "ح": "h",
        "خ": "K",
        "د": "d",
        "ذ": "d",
        "ر": "r",
        "ز": "z",
        "س": "s",
        "ش": "S",
        "ص": "s",
        "ض": "d",
        "ط": "t",
        "ظ": "z",
        "غ": "G",
        "ف": "f",
        "ق": "k",
        "ك": "k",
        "ل": "l",
        "م": "m",
        "ن": "n",
        "ه": "h",
        "ڤ": "f",
        "گ": "G",
        "پ": "b",
    }
)
_LATIN_DIGRAPHS = (("ch", "S"), ("sh", "S"), ("kh", "K"), ("gh", "G"), ("th", "t"), ("dh", "d"))
_LATIN_SKELETON = str.maketrans({"q": "k", "c": "k", "g": "G", "v": "f", "p": "b", "x": "k"})
_DROPPED = re.compile(r"[^bdfGhjKklmnrsStz ]")
_ARTICLE = re.compile(r"^(?:al|el|l)['-]")
_LATIN_ARTICLES = frozenset({"al", "el", "l"})


def _skeleton_word(word: str) -> str:
    if word.isascii():
        if word in _LATIN_ARTICLES:
            return ""
        word = _ARTICLE.sub("", word)
        for pair, letter in _LATIN_DIGRAPHS:
            word = word.replace(pair, letter)
        word = word.translate(_LATIN_SKELETON)
    else:
        if word.startswith("ال") and len(word) > 4:
            word = word[2:]
        if word[-1:] in ("ة", "ه") and len(word) > 2:  # the feminine ending: a vowel in Latin
            word = word[:-1]
        word = word.translate(_ARABIC_SKELETON)
    word = _DROPPED.sub("", word)
    return re.sub(r"(.)\1+", r"\1", word)  # doubled letters (nn, shadda written twice)


@functools.lru_cache(maxsize=65536)  # names repeat: the same few thousand across a registry
def skeleton(name: str) -> str:
    """The consonant skeleton of a name in either script, its words sorted."""
    words = (_skeleton_word(w) for w in normalise_name(name).replace("-", " ").split())
    return " ".join(sorted(w for w in words if w))


@dataclass(frozen=True, slots=True)
class Candidate:
    """One registration as the duplicate finder sees it."""

    attendee_id: str
    person_id: str
    name_ar: str
    name_lat: str
    birth_year: int | None
    phone: str
    commune: str


class _Keys(NamedTuple):  # a tuple: hashed in C, it keys the per-block grouping
    arabic: str
    metaphone: str
    skeletons: tuple[str, ...]


def _keys(c: Candidate) -> _Keys:
    return _name_keys(c.name_ar, c.name_lat)


@functools.lru_cache(maxsize=65536)
def _name_keys(name_ar: str, name_lat: str) -> _Keys:
    arabic = normalise_name(name_ar) if name_ar and not name_ar.isascii() else ""
    latin = name_lat if name_lat.isascii() else ""
    metaphone = " ".join(sorted(jellyfish.metaphone(w) for w in latin.split())) if latin else ""
    skeletons = tuple(dict.fromkeys(s for s in (skeleton(name_ar), skeleton(name_lat)) if s))
    return _Keys(arabic, metaphone, skeletons)


def name_similarity(a: Candidate, b: Candidate) -> float:
    """How alike two registrations' names are (0-100), across scripts."""
    return _name_score(_keys(a), _keys(b))


@functools.lru_cache(maxsize=1 << 18)
def _cached_name_score(x: _Keys, y: _Keys) -> float:
    return _name_score(x, y)


def _name_score(x: _Keys, y: _Keys) -> float:
    scores = [fuzz.token_sort_ratio(s, t) for s in x.skeletons for t in y.skeletons]
    if x.arabic and y.arabic:
        scores.append(fuzz.token_sort_ratio(x.arabic, y.arabic))
    if x.metaphone and y.metaphone:
        scores.append(fuzz.ratio(x.metaphone, y.metaphone))
    return max(scores, default=0.0)


def pair_score(a: Candidate, b: Candidate, name: float) -> float:
    """The score of a pair given its name similarity: name, birth year, phone, commune."""
    if name < _NAME_FLOOR:
        return 0.0
    same_year = a.birth_year is not None and a.birth_year == b.birth_year
    same_phone = bool(a.phone) and a.phone == b.phone
    if not (same_year or same_phone):
        return 0.0
    same_commune = bool(a.commune) and a.commune.casefold() == b.commune.casefold()
    return 0.6 * name + 20 * same_year + 10 * same_phone + 10 * same_commune


def _blocks(candidates: Sequence[Candidate], keys: Sequence[_Keys]) -> Iterable[list[int]]:
    blocks: dict[tuple[str, str], list[int]] = {}
    for index, (c, k) in enumerate(zip(candidates, keys, strict=True)):
        seen = set()
        if c.birth_year is not None:
            for s in k.skeletons:
                seen.add(("year", f"{c.birth_year}:{s.replace(' ', '')[:_PREFIX]}"))
        if c.phone:
            seen.add(("phone", c.phone))
        for key in seen:
            blocks.setdefault(key, []).append(index)
    return (members for members in blocks.values() if len(members) > 1)


def find_groups(
    candidates: Sequence[Candidate], *, focus: frozenset[str] | None = None
) -> list[tuple[list[Candidate], float]]:
    """Groups of registrations of different people that are probably one person, each with
    the best pair score that joined it; groups ordered by their first attendee id. With
    `focus` (attendee ids), only the blocks holding one of them are compared (after an
    import: the groups the new registrations join)."""
    keys = [_keys(c) for c in candidates]
    parent = list(range(len(candidates)))
    best: dict[int, float] = {}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for members in _blocks(candidates, keys):
        if focus is not None and not any(candidates[i].attendee_id in focus for i in members):
            continue
        # Registrations spelled alike share one comparison: rapidfuzz compares each distinct
        # name key of the block with the others once, then the pairs are scored in full.
        by_key: dict[_Keys, list[int]] = {}
        for i in members:
            by_key.setdefault(keys[i], []).append(i)
        distinct = list(by_key)
        texts = [k.skeletons[0] if k.skeletons else "" for k in distinct]
        for row, key in enumerate(distinct):
            near = process.extract(
                texts[row],
                texts[row + 1 :],
                scorer=fuzz.token_sort_ratio,
                score_cutoff=_PREFILTER,
                limit=None,
            )
            pairs = [(key, key)] + [(key, distinct[row + 1 + int(col)]) for _t, _s, col in near]
            for x, y in pairs:
                name = _cached_name_score(x, y)
                if name < _NAME_FLOOR:
                    continue
                for i in by_key[x]:
                    for j in by_key[y]:
                        if (x is y and j <= i) or candidates[i].person_id == candidates[
                            j
                        ].person_id:
                            continue
                        score = pair_score(candidates[i], candidates[j], name)
                        if score < THRESHOLD:
                            continue
                        a, b = root(i), root(j)
                        if a != b:
                            parent[b] = a
                        top = max(score, best.pop(a, 0.0), best.pop(b, 0.0))
                        best[root(i)] = top
    groups: dict[int, list[int]] = {}
    for i in range(len(candidates)):
        r = root(i)
        if r in best:
            groups.setdefault(r, []).append(i)
    found = [
        (sorted((candidates[i] for i in members), key=lambda c: c.attendee_id), best[r])
        for r, members in groups.items()
    ]
    return sorted(found, key=lambda g: g[0][0].attendee_id)
