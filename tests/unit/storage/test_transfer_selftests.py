"""Self-test sittings, their results per side and dismissed suggestions in backups: the JSON
export and import round trip, backups and restore, and hostile import files (one line naming
record and field, nothing written)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hiptrainer.catalog import load_catalog
from hiptrainer.catalog.packs import PackPlanner
from hiptrainer.storage import selftests
from hiptrainer.storage.backup import _MOMENTS, contents, manual_backup, newest_good_backup
from hiptrainer.storage.migrations import DERIVED_TABLES
from hiptrainer.storage.restore import restore
from hiptrainer.storage.store import Store
from hiptrainer.storage.transfer import ImportFileError, export_json, import_file
from tests.helpers.storage import FakeClock, a_set, make_store

PLANNER = PackPlanner(load_catalog())
Document = dict[str, Any]


def recorded_selftests(data_dir: Path, clock: FakeClock | None = None) -> Store:
    """A store with a session, two self-test sittings (one stopped after its left side)
    and a dismissed suggestion."""
    clock = clock or FakeClock()
    store = make_store(data_dir, clock)
    session = store.start_session("runners_hip_warmup")
    store.record_set(session, a_set(clock, "clamshell", "left", reps=12))
    store.finish_session(session, rpe=5)
    with store.transaction() as conn:
        first = selftests.start_selftest(conn, "side_bridge", clock(), "a" * 32)
        selftests.record_side(conn, first, "left", 71.5, "s", clock.advance(seconds=80))
        selftests.record_side(conn, first, "right", 78.0, "s", clock.advance(seconds=200))
        clock.advance(days=1)
        second = selftests.start_selftest(conn, "single_leg_hamstring_bridge", clock(), "b" * 32)
        selftests.record_side(conn, second, "left", 22, "reps", clock.advance(seconds=60))
        selftests.dismiss_suggestion(conn, "runners_hip_warmup:0:clamshell:left:move_on", clock())
    return store


def a_week_later() -> FakeClock:
    clock = FakeClock()
    clock.advance(days=7)
    return clock


def table(store: Store, name: str) -> list[tuple[object, ...]]:
    return store.conn.execute(f"SELECT * FROM {name} ORDER BY 1, 2").fetchall()


def test_json_backup_carries_sittings_results_and_dismissals(
    data_dir: Path, tmp_path: Path
) -> None:
    store = recorded_selftests(data_dir)
    exported = export_json(store)
    document = json.loads(exported)
    assert [s["test"] for s in document["selftests"]] == [
        "side_bridge",
        "single_leg_hamstring_bridge",
    ]
    assert [(r["side"], r["value"], r["unit"]) for r in document["selftests"][0]["results"]] == [
        ("left", 71.5, "s"),
        ("right", 78.0, "s"),
    ]
    assert document["selftests"][1]["results"][0]["value"] == 22
    assert [d["key"] for d in document["dismissed_suggestions"]] == [
        "runners_hip_warmup:0:clamshell:left:move_on"
    ]
    path = tmp_path / "backup.json"
    path.write_bytes(exported)
    fresh = make_store(tmp_path / "fresh", a_week_later())
    summary = import_file(fresh, path, PLANNER)
    assert (summary.selftests, summary.selftest_results, summary.dismissed) == (2, 3, 1)
    assert export_json(fresh) == exported
    for name in ("selftests", "selftest_results", "dismissed_suggestions"):
        # The same rows, the same local dates and moments (row ids may differ, not here).
        assert table(fresh, name) == table(store, name)


def test_importing_twice_adds_no_sitting_and_merges_a_new_side(
    data_dir: Path, tmp_path: Path
) -> None:
    store = recorded_selftests(data_dir)
    path = tmp_path / "backup.json"
    path.write_bytes(export_json(store))
    again = import_file(store, path, PLANNER)
    assert (again.selftests, again.selftest_results, again.dismissed) == (0, 0, 0)
    # The other data dir finished the sitting that stopped after its left side.
    other = make_store(tmp_path / "other", a_week_later())
    import_file(other, path, PLANNER)
    sitting = other.conn.execute("SELECT id FROM selftests WHERE uuid = ?", ("b" * 32,))
    with other.transaction() as conn:
        moment = FakeClock().advance(days=1, minutes=5)  # the day of the sitting
        selftests.record_side(conn, sitting.fetchone()[0], "right", 27, "reps", moment)
    newer = tmp_path / "newer.json"
    newer.write_bytes(export_json(other))
    merged = import_file(store, newer, PLANNER)
    assert (merged.selftests, merged.selftest_results) == (0, 1)
    results = selftests.selftest_results(store.conn, "single_leg_hamstring_bridge")
    assert [(r.side, r.value) for r in results] == [("left", 22.0), ("right", 27.0)]


def test_an_older_backup_without_self_tests_still_imports(data_dir: Path, tmp_path: Path) -> None:
    document = json.loads(export_json(recorded_selftests(data_dir)))
    del document["selftests"], document["dismissed_suggestions"]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    fresh = make_store(tmp_path / "fresh", a_week_later())
    summary = import_file(fresh, path, PLANNER)
    assert (summary.sessions, summary.selftests, summary.dismissed) == (1, 0, 0)


def test_every_table_of_user_data_counts_in_a_backups_contents() -> None:
    """A table added to the schema must be weighed when the newest good backup is chosen
    (or be derived from another): otherwise a backup holding only it looks empty."""
    conn = sqlite3.connect(":memory:")
    from hiptrainer.storage.migrations import migrate

    migrate(conn, Path(":memory:"), None, FakeClock())
    tables = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    assert tables - DERIVED_TABLES == set(_MOMENTS)


def test_a_backup_holding_only_self_tests_is_offered(data_dir: Path) -> None:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    with store.transaction() as conn:
        sitting = selftests.start_selftest(conn, "copenhagen_hold", clock(), "c" * 32)
        selftests.record_side(conn, sitting, "left", 30, "s", clock.advance(minutes=2))
    kept = manual_backup(store.conn, data_dir, clock())
    found = contents(kept)
    assert found.rows == 2
    assert found.newest > 0
    assert newest_good_backup(data_dir) == kept


def test_restore_brings_the_self_tests_back(data_dir: Path) -> None:
    clock = FakeClock()
    store = recorded_selftests(data_dir, clock)
    kept = manual_backup(store.conn, data_dir, clock())
    with store.transaction() as conn:
        conn.execute("DELETE FROM selftests")
        conn.execute("DELETE FROM dismissed_suggestions")
    clock.advance(seconds=5)
    restore(store, data_dir, kept, clock)
    results = selftests.selftest_results(store.conn)
    assert [(r.test, r.side, r.value) for r in results] == [
        ("side_bridge", "left", 71.5),
        ("side_bridge", "right", 78.0),
        ("single_leg_hamstring_bridge", "left", 22.0),
    ]
    assert selftests.dismissed_suggestions(store.conn) == {
        "runners_hip_warmup:0:clamshell:left:move_on"
    }


# --- hostile files ---------------------------------------------------------------------------


def first_sitting(document: Document) -> Document:
    return document["selftests"][0]  # type: ignore[no-any-return]


def first_result(document: Document) -> Document:
    return first_sitting(document)["results"][0]  # type: ignore[no-any-return]


HOSTILE: dict[str, tuple[Callable[[Document], None], str]] = {
    "value as text": (
        lambda d: first_result(d).update(value="71"),
        "selftests[0].results[0].value: expected",
    ),
    "negative value": (
        lambda d: first_result(d).update(value=-3),
        "selftests[0].results[0].value:",
    ),
    "huge value": (
        lambda d: first_result(d).update(value=1e300),
        "selftests[0].results[0].value:",
    ),
    "value beyond a float": (
        lambda d: first_result(d).update(value=10**400),
        "selftests[0].results[0].value:",
    ),
    "unknown test": (
        lambda d: first_sitting(d).update(test="headstand_hold"),
        'selftests[0].test: unknown self-test id "headstand_hold"',
    ),
    "test id not a slug": (
        lambda d: first_sitting(d).update(test="<b>side</b>"),
        "selftests[0].test:",
    ),
    "results not a list": (
        lambda d: first_sitting(d).update(results={"left": 70}),
        "selftests[0].results: expected",
    ),
    "unknown side": (
        lambda d: first_result(d).update(side="middle"),
        "selftests[0].results[0].side:",
    ),
    "unknown unit": (
        lambda d: first_result(d).update(unit="kg"),
        "selftests[0].results[0].unit:",
    ),
    "a side twice": (
        lambda d: first_sitting(d)["results"].append(dict(first_result(d))),
        'selftests[0].results[2].side: "left" has a result already',
    ),
    "mixed units": (
        lambda d: first_sitting(d)["results"][1].update(unit="reps"),
        "selftests[0].results[1].unit:",
    ),
    "many results": (
        lambda d: first_sitting(d).update(results=[first_result(d)] * 10_000),
        "selftests[0].results: expected",
    ),
    "a sitting twice": (
        lambda d: d["selftests"].append(dict(first_sitting(d))),
        "selftests[2].uuid:",
    ),
    "a sitting in the future": (
        lambda d: first_sitting(d).update(started_at="2999-01-01T07:00:00+00:00"),
        "selftests[0].started_at: 2999-01-01T07:00:00+00:00 is in the future",
    ),
    "a result without a time zone": (
        lambda d: first_result(d).update(recorded_at="2026-03-02T07:31:00"),
        "selftests[0].results[0].recorded_at:",
    ),
    "unknown field": (
        lambda d: first_sitting(d).update(verdict="weak"),
        "selftests[0].verdict: unknown field",
    ),
    "dismissal key too long": (
        lambda d: d["dismissed_suggestions"][0].update(key="k" * 501),
        "dismissed_suggestions[0].key:",
    ),
    "dismissal key a number": (
        lambda d: d["dismissed_suggestions"][0].update(key=5),
        "dismissed_suggestions[0].key:",
    ),
    "selftests not a list": (
        lambda d: d.update(selftests="side_bridge"),
        "selftests: expected",
    ),
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_a_hostile_self_test_record_is_one_line_and_writes_nothing(
    data_dir: Path, tmp_path: Path, kind: str
) -> None:
    document = json.loads(export_json(recorded_selftests(data_dir)))
    change, says = HOSTILE[kind]
    change(document)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    fresh = make_store(tmp_path / "fresh", a_week_later())
    before = export_json(fresh)
    with pytest.raises(ImportFileError) as caught:
        import_file(fresh, path, PLANNER)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: "), message
    assert says in message, message
    assert len(message) < 400, message
    assert export_json(fresh) == before


def test_a_sitting_of_a_test_this_install_lacks_names_the_ones_it_has(
    data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "backup.json"
    path.write_bytes(export_json(recorded_selftests(data_dir)))
    fresh = make_store(tmp_path / "fresh", a_week_later())
    with pytest.raises(ImportFileError, match=r"this HipTrainer has side_bridge\)$"):
        import_file(fresh, path, PLANNER, selftest_ids={"side_bridge"})
    assert fresh.conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 0


def test_results_from_years_ago_are_kept_as_recorded(data_dir: Path, tmp_path: Path) -> None:
    document = json.loads(export_json(recorded_selftests(data_dir)))
    first_sitting(document)["started_at"] = "2021-05-04T23:30:00-07:00"
    path = tmp_path / "old.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    fresh = make_store(tmp_path / "fresh", a_week_later())
    import_file(fresh, path, PLANNER)
    # The day of the sitting is the day where it was taken, not in UTC.
    day = fresh.conn.execute("SELECT local_date FROM selftests WHERE uuid = ?", ("a" * 32,))
    assert day.fetchone()[0] == "2021-05-04"


def test_an_import_summary_names_only_what_was_added_in_singular_or_plural() -> None:
    from hiptrainer.storage.import_summary import ImportSummary

    assert ImportSummary(0, 0, 0, 0).wording() == "nothing new"
    assert ImportSummary(1, 2, 0, 0).wording() == "1 session and 2 sets"
    assert ImportSummary(0, 0, 3, 1).wording() == "3 exercises and 1 routine"
    assert (
        ImportSummary(0, 0, 0, 0, selftests=1, selftest_results=2, dismissed=1).wording()
        == "1 self-test, 2 self-test results and 1 dismissed suggestion"
    )
