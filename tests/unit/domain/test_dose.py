from __future__ import annotations

import msgspec
import pytest

from hiptrainer.domain.dose import (
    dose_details,
    dose_seconds,
    dose_text,
    minutes_text,
    span,
    tempo_text,
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


def test_dose_seconds_counts_both_sides_rests_and_the_switch() -> None:
    # 5 holds of 17.5 s with 4 rests of 15 s = 147.5 s a side; two sides plus a 5 s switch.
    d = dosage(reps=[4, 6], hold_s=[15, 20], rest_between_reps_s=15)
    assert dose_seconds(d, unilateral=True) == pytest.approx(2 * 147.5 + 5)
    assert dose_seconds(d, unilateral=False) == pytest.approx(147.5)
    # 2 sets of 10 reps at 5 s each, 30 s between sets, one side.
    assert dose_seconds(dosage(sets=2, reps=[10, 10], tempo="2-1-2", rest_s=30), False) == 130


def test_minutes_text_rounds_and_never_says_zero() -> None:
    assert minutes_text(20) == "about 1 min"
    assert minutes_text(629) == "about 10 min"
