"""The engine on a fake clock: whole routines, every operation, and no drift."""

from __future__ import annotations

import random

import pytest

from hiptrainer.catalog import load_catalog
from hiptrainer.domain.engine import Engine, Event
from hiptrainer.domain.plan import Phase, expand

CATALOG = load_catalog()


def plan(workout: str = "post_run_strength", **options: object) -> list[Phase]:
    return expand(CATALOG.workouts[workout], CATALOG.exercises, **options)  # type: ignore[arg-type]


def run_to_end(engine: Engine, start: float = 1000.0, step: float = 0.25) -> list[Event]:
    """Drive the engine like a timer would, confirming self-paced sets at once."""
    events = engine.start(start)
    now = start
    # Bounded: every phase's time in steps, plus one confirmation per phase.
    limit = int(sum(p.duration or 0.0 for p in engine.phases) / step) + 2 * len(engine.phases)
    for _ in range(limit):
        if engine.state == "finished":
            return events
        if engine.phase.kind == "work" and not engine.phase.timed:
            events += engine.complete(now)
            continue
        now += step
        events += engine.advance(now)
    raise AssertionError(f"the engine did not finish within {limit} steps")


def phase_starts(events: list[Event]) -> list[Event]:
    return [e for e in events if e.kind == "phase_started"]


@pytest.mark.parametrize("workout", ["runners_hip_warmup", "post_run_strength"])
def test_whole_routine_on_schedule(workout: str) -> None:
    phases = plan(workout)
    engine = Engine(phases)
    events = run_to_end(engine)
    starts = phase_starts(events)
    assert [e.phase for e in starts] == list(range(len(phases)))
    # Every phase starts exactly when the one before it was due to end.
    expected = 1000.0
    for event in starts:
        assert event.at == pytest.approx(expected)
        phase = phases[event.phase]
        expected += phase.duration or 0.0
    completed = [e.result for e in events if e.kind == "set_completed"]
    assert len(completed) == sum(p.kind == "work" for p in phases)
    assert events[-1].kind == "finished"


def test_seed_exercises_record_holds_and_paced_reps_per_side() -> None:
    engine = Engine(plan())
    events = run_to_end(engine)
    results = [e.result for e in events if e.kind == "set_completed"]
    plank = [r for r in results if r.exercise == "copenhagen_plank"]
    assert [(r.side, r.rep_index, r.hold_s) for r in plank][:2] == [
        ("left", 0, 15.0),
        ("left", 1, 15.0),
    ]
    assert {r.side for r in plank} == {"left", "right"}
    lift = [r for r in results if r.exercise == "standing_leg_lift_rotation"]
    assert [(r.side, r.reps, r.target_reps) for r in lift] == [("left", 6, 6), ("right", 6, 6)]
    reps = [e for e in events if e.kind == "rep" and e.phase == lift[0].phase]
    assert [e.value for e in reps] == [1, 2, 3, 4, 5, 6]
    # Tempo 4-2-4: hinge and turn open, hold, turn back and stand.
    assert [e.at - reps[0].at for e in reps] == pytest.approx([0, 10, 20, 30, 40, 50])


def test_countdown_ticks_in_the_last_three_seconds() -> None:
    phases = plan()
    engine = Engine(phases)
    engine.start(0.0)
    events = engine.advance(10.0)  # the 10 s prepare phase ends
    ticks = [(e.value, e.at) for e in events if e.kind == "countdown"]
    assert ticks == [(3, 7.0), (2, 8.0), (1, 9.0)]
    assert events[-1].kind == "phase_started"
    assert phases[events[-1].phase].kind == "work"


def test_pause_and_resume_keep_the_remaining_time() -> None:
    engine = Engine(plan())
    engine.start(0.0)
    engine.advance(4.0)
    engine.pause(4.0)
    assert engine.remaining(100.0) == pytest.approx(6.0)
    assert engine.advance(100.0) == []  # nothing happens while paused
    engine.resume(100.0)
    assert engine.next_event_time() == pytest.approx(103.0)  # the "3" of the countdown
    events = engine.advance(106.0)
    assert [e.kind for e in events][-1] == "phase_started"
    assert events[-1].at == pytest.approx(106.0)


def test_skip_records_the_work_as_skipped() -> None:
    engine = Engine(plan())
    engine.start(0.0)
    engine.advance(10.0)  # into the first hold
    events = engine.skip(12.0)
    result = events[0].result
    assert result is not None
    assert result.skipped
    assert result.hold_s == pytest.approx(2.0)
    assert engine.phase.kind == "rest"


def test_back_restarts_or_goes_back_within_two_seconds() -> None:
    engine = Engine(plan())
    engine.start(0.0)
    engine.advance(10.0)  # first hold started at 10
    engine.back(15.0)  # 5 s in: restart the hold
    assert engine.index == 1
    assert engine.remaining(15.0) == pytest.approx(15.0)
    engine.back(16.0)  # 1 s into the restarted hold: back to "prepare"
    assert engine.phase.kind == "prepare"
    assert engine.remaining(16.0) == pytest.approx(10.0)


def test_extend_adds_ten_seconds() -> None:
    engine = Engine(plan())
    engine.start(0.0)
    engine.extend(1.0)
    assert engine.remaining(1.0) == pytest.approx(19.0)
    ticks = [e.at for e in engine.advance(20.0) if e.kind == "countdown"]
    assert ticks == [17.0, 18.0, 19.0]


def test_self_paced_work_waits_for_the_user() -> None:
    phases = [
        Phase(kind="prepare", duration=5.0, exercise="clamshell"),
        Phase(kind="work", duration=None, exercise="clamshell", target_reps=10, reps=10),
        Phase(kind="done", duration=None),
    ]
    engine = Engine(phases)
    engine.start(0.0)
    engine.advance(500.0)
    assert engine.phase.kind == "work"
    assert engine.next_event_time() is None
    events = engine.complete(512.0, reps=8)
    result = events[0].result
    assert result is not None
    assert (result.reps, result.started, result.ended) == (8, 5.0, 512.0)
    assert engine.state == "finished"


def test_correct_the_last_set() -> None:
    engine = Engine(plan())
    engine.start(0.0)
    engine.advance(25.0)  # the first hold (10 → 25) is done
    events = engine.correct_last(hold_s=12.0)
    assert events[0].kind == "set_corrected"
    assert events[0].result.hold_s == 12.0
    assert engine.results[-1].hold_s == 12.0


def test_finish_early_records_the_set_in_progress_as_skipped() -> None:
    engine = Engine(plan())
    engine.start(0.0)
    engine.advance(12.0)
    events = engine.finish_early(13.0)
    assert [e.kind for e in events] == ["set_completed", "finished"]
    assert events[0].result.skipped
    assert engine.state == "finished"
    assert engine.advance(1e6) == []


def test_a_two_second_stall_catches_up_without_drift() -> None:
    phases = plan("runners_hip_warmup")
    smooth = run_to_end(Engine(phases))
    engine = Engine(phases)
    events = engine.start(0.0 + 1000.0)
    now = 1000.0
    rng = random.Random(3)
    while engine.state != "finished":
        if engine.phase.kind == "work" and not engine.phase.timed:
            events += engine.complete(now)
            continue
        now += 2.0 if rng.random() < 0.1 else 0.05  # the event loop sometimes blocks for 2 s
        events += engine.advance(now)
    stalled = [e.at for e in events if e.kind == "phase_started"]
    assert stalled == pytest.approx([e.at for e in smooth if e.kind == "phase_started"])


def test_a_plan_must_end_with_done() -> None:
    with pytest.raises(ValueError, match="done phase"):
        Engine([Phase(kind="work", duration=1.0)])
