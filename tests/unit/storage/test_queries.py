from __future__ import annotations

from datetime import date
from pathlib import Path

from hiptrainer.storage.queries import per_session, sessions_per_day, weekly_volume
from tests.helpers.storage import FakeClock, a_set, make_store


def test_progress_aggregates(data_dir: Path) -> None:
    clock = FakeClock()  # Monday 2 March 2026
    store = make_store(data_dir, clock)
    monday = store.start_session(None)
    for hold, seconds in enumerate((15.0, 18.0, 20.0)):
        store.record_set(
            monday, a_set(clock, "copenhagen_plank", "left", 0, hold, reps=None, hold_s=seconds)
        )
    store.record_set(monday, a_set(clock, "copenhagen_plank", "right", 0, reps=None, hold_s=12.0))
    store.record_set(monday, a_set(clock, "clamshell", "left", 0, reps=12))
    store.record_set(monday, a_set(clock, "clamshell", "left", 1, reps=9, skipped=True))
    store.finish_session(monday)
    clock.advance(days=6)  # Sunday, same week
    sunday = store.start_session(None)
    store.record_set(sunday, a_set(clock, "clamshell", "left", 0, reps=10))
    store.finish_session(sunday)
    clock.advance(days=1)  # Monday, next week; left unfinished
    store.record_set(store.start_session(None), a_set(clock, "clamshell", "right", 0, reps=8))

    plank = per_session(store.conn, "copenhagen_plank")
    assert [(t.side, t.best_hold_s, t.total_hold_s, t.sets) for t in plank] == [
        ("left", 20.0, 53.0, 3),
        ("right", 12.0, 12.0, 1),
    ]

    weeks = [(w.week_start, w.side, w.reps, w.hold_s, w.sets) for w in weekly_volume(store.conn)]
    assert weeks == [
        ("2026-03-02", "left", 22, 53.0, 5),  # the skipped set does not count
        ("2026-03-02", "right", 0, 12.0, 1),
        ("2026-03-09", "right", 8, 0.0, 1),
    ]
    assert [w.week_start for w in weekly_volume(store.conn, since=date(2026, 3, 9))] == [
        "2026-03-09"
    ]
    assert sessions_per_day(store.conn) == [("2026-03-02", 1), ("2026-03-08", 1)]
