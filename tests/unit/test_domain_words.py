"""The Qt-free layers' translation hook (hiptrainer.domain.words): English as it was without
one, a fake translator's words and formats once installed, and English again after reset."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from hiptrainer.domain import words
from hiptrainer.domain.dose import dose_text, minutes_text, sided_dose_text
from hiptrainer.domain.model import Dosage, SideDosage
from hiptrainer.domain.progress_pain import ZONE_WORDS, SessionScores
from hiptrainer.domain.progression_ladder import Dose
from hiptrainer.domain.progression_reasons import day_words, failure_words
from hiptrainer.domain.selftest_retest import retest_reminder
from hiptrainer.domain.sides import CONVENTION, convention
from hiptrainer.storage.import_summary import ImportSummary

#: A fake German: (context, English) -> its words.
FAKE = {
    ("dose", "{holds} × {seconds} s hold"): "{holds} × {seconds} s Halten",
    ("dose", "{dose}, each side"): "{dose}, je Seite",
    ("dose", "left: {left} / right: {right}"): "links: {left} / rechts: {right}",
    ("dose", "about {minutes} min"): "etwa {minutes} Min.",
    ("pain", "fine"): "unbedenklich",
    ("import", "1 session"): "1 Einheit",
    ("import", "{n} sessions"): "{n} Einheiten",
    ("import", "{n} sets"): "{n} Sätze",
    ("words", "and"): "und",
    ("progression", "a hold of {reached} s of {target} s{where} on {day}"): (
        "{reached} s von {target} s gehalten{where} am {day}"
    ),
    ("progression", " on the left side"): " auf der linken Seite",
    ("selftest", "1 day"): "1 Tag",
    ("selftest", "{n} days"): "{n} Tagen",
    ("selftest", "{n} days ago"): "vor {n} Tagen",
    ("selftest", "Last self-test {ago}; next one in {days} or later (every 4–6 weeks)."): (
        "Letzter Selbsttest {ago}; der nächste in {days} oder später."
    ),
}
FAKE_FORMATS = words.Formats(
    decimal=lambda value, places: f"{value:.{places}f}".replace(".", ","),
    short_date=lambda day: f"{day.day}. {day.month}.",
    long_date=lambda day: f"{day.day}. {day.month}. {day.year}",
)
HOLD = Dosage(sets=1, reps=(4, 6), hold_s=(15, 20), rest_s=30)


def fake(context: str, text: str, disambiguation: str | None) -> str:
    return FAKE.get((context, text), "")  # "" = none: the source text stays


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    words.reset()


@pytest.fixture
def german() -> None:
    words.install(fake, FAKE_FORMATS)


def test_without_a_translator_the_texts_are_the_english_ones() -> None:
    assert not words.installed()
    assert words.translate("dose", "about {minutes} min") == "about {minutes} min"
    assert dose_text(HOLD, unilateral=True) == "4–6 × 15–20 s hold, each side"
    assert minutes_text(1177) == "about 20 min"
    assert convention() == CONVENTION
    assert words.decimal(13.25, 1) == "13.2"
    assert words.number(13.66) == "13.7"
    assert words.number(15.0) == "15"
    assert words.compact(1.5) == "1.5"
    assert words.compact(2.0) == "2"
    assert words.short_date(dt.date(2025, 11, 28)) == "28 Nov"
    assert words.long_date(dt.date(2025, 3, 7)) == "7 March 2025"


def test_an_installed_translator_words_the_domain_texts(german: None) -> None:
    assert words.installed()
    assert dose_text(HOLD, unilateral=True) == "4–6 × 15–20 s Halten, je Seite"
    assert minutes_text(1177) == "etwa 20 Min."
    sides = SideDosage(left=Dosage(sets=1, reps=(4, 4), hold_s=(15, 15)))
    assert sided_dose_text(HOLD, True, sides).startswith("links: 4 × 15 s Halten / rechts: ")
    assert ZONE_WORDS["green"] == "unbedenklich"


def test_a_text_the_translator_lacks_stays_english(german: None) -> None:
    assert ZONE_WORDS["red"] == "too much"
    assert words.translate("nowhere", "Hello") == "Hello"


def test_counted_texts_pick_the_form_of_their_count(german: None) -> None:
    assert ImportSummary(sessions=1, sets=0, exercises=0, workouts=0).wording() == "1 Einheit"
    assert ImportSummary(sessions=3, sets=12, exercises=0, workouts=0).wording() == (
        "3 Einheiten und 12 Sätze"
    )
    assert words.counted(1, "1 x", "{n} xs") == "1 x"
    assert words.counted(0, "1 x", "{n} xs {other}") == "0 xs {other}"


def test_counted_texts_in_english() -> None:
    assert ImportSummary(sessions=1, sets=2, exercises=0, workouts=0).wording() == (
        "1 session and 2 sets"
    )


def test_numbers_and_dates_use_the_installed_formats(german: None) -> None:
    assert words.decimal(13.25, 1) == "13,2"
    assert words.number(13.66) == "13,7"
    assert words.number(15.0) == "15"
    assert words.compact(1.5) == "1,5"
    assert day_words(dt.date(2025, 11, 28)) == "28. 11."
    scores = SessionScores(7, dt.date(2025, 11, 28), None, None, None, None)
    line = failure_words(scores, Dose("side_plank", 1, 4, 15), [13.66], words.translate(
        "progression", " on the left side"
    ))  # fmt: skip
    assert line == "13,7 s von 15 s gehalten auf der linken Seite am 28. 11."


def test_a_reminder_counts_days_in_the_installed_language(german: None) -> None:
    reminder = retest_reminder(dt.date(2025, 11, 1), dt.date(2025, 11, 11))
    assert reminder.line == "Letzter Selbsttest vor 10 Tagen; der nächste in 18 Tagen oder später."


def test_reset_brings_english_back(german: None) -> None:
    words.reset()
    assert not words.installed()
    assert minutes_text(60) == "about 1 min"
    assert words.decimal(0.5, 1) == "0.5"


def test_installing_only_formats_keeps_the_english_words() -> None:
    words.install(formats=FAKE_FORMATS)
    assert not words.installed()
    assert words.decimal(2.25, 2) == "2,25"
    assert minutes_text(60) == "about 1 min"


def test_joined_lists_with_the_translated_and(german: None) -> None:
    assert words.joined(["a"]) == "a"
    assert words.joined([]) == ""
    assert words.joined(["a", "b", "c"]) == "a, b und c"
