from __future__ import annotations

import io
import wave

import msgspec
import pytest

from hiptrainer.catalog import load_catalog
from hiptrainer.cues.lines import SIDE_START_KINDS, last_words, line_for, setup_for, tone_for
from hiptrainer.cues.sounds import TONES, wav_bytes
from hiptrainer.domain.engine import Event
from hiptrainer.domain.model import Exercise
from hiptrainer.domain.plan import Phase, expand

NAMES = {"clamshell": "Clamshell", "copenhagen_plank": "Side plank with top leg on a bench"}
HOLD = Phase(kind="work", duration=20.0, exercise="copenhagen_plank", side="left",
             target_hold_s=20.0, reps=4)  # fmt: skip
PACED = Phase(kind="work", duration=30.0, exercise="clamshell", side="right", target_reps=6,
              tempo=(2.0, 1.0, 2.0), reps=6)  # fmt: skip
SELF = Phase(kind="work", duration=None, exercise="clamshell", side="both", target_reps=10, reps=10)


def started(phase: Phase) -> Event:
    return Event(kind="phase_started", phase=0, at=0.0)


@pytest.mark.parametrize(
    ("phase", "upcoming", "expected"),
    [
        (HOLD, None, "Left side. Hold 20 seconds."),
        (PACED, None, "Right side. 6 reps."),
        (SELF, None, "10 reps, at your own pace. Press Enter when done."),
        (Phase(kind="switch_sides", duration=5.0, side="right"), None, "Switch sides."),
        (Phase(kind="rest", duration=60.0), SELF, "Rest. Next: Clamshell."),
        (Phase(kind="prepare", duration=10.0, exercise="clamshell", side="left"), None,
         "Get ready: Clamshell. Left side."),
    ],
)  # fmt: skip
def test_voice_lines(phase: Phase, upcoming: Phase | None, expected: str) -> None:
    assert line_for(started(phase), phase, NAMES, upcoming) == expected


def test_rep_counts_countdown_ticks_and_the_end() -> None:
    assert line_for(Event(kind="rep", phase=0, at=0.0, value=3), PACED, NAMES, None) == "3"
    assert tone_for(Event(kind="countdown", phase=0, at=0.0, value=2), HOLD) == "tick"
    assert line_for(Event(kind="countdown", phase=0, at=0.0, value=2), HOLD, NAMES, None) == ""
    finished = Event(kind="finished", phase=0, at=0.0)
    assert tone_for(finished, HOLD) == "finished"
    assert "complete" in line_for(finished, HOLD, NAMES, None)


def test_each_phase_has_its_own_tone() -> None:
    tones = {kind: tone_for(started(Phase(kind=kind, duration=1.0)), Phase(kind=kind, duration=1.0))
             for kind in ("work", "rest", "switch_sides")}  # fmt: skip
    assert tones == {"work": "work", "rest": "rest", "switch_sides": "switch"}


@pytest.mark.parametrize("name", sorted(TONES))
def test_tones_are_valid_short_wav_files(name: str) -> None:
    with wave.open(io.BytesIO(wav_bytes(name))) as sound:
        seconds = sound.getnframes() / sound.getframerate()
        assert sound.getnchannels() == 1
        assert 0.05 <= seconds <= 1.0


@pytest.fixture(scope="module")
def exercises() -> dict[str, Exercise]:
    return load_catalog().exercises


@pytest.mark.parametrize(
    ("phase", "upcoming", "expected"),
    [
        (Phase(kind="prepare", duration=10.0, exercise="copenhagen_plank", side="left"), None,
         "Get ready: Side plank with top leg on a bench. Left ankle on the bench: lie on your "
         "right side, on your right forearm, with the bench at your feet."),
        (Phase(kind="switch_sides", duration=5.0, exercise="clamshell", side="right"), None,
         "Switch sides. Right knee opens: lie on your left side, right leg on top."),
        (Phase(kind="transition", duration=30.0, exercise="clamshell", side="right"), PACED,
         "Rest. Next: Clamshell. Right knee opens: lie on your left side, right leg on top."),
        # A side's work, and a rest between sets of the same side, say no set-up again.
        (HOLD, None, "Left side. Hold 20 seconds."),
        (Phase(kind="rest", duration=60.0, exercise="clamshell", side="right"), PACED,
         "Rest. Next: Clamshell."),
        # A two-sided exercise has no set-up line; its directions keep the plain side.
        (Phase(kind="prepare", duration=10.0, exercise="glute_bridge", side="both"), None,
         "Get ready: glute bridge."),
        # The band walk's two "sides" are the two directions of one set.
        (Phase(kind="switch_sides", duration=5.0, exercise="lateral_band_walk", side="right"),
         None, "Now lead with the right foot, back to the right."),
        (Phase(kind="work", duration=30.0, exercise="lateral_band_walk", side="left",
               target_reps=15, tempo=(1.0, 0.0, 1.0), reps=15), None, "15 steps to the left."),
    ],
)  # fmt: skip
def test_a_side_starts_with_its_setup_line(
    phase: Phase, upcoming: Phase | None, expected: str, exercises: dict[str, Exercise]
) -> None:
    assert line_for(started(phase), phase, NAMES, upcoming, exercises) == expected


def test_every_side_start_of_a_routine_says_where_the_body_goes(
    exercises: dict[str, Exercise],
) -> None:
    catalog = load_catalog()
    for workout in catalog.workouts.values():
        phases = expand(workout, exercises)
        for phase, upcoming in zip(phases, phases[1:], strict=False):
            exercise = exercises.get(phase.exercise)
            if phase.kind in SIDE_START_KINDS and exercise and exercise.unilateral:
                line = line_for(started(phase), phase, NAMES, upcoming, exercises)
                setup = setup_for(phase, exercises)
                assert setup, (workout.id, phase)
                assert setup in line, (workout.id, phase)
                assert phase.side in setup.lower(), (workout.id, phase)


def test_alternating_sides_a_rest_that_starts_the_other_side_says_its_set_up() -> None:
    # Left set 1, right set 1, rest, left set 2: the rest starts the left side again.
    catalog = load_catalog()
    phases = expand(catalog.workouts["post_run_strength"], catalog.exercises, "alternate")
    bridge = [p for p in phases if p.exercise == "single_leg_bridge"]
    rest = next(p for p in bridge if p.kind == "rest")
    assert rest.side_starts
    work = next(p for p in bridge[bridge.index(rest) :] if p.kind == "work")
    expected = setup_for(Phase(kind="switch_sides", duration=5.0, exercise=rest.exercise,
                               side=rest.side), catalog.exercises)  # fmt: skip
    assert expected is not None
    assert setup_for(rest, catalog.exercises) == expected
    assert line_for(started(rest), rest, NAMES, work, catalog.exercises).endswith(expected)
    # Sides one after the other: the rests between sets keep the side, and say nothing of it.
    in_order = expand(catalog.workouts["post_run_strength"], catalog.exercises, "left_first")
    rests = [p for p in in_order if p.exercise == "single_leg_bridge" and p.kind == "rest"]
    assert rests
    assert not any(p.side_starts for p in rests)
    assert all(setup_for(p, catalog.exercises) is None for p in rests)


# --- the spoken countdown and the last set ------------------------------------------------


def countdown(value: int) -> Event:
    return Event(kind="countdown", phase=0, at=0.0, value=value)


def test_the_countdown_is_said_only_when_asked_for() -> None:
    rest = Phase(kind="rest", duration=30.0, exercise="clamshell")
    said = [line_for(countdown(v), rest, NAMES, None, countdown=True) for v in (3, 2, 1)]
    assert said == ["Three", "Two", "One"]
    assert line_for(countdown(2), HOLD, NAMES, None, countdown=True) == "Two"
    assert line_for(countdown(3), rest, NAMES, None) == ""  # the setting is off
    # A paced set counts its reps aloud: no countdown over them.
    assert line_for(countdown(3), PACED, NAMES, None, countdown=True) == ""
    # Anything else is not a number to say.
    assert line_for(countdown(7), rest, NAMES, None, countdown=True) == ""


LAST_SET = Phase(kind="work", duration=None, exercise="clamshell", side="left", sets=2,
                 set_index=1, target_reps=10, reps=10)  # fmt: skip
LAST_HOLD = Phase(kind="work", duration=20.0, exercise="copenhagen_plank", side="left",
                  target_hold_s=20.0, sets=1, reps=4, rep_index=3)  # fmt: skip


@pytest.mark.parametrize(
    ("phase", "expected"),
    [
        (LAST_SET, "Last set. Left side. 10 reps, at your own pace. Press Enter when done."),
        (msgspec.structs.replace(LAST_SET, set_index=0), "Left side. 10 reps, at your own pace."),
        (LAST_HOLD, "Last hold. Left side. Hold 20 seconds."),
        (msgspec.structs.replace(LAST_HOLD, rep_index=2), "Left side. Hold 20 seconds."),
        # The first hold of the last of several sets of holds starts the last set.
        (msgspec.structs.replace(LAST_HOLD, sets=3, set_index=2, rep_index=0),
         "Last set. Left side. Hold 20 seconds."),
        # One set of one hold: nothing to announce.
        (msgspec.structs.replace(LAST_HOLD, reps=1, rep_index=0), "Left side. Hold 20 seconds."),
        (msgspec.structs.replace(PACED, sets=3, set_index=2), "Last set. Right side. 6 reps."),
    ],
)  # fmt: skip
def test_the_last_set_and_the_last_hold_are_announced(phase: Phase, expected: str) -> None:
    line = line_for(started(phase), phase, NAMES, None)
    assert line.startswith(expected)
    assert last_words(phase) in ("Last set. ", "Last hold. ", "")


def test_every_last_set_of_the_bundled_routines_is_announced(
    exercises: dict[str, Exercise],
) -> None:
    catalog = load_catalog()
    for workout in catalog.workouts.values():
        phases = expand(workout, exercises)
        for phase in phases:
            if phase.kind != "work" or phase.sets < 2:
                continue
            first_of_last = phase.set_index == phase.sets - 1 and phase.rep_index == 0
            line = line_for(started(phase), phase, NAMES, None, exercises)
            assert line.startswith("Last set.") == first_of_last, (workout.id, phase)
