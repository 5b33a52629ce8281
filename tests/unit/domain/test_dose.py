from __future__ import annotations

import msgspec
import pytest

from hiptrainer.domain import words
from hiptrainer.domain.dose import (
    dose_details,
    dose_length_text,
    dose_text,
    minutes_range_text,
    minutes_text,
    span,
    tempo_text,
    unit_text,
)
from hiptrainer.domain.model import Dosage


def dosage(**fields: object) -> Dosage:
    return msgspec.convert({"sets": 1, "reps": [6, 8], **fields}, Dosage)


def test_span_collapses_equal_ends() -> None:
    assert span((10, 10)) == "10"
    assert span((4, 6)) == "4–6"
    assert span((15, 20), "s") == "15–20 s"


@pytest.mark.parametrize(
    ("fields", "unilateral", "expected"),
    [
        ({"reps": [4, 6], "hold_s": [15, 20]}, True, "4–6 × 15–20 s hold, each side"),
        (
            {"sets": 2, "reps": [6, 8], "hold_s": [20, 20]},
            True,
            "2 sets of 6–8 × 20 s hold, each side",
        ),
        ({}, True, "6–8 reps, each side"),
        ({"sets": 3, "reps": [10, 15]}, False, "3 × 10–15 reps"),
        ({"sets": 2, "reps": [15, 15], "unit": "steps each way"}, False, "2 × 15 steps each way"),
    ],
)
def test_dose_text(fields: dict[str, object], unilateral: bool, expected: str) -> None:
    assert dose_text(dosage(**fields), unilateral) == expected


def test_tempo_text_names_each_phase_and_skips_a_zero_pause() -> None:
    assert tempo_text("2-1-2") == "2 s up, 1 s hold, 2 s down"
    assert tempo_text("1-0-3") == "1 s up, 3 s down"


def test_dose_details_mention_rest_tempo_and_frequency() -> None:
    lines = dose_details(dosage(sets=2, tempo="2-1-2", rest_s=45, sessions_per_week=[2, 3]))
    assert lines == [
        "Tempo 2-1-2: 2 s up, 1 s hold, 2 s down.",
        "Rest 45 s between sets.",
        "2–3 sessions a week.",
    ]
    hold = dose_details(dosage(reps=[4, 6], hold_s=[15, 20], rest_between_reps_s=15))
    assert "Rest 15 s between holds." in hold


def test_minutes_text_rounds_and_never_says_zero() -> None:
    assert minutes_text(20) == "about 1 min"
    assert minutes_text(629) == "about 10 min"
    assert minutes_text(90) == "about 2 min"
    assert minutes_text(150) == "about 3 min"


def test_minutes_range_text_gives_one_number_when_both_ends_round_alike() -> None:
    assert minutes_range_text(150, 230) == "about 3–4 min"  # half a minute rounds up
    assert minutes_range_text(170, 190) == "about 3 min"
    assert minutes_range_text(0, 10) == "about 1 min"


def test_tempo_text_reads_the_tempo_the_player_plays() -> None:
    # One parser for tempos: a bad tempo is refused here just as the plan refuses it.
    with pytest.raises(ValueError, match="three whole seconds"):
        tempo_text("2-1")


def test_dose_length_text_spans_the_low_and_high_ends_of_the_dose() -> None:
    # Copenhagen plank: 4 × 15 s holds a side (215 s in all) up to 6 × 20 s (395 s).
    plank = dosage(reps=[4, 6], hold_s=[15, 20], rest_between_reps_s=15)
    assert dose_length_text(plank, unilateral=True) == (
        "Takes about 4–7 min, rests and the side switch included."
    )
    assert dose_length_text(dosage(reps=[10, 10], tempo="2-1-2"), unilateral=False) == (
        "Takes about 1 min, rests included."
    )


def test_the_rep_units_are_the_vocabulary_s_labels() -> None:
    """The unit words have one translation, the catalogue vocabulary's (the translator
    answers its "Vocabulary" context, the group "units" telling the words apart)."""
    asked: list[tuple[str, str, str | None]] = []

    def vocabulary(context: str, text: str, disambiguation: str | None) -> str:
        asked.append((context, text, disambiguation))
        labels = {"reps": "Wiederholungen", "steps each way": "Schritte pro Richtung"}
        return labels.get(text, "") if (context, disambiguation) == ("Vocabulary", "units") else ""

    words.install(vocabulary)
    try:
        walk = dose_text(dosage(sets=2, reps=[15, 15], unit="steps each way"), False)
        reps = unit_text("reps")
        unknown = unit_text("hops")
    finally:
        words.reset()
    assert walk == "2 × 15 Schritte pro Richtung"
    assert reps == "Wiederholungen"
    assert unknown == "hops"  # a word the vocabulary lacks stays as it is
    assert ("Vocabulary", "steps each way", "units") in asked
    assert unit_text("steps each way") == "steps each way"  # English again
