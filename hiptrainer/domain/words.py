"""The language of the texts the Qt-free layers build: one translation hook and the formats
of numbers and dates, English until the interface installs its own (no Qt here).

Every sentence the domain, the import summary and the printed sheets put together goes
through :func:`translate` with a literal context and text, so ``pyside6-lupdate`` extracts
it into ``translations/de/domain.ts`` (or ``printing.ts``) as it extracts
``QCoreApplication.translate``. Placeholders are named and filled after translating:
``translate("dose", "{sets} sets of {body}").format(sets=..., body=...)``. lupdate gives a
bare ``translate()`` no plural forms, so a counted text is written in both forms and
:func:`counted` picks one.

Nothing is installed for English (the command line, the tests, an English interface): the
texts are the source texts and the numbers and dates are formatted as they always were. A
German interface installs Qt's translator and QLocale's formats through
:func:`install` (see ``hiptrainer.ui.i18n``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from typing import NamedTuple, TypeVar

__all__ = [
    "Formats",
    "Worded",
    "compact",
    "counted",
    "decimal",
    "install",
    "installed",
    "joined",
    "label",
    "long_date",
    "number",
    "reset",
    "short_date",
    "translate",
]

#: (context, source text, disambiguation or None) -> the text in the interface's language.
Translator = Callable[[str, str, "str | None"], str]

_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def _english_decimal(value: float, places: int) -> str:
    return f"{value:.{places}f}"


def _english_short_date(day: dt.date) -> str:
    return f"{day.day} {day:%b}"


def _english_long_date(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


class Formats(NamedTuple):
    """How numbers and dates are written: ``decimal(13.25, 1)`` -> "13.2" (German "13,2"),
    ``short_date`` -> "28 Nov" ("28. Nov."), ``long_date`` -> "7 March 2025" ("7. März
    2025")."""

    decimal: Callable[[float, int], str] = _english_decimal
    short_date: Callable[[dt.date], str] = _english_short_date
    long_date: Callable[[dt.date], str] = _english_long_date


def _identity(context: str, text: str, disambiguation: str | None) -> str:
    return text


_translator: Translator = _identity
_formats = Formats()


def install(translator: Translator | None = None, formats: Formats | None = None) -> None:
    """Use ``translator`` and ``formats`` for every text built from now on (each one left
    out stays as it is). A translator answers the source text where it has none."""
    global _translator, _formats
    if translator is not None:
        _translator = translator
    if formats is not None:
        _formats = formats


def reset() -> None:
    """English again: the source texts and the English formats (a test's teardown, or a
    switch back to English)."""
    global _translator, _formats
    _translator, _formats = _identity, Formats()


def installed() -> bool:
    """Whether a translator other than English's is in use."""
    return _translator is not _identity


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` (English, as written in the code) in the interface's language; ``context``
    groups it for the translator (the module's name), ``disambiguation`` tells two alike
    texts apart. Both must be string literals at the call, or lupdate cannot see them."""
    return _translator(context, text, disambiguation) or text


# The translation context of the catalogue's controlled words (muscles, equipment,
# positions, rep units, focus; hiptrainer.domain.vocabulary). Their labels live in one place,
# resources/i18n/<lang>/vocabulary.toml, and the interface's translator answers this context
# from it (hiptrainer.ui.i18n), the word's group as the disambiguation.
VOCABULARY = "Vocabulary"


def label(group: str, word: str) -> str:
    """A controlled word of the catalogue (``label("units", "steps each way")``) in the
    interface's language, from the vocabulary's labels: the word itself in English or where
    the language has no label for it. (Not a literal call, so no .ts takes these words.)"""
    return translate(VOCABULARY, word, group)


def counted(count: int, one: str, many: str) -> str:
    """``one`` for a count of 1, else ``many``, with ``{n}`` filled in (other placeholders
    are left for the caller's ``format``): ``counted(n, translate("x", "1 hold"),
    translate("x", "{n} holds"))``. English and German both have just these two forms."""
    return (one if count == 1 else many).replace("{n}", str(count))


def decimal(value: float, places: int = 1) -> str:
    """``value`` with ``places`` decimals in the interface's format ("13.2", "13,2")."""
    return _formats.decimal(value, places)


def number(value: float) -> str:
    """A whole number as such, else one decimal: ``15.0`` -> "15", ``13.66`` -> "13.7"
    (German "13,7")."""
    return decimal(value, 0) if value == round(value) else decimal(value, 1)


def compact(value: float) -> str:
    """``value`` as Python's ``:g`` writes it, in the interface's format: ``2.0`` -> "2",
    ``1.5`` -> "1.5" (German "1,5")."""
    text = f"{value:g}"
    if "." not in text or "e" in text:
        return text
    return decimal(value, len(text.split(".")[1]))


def short_date(day: dt.date) -> str:
    """A day without its year: "28 Nov" (German "28. Nov.")."""
    return _formats.short_date(day)


def long_date(day: dt.date) -> str:
    """A day in full, with no day/month order to misread: "7 March 2025"."""
    return _formats.long_date(day)


def joined(items: list[str], last: str = "and") -> str:
    """``["a", "b", "c"]`` -> "a, b and c" ("a, b und c"); ``last`` is "and" or "or"."""
    if len(items) <= 1:
        return "".join(items)
    word = translate("words", "or") if last == "or" else translate("words", "and")
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


Key = TypeVar("Key")


class Worded(Mapping[Key, str]):
    """A table of words looked up in the interface's language each time it is read, so a
    module-level table (``ZONE_WORDS["green"]``) follows the language installed after the
    module was imported. ``table`` returns the words, each through :func:`translate`."""

    def __init__(self, table: Callable[[], dict[Key, str]]) -> None:
        self._table = table

    def __getitem__(self, key: Key) -> str:
        return self._table()[key]

    def __iter__(self) -> Iterator[Key]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())

    def __repr__(self) -> str:
        return f"Worded({self._table()!r})"
