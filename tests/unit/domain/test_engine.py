"""The engine on a fake clock: whole routines, every operation, and no drift."""

from __future__ import annotations

import random

import pytest

from hiptrainer.catalog import load_catalog
from hiptrainer.domain.engine import Engine, Event
from hiptrainer.domain.plan import Phase, expand
from tests.helpers.clock import FakeClock

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


# --- open-ended work: a self-test on the fake clock ----------------------------------------


def self_test(measure: str, **options: float) -> list[Phase]:
    from hiptrainer.domain.plan import open_ended_phases

    return open_ended_phases("side_bridge", measure, **options)  # type: ignore[arg-type]


def test_an_open_ended_hold_counts_up_until_the_user_stops_it() -> None:
    clock = FakeClock()
    engine = Engine(self_test("hold", countdown_s=10.0, rest_s=90.0))
    engine.start(clock.monotonic())
    clock.advance(seconds=10)
    events = engine.advance(clock.monotonic())
    # The countdown into the left side, then the hold starts.
    assert [(e.kind, e.value) for e in events if e.kind == "countdown"] == [
        ("countdown", 3), ("countdown", 2), ("countdown", 1)
    ]  # fmt: skip
    assert (engine.phase.kind, engine.phase.side, engine.phase.open_ended) == (
        "work", "left", "hold"
    )  # fmt: skip
    # It has no deadline: nothing is scheduled, time passing ends nothing.
    assert engine.deadline() is None
    assert engine.next_event_time() is None
    clock.advance(seconds=600)
    assert engine.advance(clock.monotonic()) == []
    assert engine.elapsed(clock.monotonic()) == pytest.approx(600.0)
    events = engine.stop(clock.monotonic())
    result = events[0].result
    assert result is not None
    assert (result.side, result.hold_s, result.target_hold_s, result.skipped) == (
        "left", 600.0, None, False
    )  # fmt: skip
    # Then the rest before the right side, which starts with its own countdown.
    assert (engine.phase.kind, engine.phase.side) == ("rest", "right")
    assert engine.remaining(clock.monotonic()) == pytest.approx(90.0)


def test_a_whole_hold_test_on_both_sides() -> None:
    clock = FakeClock()
    engine = Engine(self_test("hold", countdown_s=5.0, rest_s=60.0))
    engine.start(clock.monotonic())
    clock.advance(seconds=5)  # countdown into the left side
    engine.advance(clock.monotonic())
    clock.advance(seconds=72.4)
    engine.stop(clock.monotonic())
    clock.advance(seconds=65)  # the rest and the countdown into the right side
    engine.advance(clock.monotonic())
    assert (engine.phase.kind, engine.phase.side) == ("work", "right")
    # The right hold started when its countdown ended, not when the timer noticed.
    assert engine.elapsed(clock.monotonic()) == pytest.approx(0.0)
    clock.advance(seconds=80.05)
    events = engine.stop(clock.monotonic())
    assert [(r.side, r.hold_s) for r in engine.results] == [("left", 72.4), ("right", 80.0)]
    assert events[-1].kind == "finished"
    assert engine.state == "finished"


def test_pausing_an_open_ended_hold_stops_its_count() -> None:
    clock = FakeClock()
    engine = Engine(self_test("hold", countdown_s=0.0))
    engine.start(clock.monotonic())
    engine.advance(clock.monotonic())
    clock.advance(seconds=20)
    engine.pause(clock.monotonic())
    clock.advance(seconds=45)
    assert engine.elapsed(clock.monotonic()) == pytest.approx(20.0)
    engine.resume(clock.monotonic())
    clock.advance(seconds=10)
    engine.stop(clock.monotonic())
    assert engine.results[0].hold_s == pytest.approx(30.0)


def test_reps_are_counted_one_tap_at_a_time() -> None:
    clock = FakeClock()
    engine = Engine(self_test("reps", countdown_s=10.0))
    engine.start(clock.monotonic())
    assert engine.tap_rep(clock.monotonic()) == []  # a tap in the countdown counts nothing
    clock.advance(seconds=10)
    engine.advance(clock.monotonic())
    taps = []
    for _ in range(27):
        clock.advance(seconds=2.5)
        taps += engine.tap_rep(clock.monotonic())
    assert [e.value for e in taps] == list(range(1, 28))
    assert {e.kind for e in taps} == {"rep"}
    assert engine.counted_reps == 27
    clock.advance(seconds=3)
    events = engine.stop(clock.monotonic())
    result = events[0].result
    assert result is not None
    assert (result.side, result.reps, result.target_reps, result.hold_s) == (
        "left", 27, None, None
    )  # fmt: skip
    # The right side counts from zero.
    assert engine.counted_reps == 0


def test_a_rep_count_typed_at_the_end_replaces_the_taps() -> None:
    clock = FakeClock()
    engine = Engine(self_test("reps", countdown_s=0.0, rest_s=0.0))
    engine.start(clock.monotonic())
    engine.advance(clock.monotonic())
    engine.tap_rep(clock.monotonic())
    clock.advance(seconds=60)
    events = engine.complete(clock.monotonic(), reps=24)
    assert events[0].result is not None
    assert events[0].result.reps == 24
    # The other side with no taps at all and nothing typed: zero reps, not "none".
    engine.advance(clock.monotonic())
    clock.advance(seconds=30)
    events = engine.stop(clock.monotonic())
    assert events[0].result is not None
    assert events[0].result.reps == 0


def test_a_typed_count_cannot_be_negative() -> None:
    engine = Engine(self_test("reps", countdown_s=0.0))
    engine.start(0.0)
    engine.advance(0.0)
    with pytest.raises(ValueError, match="negative"):
        engine.complete(5.0, reps=-1)
    assert engine.phase.open_ended == "reps"  # still counting


def test_taps_while_paused_count_nothing() -> None:
    engine = Engine(self_test("reps", countdown_s=0.0))
    engine.start(0.0)
    engine.advance(0.0)
    engine.tap_rep(1.0)
    engine.pause(2.0)
    assert engine.tap_rep(3.0) == []
    engine.resume(4.0)
    engine.tap_rep(5.0)
    assert engine.counted_reps == 2


def test_stop_and_tap_do_nothing_outside_open_ended_work() -> None:
    engine = Engine(plan())
    engine.start(0.0)
    engine.advance(10.0)  # the first timed hold of a routine
    assert engine.stop(12.0) == []
    assert engine.tap_rep(12.0) == []
    assert engine.index == 1
    hold = self_test("hold", countdown_s=5.0)
    engine = Engine(hold)
    engine.start(0.0)
    assert engine.stop(1.0) == []  # the countdown is not the hold
    assert engine.tap_rep(1.0) == []  # a hold counts no reps
    engine.advance(5.0)
    engine.stop(9.0)
    engine.finish_early(10.0)
    assert engine.stop(11.0) == []  # finished


def test_skipping_an_open_ended_hold_records_it_as_skipped() -> None:
    engine = Engine(self_test("hold", countdown_s=0.0))
    engine.start(0.0)
    engine.advance(0.0)
    events = engine.skip(7.0)
    result = events[0].result
    assert result is not None
    assert (result.skipped, result.hold_s) == (True, 7.0)


def test_back_restarts_an_open_ended_count() -> None:
    engine = Engine(self_test("reps", countdown_s=0.0))
    engine.start(0.0)
    engine.advance(0.0)
    for moment in (3.0, 6.0, 9.0):
        engine.tap_rep(moment)
    engine.back(10.0)  # 10 s in: restart this side's count
    assert (engine.phase.open_ended, engine.counted_reps) == ("reps", 0)
