"""The catalogue's texts in another language: overlays on the English definitions (no Qt).

The English TOML files stay the only definitions; a language adds, per item, a file of its
texts keyed by field path (``resources/i18n/de/exercises/clamshell.toml``)::

    ["steps[1].text"]
    source = "3f0c2a9b41d7"   # the first 12 hex digits of the SHA-256 of the English text
    text = "Heben Sie das obere Knie …"

``source`` ties each text to the English it translates: when the English changes, the entry
is stale and the English is shown instead (a stale step or dose would say the wrong thing),
and :func:`overlay_problems` (run by the tests) names it until the text is revised. Only
texts are translated; ids, doses, poses, sources and the controlled words stay as they are
(the words get labels from ``vocabulary.toml``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import msgspec
from msgspec import Meta

from hiptrainer.catalog.errors import CatalogError
from hiptrainer.catalog.loader import Catalog, convert, library_order, read_toml
from hiptrainer.domain.model import Exercise, Line, Workout
from hiptrainer.domain.selftest import SelfTest
from hiptrainer.domain.sides import swap_sides
from hiptrainer.domain.vocabulary import EQUIPMENT, MUSCLES, POSITIONS, REP_UNITS
from hiptrainer.paths import display_path, resources_dir

__all__ = [
    "LANGUAGES",
    "Overlay",
    "english_texts",
    "load_overlay",
    "overlay_problems",
    "swap_sides_de",
    "text_hash",
    "translate_catalog",
    "translate_selftests",
]

#: The languages the app speaks; English is the catalogue's own and needs no overlay.
LANGUAGES = ("en", "de")
Kind = Literal["exercises", "workouts", "selftests"]
KINDS: tuple[Kind, ...] = ("exercises", "workouts", "selftests")
Item = TypeVar("Item", Exercise, Workout, SelfTest)

#: The translatable fields of each kind of definition: a text, a list of texts, or a list of
#: tables whose named fields are texts.
_FIELDS: dict[Kind, dict[str, tuple[str, ...] | None]] = {
    "exercises": {
        "name": None,
        "aliases": (),
        "summary": None,
        "why": None,
        "setup": None,
        "steps": ("text",),
        "cues": (),
        "mistakes": (),
        "safety": (),
    },
    "workouts": {"name": None, "summary": None},
    "selftests": {
        "name": None,
        "summary": None,
        "setup": None,
        "steps": ("text",),
        "stop_rule": None,
        "safety": (),
        "meaning": None,
        "picture_note": None,
        "groups": ("group",),
        "bands": ("label", "words"),
    },
}
#: The vocabulary's groups, each with the English words it must label.
VOCABULARY: dict[str, tuple[str, ...]] = {
    "muscles": MUSCLES,
    "equipment": EQUIPMENT,
    "positions": POSITIONS,
    "units": REP_UNITS,
    "focus": ("activation", "strength"),
}
_PATH = re.compile(r"([a-z_]+)(?:\[(\d+)\])?(?:\.([a-z_]+))?")


def text_hash(text: str) -> str:
    """The short fingerprint of an English text that its translation records."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


class Entry(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """One translated text and the fingerprint of the English it was made from."""

    source: Annotated[str, Meta(pattern=r"^[0-9a-f]{12}$", description="12 hex digits (text_hash)")]
    text: Line


class ItemTexts(msgspec.Struct, frozen=True):
    """The translated texts of one definition, by field path, and the file they came from."""

    path: Path
    entries: dict[str, Entry]


class Overlay(msgspec.Struct, frozen=True):
    """One language's texts for the bundled catalogue."""

    language: str
    root: Path
    items: dict[Kind, dict[str, ItemTexts]]
    #: Labels of the controlled words, by group ("muscles", …) and English word.
    vocabulary: dict[str, dict[str, str]]

    def label(self, group: str, word: str) -> str:
        """The label of a controlled word (``label("muscles", "hip adductors")``), or the
        word itself when it has none."""
        return self.vocabulary.get(group, {}).get(word, word)


def english_texts(kind: Kind, item: Exercise | Workout | SelfTest) -> dict[str, str]:
    """Every translatable text of ``item`` by field path: ``name``, ``cues[2]``,
    ``steps[0].text``; a field that is not set has no path."""
    texts: dict[str, str] = {}
    for name, subfields in _FIELDS[kind].items():
        value = getattr(item, name)
        if value is None:
            continue
        if subfields is None:
            texts[name] = value
        elif not subfields:
            texts.update((f"{name}[{i}]", text) for i, text in enumerate(value))
        else:
            for index, table in enumerate(value):
                for sub in subfields:
                    texts[f"{name}[{index}].{sub}"] = getattr(table, sub)
    return texts


def _read_entries(path: Path) -> ItemTexts:
    where = display_path(path)
    data = read_toml(path)
    entries: dict[str, Entry] = {}
    for key, value in data.items():
        if not isinstance(value, dict):
            raise CatalogError(f'{where}: "{key}": expected a table of source and text')
        entries[key] = convert(value, Entry, f'{where}: "{key}"')
    return ItemTexts(path, entries)


def _read_vocabulary(path: Path) -> dict[str, dict[str, str]]:
    if not path.is_file():
        return {}
    data = read_toml(path)
    where = display_path(path)
    try:
        vocabulary = msgspec.convert(data, dict[str, dict[str, str]])
    except msgspec.ValidationError as exc:
        raise CatalogError(f"{where}: {exc}") from None
    for group, labels in vocabulary.items():
        if group not in VOCABULARY:
            raise CatalogError(f'{where}: "{group}": not a vocabulary group')
        for word in labels:
            if word not in VOCABULARY[group]:
                raise CatalogError(f'{where}: {group}: "{word}" is not a word of the vocabulary')
    return vocabulary


def load_overlay(language: str, root: Path | None = None) -> Overlay:
    """Read ``root/i18n/<language>/`` (default: the bundled resources); raise CatalogError
    naming the first file with a problem. A folder that is missing gives an empty overlay."""
    if language not in LANGUAGES:
        raise CatalogError(f'language: "{language}" is not one of {", ".join(LANGUAGES)}')
    base = (root or resources_dir()) / "i18n" / language
    items: dict[Kind, dict[str, ItemTexts]] = {}
    for kind in KINDS:
        files = sorted((base / kind).glob("*.toml"))
        items[kind] = {path.stem: _read_entries(path) for path in files}
    vocabulary = _read_vocabulary(base / "vocabulary.toml")
    return Overlay(language, base, items, vocabulary)


_PATH_PARTS = tuple[str, int | None, str | None]


def _parts(path: str) -> _PATH_PARTS:
    match = _PATH.fullmatch(path)
    if match is None:  # english_texts made every known path, so this one is unknown
        raise ValueError(path)
    index = match.group(2)
    return match.group(1), None if index is None else int(index), match.group(3)


def _translated(kind: Kind, item: Item, texts: ItemTexts) -> Item:
    english = english_texts(kind, item)
    data: dict[str, Any] = msgspec.to_builtins(item)
    for path, entry in texts.entries.items():
        if path not in english:
            raise CatalogError(
                f'{display_path(texts.path)}: "{path}": the English {kind[:-1]} "{item.id}" '
                "has no such text"
            )
        if entry.source != text_hash(english[path]):
            continue  # the English changed since: better English than a stale translation
        name, index, sub = _parts(path)
        if index is None:
            data[name] = entry.text
        elif sub is None:
            data[name][index] = entry.text
        else:
            data[name][index][sub] = entry.text
    return convert(data, type(item), display_path(texts.path))


def _apply(kind: Kind, items: Mapping[str, Item], overlay: Overlay) -> dict[str, Item]:
    own = overlay.items.get(kind, {})
    for item_id, texts in own.items():
        if item_id not in items:
            raise CatalogError(f'{display_path(texts.path)}: no {kind[:-1]} has the id "{item_id}"')
    return {
        key: _translated(kind, item, own[key]) if key in own else item
        for key, item in items.items()
    }


def translate_catalog(catalog: Catalog, overlay: Overlay) -> Catalog:
    """A new catalogue with ``overlay``'s texts in place of the English ones, exercises in
    library order by their translated names. Give it the bundled catalogue (the user's own
    items have no translation and would be sorted in among the bundled ones)."""
    exercises = _apply("exercises", catalog.exercises, overlay)
    workouts = _apply("workouts", catalog.workouts, overlay)
    return Catalog(
        exercises={e.id: e for e in library_order(exercises.values())}, workouts=workouts
    )


def translate_selftests(tests: Mapping[str, SelfTest], overlay: Overlay) -> dict[str, SelfTest]:
    """The self-tests with ``overlay``'s texts, sorted by their translated names."""
    translated = _apply("selftests", tests, overlay)
    ordered = sorted(translated.values(), key=lambda t: t.name.casefold())
    return {test.id: test for test in ordered}


def overlay_problems(
    overlay: Overlay, catalog: Catalog, selftests: Mapping[str, SelfTest]
) -> list[str]:
    """Each text of the bundled catalogue that ``overlay`` lacks or translates from an older
    English, each entry for a text that does not exist, and each controlled word without a
    label: one line each, naming the file."""
    problems: list[str] = []
    sources: dict[Kind, Iterable[Exercise | Workout | SelfTest]] = {
        "exercises": catalog.exercises.values(),
        "workouts": catalog.workouts.values(),
        "selftests": selftests.values(),
    }
    for kind, items in sources.items():
        own = overlay.items.get(kind, {})
        known = set()
        for item in items:
            known.add(item.id)
            path = overlay.root / kind / f"{item.id}.toml"
            entries = own[item.id].entries if item.id in own else {}
            english = english_texts(kind, item)
            for field, text in english.items():
                entry = entries.get(field)
                if entry is None:
                    problems.append(f'{display_path(path)}: "{field}": no translation')
                elif entry.source != text_hash(text):
                    problems.append(
                        f'{display_path(path)}: "{field}": the English changed; revise the '
                        f'text, then set source = "{text_hash(text)}"'
                    )
            problems.extend(
                f'{display_path(path)}: "{field}": the English has no such text'
                for field in entries
                if field not in english
            )
        problems.extend(
            f"{display_path(texts.path)}: no {kind[:-1]} has the id {item_id!r}"
            for item_id, texts in own.items()
            if item_id not in known
        )
    where = display_path(overlay.root / "vocabulary.toml")
    for group, words in VOCABULARY.items():
        labels = overlay.vocabulary.get(group, {})
        problems.extend(
            f'{where}: {group}: "{word}": no label' for word in words if word not in labels
        )
    return problems


# --- sides ------------------------------------------------------------------------------------

_GERMAN_SIDE_WORD = re.compile(
    r"\b(links|rechts|link(?:e|en|er|es|em)|recht(?:e|en|er|es|em))\b", re.IGNORECASE
)


def swap_sides_de(text: str) -> str:
    """A German ``text`` with every word for left and right swapped, keeping its ending and
    case: "Linkes Bein auf die Bank, rechter Unterarm" -> "Rechtes Bein auf die Bank, linker
    Unterarm". Whole words only ("Gelenk" and "Rechtschreibung" stay). The player's own
    swap (:func:`hiptrainer.domain.sides.swap_sides`) does it for every language."""
    return swap_sides(text)


def side_words(text: str, language: str) -> tuple[int, int]:
    """How many words for left and for right ``text`` has (English or German)."""
    if language == "de":
        found = [w.lower() for w in _GERMAN_SIDE_WORD.findall(text)]
        left = sum(w.startswith("link") for w in found)
        return left, len(found) - left
    found = [w.lower() for w in re.findall(r"\b(left|right)\b", text, re.IGNORECASE)]
    return found.count("left"), found.count("right")
