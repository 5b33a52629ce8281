"""Self-test results and dismissals in SQLite, and the log the progression rules read."""

from __future__ import annotations

import math
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from hiptrainer.catalog import load_catalog
from hiptrainer.domain.progression import suggest
from hiptrainer.domain.selftest import retest_reminder, sittings
from hiptrainer.storage import selftests
from hiptrainer.storage.errors import ReadOnlyError
from hiptrainer.storage.store import Store
from tests.helpers.storage import TZ, FakeClock, a_set, make_store

MOMENT = datetime(2026, 3, 2, 7, 30, tzinfo=TZ)
UUID = "0" * 31 + "1"


def sitting(store: Store, test: str, moment: datetime, uuid: str, **sides: float) -> int:
    unit = "reps" if test == "single_leg_hamstring_bridge" else "s"
    with store.transaction() as conn:
        found = selftests.start_selftest(conn, test, moment, uuid)
    for side, value in sides.items():
        with store.transaction() as conn:
            selftests.record_side(conn, found, side, value, unit, moment)
    return found


def test_results_come_back_oldest_first_per_test(data_dir: Path) -> None:
    store = make_store(data_dir)
    later = MOMENT + timedelta(days=35)
    sitting(store, "side_bridge", later, "b" * 32, right=80.0, left=74.5)
    first = sitting(store, "side_bridge", MOMENT, "a" * 32, left=70.0, right=78.0)
    sitting(store, "single_leg_hamstring_bridge", MOMENT, "c" * 32, left=22, right=27)
    bridge = selftests.selftest_results(store.conn, "side_bridge")
    assert [(r.local_date, r.side, r.value, r.unit) for r in bridge] == [
        (MOMENT.date(), "left", 70.0, "s"),
        (MOMENT.date(), "right", 78.0, "s"),
        (later.date(), "left", 74.5, "s"),
        (later.date(), "right", 80.0, "s"),
    ]
    assert bridge[0].run_id == first
    # Paired by sitting for a chart: one point a side per sitting.
    paired = sittings(bridge)
    assert [(s.local_date, s.left, s.right) for s in paired] == [
        (MOMENT.date(), 70.0, 78.0), (later.date(), 74.5, 80.0)
    ]  # fmt: skip
    everything = selftests.selftest_results(store.conn)
    assert {r.test for r in everything} == {"side_bridge", "single_leg_hamstring_bridge"}
    since = selftests.selftest_results(store.conn, since=later.date())
    assert [r.value for r in since] == [74.5, 80.0]


def test_saving_a_side_again_corrects_it(data_dir: Path) -> None:
    store = make_store(data_dir)
    found = sitting(store, "side_bridge", MOMENT, UUID, left=70.0)
    with store.transaction() as conn:
        selftests.record_side(conn, found, "left", 72.0, "s", MOMENT)
    assert [r.value for r in selftests.selftest_results(store.conn)] == [72.0]


def test_a_half_done_sitting_keeps_the_side_that_was_done(data_dir: Path) -> None:
    store = make_store(data_dir)
    sitting(store, "copenhagen_hold", MOMENT, UUID, left=41.0)
    results = selftests.selftest_results(store.conn)
    assert [(r.side, r.value) for r in results] == [("left", 41.0)]
    assert sittings(results)[0].right is None


def test_last_tested_counts_only_sittings_with_a_result(data_dir: Path) -> None:
    store = make_store(data_dir)
    assert selftests.last_tested(store.conn) is None
    sitting(store, "side_bridge", MOMENT, "a" * 32, left=60.0)
    sitting(store, "copenhagen_hold", MOMENT + timedelta(days=10), "b" * 32, right=30.0)
    sitting(store, "side_bridge", MOMENT + timedelta(days=20), "c" * 32)  # nothing saved
    assert selftests.last_tested(store.conn) == MOMENT.date() + timedelta(days=10)
    assert selftests.last_tested(store.conn, "side_bridge") == MOMENT.date()
    assert selftests.last_tested(store.conn, "single_leg_hamstring_bridge") is None
    # What the Progress tab's strip says with it:
    today = MOMENT.date() + timedelta(days=40)
    assert retest_reminder(selftests.last_tested(store.conn), today).kind == "due"


def test_deleting_a_sitting_removes_its_results(data_dir: Path) -> None:
    store = make_store(data_dir)
    found = sitting(store, "side_bridge", MOMENT, UUID, left=60.0, right=61.0)
    with store.transaction() as conn:
        assert selftests.delete_selftest(conn, found)
        assert not selftests.delete_selftest(conn, found)
    assert selftests.selftest_results(store.conn) == []


@pytest.mark.parametrize(
    ("side", "value", "unit", "message"),
    [
        ("middle", 10.0, "s", "side"),
        ("left", 10.0, "minutes", "unit"),
        ("left", -1.0, "s", "from 0"),
        ("left", math.nan, "s", "from 0"),
        ("left", math.inf, "s", "from 0"),
        ("left", 100_000.0, "s", "from 0"),
    ],
)
def test_bad_results_are_refused(
    data_dir: Path, side: str, value: float, unit: str, message: str
) -> None:
    store = make_store(data_dir)
    found = sitting(store, "side_bridge", MOMENT, UUID)
    with pytest.raises(ValueError, match=message), store.transaction() as conn:
        selftests.record_side(conn, found, side, value, unit, MOMENT)
    assert selftests.selftest_results(store.conn) == []


def test_bad_sittings_are_refused(data_dir: Path) -> None:
    store = make_store(data_dir)
    conn = store.conn
    with pytest.raises(ValueError, match="not a self-test id"):
        selftests.start_selftest(conn, "Side Bridge", MOMENT, UUID)
    with pytest.raises(ValueError, match="32 hexadecimal"):
        selftests.start_selftest(conn, "side_bridge", MOMENT, "xyz")
    with pytest.raises(ValueError, match="UTC offset"):
        selftests.start_selftest(conn, "side_bridge", MOMENT.replace(tzinfo=None), UUID)
    with pytest.raises(ValueError, match="no self-test sitting 42"):
        selftests.record_side(conn, 42, "left", 10.0, "s", MOMENT)
    assert conn.execute("SELECT COUNT(*) FROM selftests").fetchone() == (0,)


def test_a_failed_transaction_leaves_nothing_half_written(data_dir: Path) -> None:
    store = make_store(data_dir)

    def both_sides() -> None:
        with store.transaction() as conn:
            found = selftests.start_selftest(conn, "side_bridge", MOMENT, UUID)
            selftests.record_side(conn, found, "left", 60.0, "s", MOMENT)
            selftests.record_side(conn, found, "right", -5.0, "s", MOMENT)

    with pytest.raises(ValueError, match="from 0"):
        both_sides()
    assert store.conn.execute("SELECT COUNT(*) FROM selftests").fetchone() == (0,)


def test_a_read_only_store_refuses_to_save_a_result(data_dir: Path) -> None:
    make_store(data_dir).conn.close()
    path = data_dir / "hiptrainer.db"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    store = Store(conn, path, FakeClock())
    assert store.read_only
    with pytest.raises(ReadOnlyError), store.transaction() as inside:
        selftests.start_selftest(inside, "side_bridge", MOMENT, UUID)
    # Reading works all the same.
    assert selftests.selftest_results(conn) == []
    assert selftests.last_tested(conn) is None


def test_dismissals_are_remembered_once(data_dir: Path) -> None:
    store = make_store(data_dir)
    key = "post_run_strength/0/copenhagen_plank/left/12"
    with store.transaction() as conn:
        selftests.dismiss_suggestion(conn, key, MOMENT)
        selftests.dismiss_suggestion(conn, key, MOMENT + timedelta(hours=1))
    assert selftests.dismissed_suggestions(store.conn) == {key}
    with pytest.raises(ValueError, match="1 to 500"):
        selftests.dismiss_suggestion(store.conn, "", MOMENT)


# --- the progression's log -----------------------------------------------------------------


def session(
    store: Store, clock: FakeClock, workout: str, holds: dict[str, float],
    status: str = "completed", rpe: int = 6, morning: int | None = 0,
) -> int:  # fmt: skip
    found = store.start_session(workout)
    for side, hold in holds.items():
        for rep in range(2):
            record = a_set(
                clock, "side_plank", side, rep_index=rep, reps=None, target_reps=None,
                target_hold_s=15.0, hold_s=hold,
            )  # fmt: skip
            store.record_set(found, record)
    if status != "in_progress":
        store.finish_session(found, status, rpe=rpe, pain_during=0, pain_after=0)  # type: ignore[arg-type]
    if morning is not None:
        store.set_morning_pain(found, morning)
    clock.advance(days=2)
    return found


def test_the_log_holds_the_routines_sets_and_everyones_pain(data_dir: Path) -> None:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    first = session(store, clock, "mine", {"left": 15.0, "right": 15.0})
    other = session(store, clock, "warm_up", {"left": 15.0}, morning=1)
    second = session(store, clock, "mine", {"left": 15.0, "right": 15.0})
    session(store, clock, "mine", {"left": 3.0}, status="abandoned")
    session(store, clock, "mine", {"left": 3.0}, status="in_progress", morning=None)
    log = selftests.progression_log(store.conn, "mine")
    assert log.workout == "mine"
    # Effort and pain of every completed session, oldest first; only completed ones.
    assert [s.session_id for s in log.scores] == [first, other, second]
    assert log.scores[1].pain_next_morning == 1
    # Sets of this routine's completed sessions only.
    assert {w.session_id for w in log.work} == {first, second}
    assert all(w.exercise == "side_plank" and w.target_hold_s == 15.0 for w in log.work)
    # Only the latest sessions are read.
    assert {w.session_id for w in selftests.progression_log(store.conn, "mine", 1).work} == {second}
    assert selftests.progression_log(store.conn, "nothing").scores == []
    with pytest.raises(ValueError, match="at least one"):
        selftests.progression_log(store.conn, "mine", 0)


def test_from_the_store_to_a_suggestion(data_dir: Path) -> None:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    session(store, clock, "mine", {"left": 15.0, "right": 15.0})
    session(store, clock, "mine", {"left": 11.0, "right": 15.0})
    from hiptrainer.domain.model import Block, Workout

    workout = Workout(
        id="mine", name="Mine", summary="Side planks.", focus="strength",
        blocks=[Block(exercise="side_plank")],
    )  # fmt: skip
    log = selftests.progression_log(store.conn, "mine")
    found = suggest(workout, load_catalog().exercises, log, date(2026, 3, 20))
    by_side = {s.side: s for s in found}
    assert (by_side["right"].kind, by_side["right"].next.hold_s) == ("move_on", 20)
    # The weaker left side fell short at the bottom of its dose: it repeats it.
    assert by_side["left"].kind == "stay"
    assert by_side["left"].reason.startswith("2 holds short of 15 s on the left side")
