from __future__ import annotations

import copy
import csv
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hiptrainer.catalog import load_catalog
from hiptrainer.catalog.packs import PackPlanner
from hiptrainer.storage.errors import ReadOnlyError
from hiptrainer.storage.transfer import (
    CSV_COLUMNS,
    MAX_IMPORT_BYTES,
    ImportFileError,
    export_csv,
    export_json,
    import_file,
)
from tests.helpers.custom import custom_exercise, custom_workout, write_pack
from tests.helpers.storage import FakeClock, a_set, make_store

PLANNER = PackPlanner(load_catalog())


def a_week_later() -> FakeClock:
    """The clock of a data dir that imports the test data: a backup may not hold dates
    after tomorrow, and the data was recorded over a few days from FakeClock's start."""
    clock = FakeClock()
    clock.advance(days=7)
    return clock


def filled(data_dir: Path) -> tuple:  # type: ignore[type-arg]
    clock = FakeClock()
    store = make_store(data_dir, clock)
    first = store.start_session("runners_hip_warmup")
    store.record_set(first, a_set(clock, "clamshell", "left", 0, reps=12, target_reps=12))
    store.record_set(first, a_set(clock, "clamshell", "right", 0, reps=10, target_reps=12))
    for hold in range(2):
        store.record_set(
            first,
            a_set(
                clock,
                "copenhagen_plank",
                "left",
                0,
                hold,
                reps=None,
                target_reps=None,
                hold_s=17.5,
                target_hold_s=20.0,
            ),
        )
    store.record_set(first, a_set(clock, "glute_bridge", "both", 0, skipped=True, reps=None))
    store.finish_session(first, rpe=5, pain_during=1, pain_after=0, notes='sore, "tight" hip')
    clock.advance(days=2)
    second = store.start_session("post_run_strength")
    store.record_set(second, a_set(clock, "side_plank", "left", 0, reps=None, hold_s=20.0))
    return store, clock


def test_csv_has_the_documented_columns_and_a_row_per_set(data_dir: Path) -> None:
    store, _ = filled(data_dir)
    text = export_csv(store)
    rows = list(csv.DictReader(io.StringIO(text)))
    header = text.splitlines()[0].split(",")
    for column in [
        "date",
        "session_id",
        "workout",
        "exercise",
        "side",
        "set",
        "target_reps",
        "reps",
        "target_hold_s",
        "hold_s",
        "load",
        "rpe",
        "pain",
        "notes",
    ]:
        assert column in header
    assert header == CSV_COLUMNS
    assert len(rows) == 6
    first = rows[0]
    assert first["date"] == "2026-03-02"
    assert (first["exercise"], first["side"], first["set"], first["reps"]) == (
        "clamshell",
        "left",
        "1",
        "12",
    )
    assert first["notes"] == 'sore, "tight" hip'  # quoted properly for a spreadsheet
    holds = [r for r in rows if r["exercise"] == "copenhagen_plank"]
    assert [(r["rep"], r["hold_s"], r["reps"]) for r in holds] == [
        ("1", "17.5", ""),
        ("2", "17.5", ""),
    ]
    assert rows[4]["skipped"] == "yes"
    assert first["started_at"].startswith("2026-03-02T07:30:00")


def test_json_round_trip_is_identical(data_dir: Path, tmp_path: Path) -> None:
    store, _ = filled(data_dir)
    exported = export_json(store)
    path = tmp_path / "backup.json"
    path.write_bytes(exported)
    fresh = make_store(tmp_path / "fresh", a_week_later())
    summary = import_file(fresh, path, PLANNER)
    assert (summary.sessions, summary.sets) == (2, 6)
    assert export_json(fresh) == exported


def test_importing_twice_changes_nothing(data_dir: Path, tmp_path: Path) -> None:
    store, _ = filled(data_dir)
    path = tmp_path / "backup.json"
    path.write_bytes(export_json(store))
    before = export_json(store)
    summary = import_file(store, path, PLANNER)
    assert (summary.sessions, summary.sets, summary.exercises, summary.workouts) == (0, 0, 0, 0)
    assert export_json(store) == before


def test_import_merges_new_sets_into_a_known_session(data_dir: Path, tmp_path: Path) -> None:
    store, clock = filled(data_dir)
    path = tmp_path / "backup.json"
    path.write_bytes(export_json(store))
    other = make_store(tmp_path / "other", a_week_later())
    import_file(other, path, PLANNER)
    session = other.sessions()[-1]
    other.record_set(session.id, a_set(clock, "side_plank", "right", 0, reps=None, hold_s=19.0))
    path.write_bytes(export_json(other))
    summary = import_file(store, path, PLANNER)
    assert (summary.sessions, summary.sets) == (0, 1)


def test_pack_with_a_custom_exercise_and_routine(data_dir: Path, tmp_path: Path) -> None:
    store = make_store(data_dir)
    path = write_pack(
        tmp_path / "mine.hiptrainer-pack",
        [custom_exercise("my_plank")],
        [custom_workout("mine", "my_plank", "clamshell")],
    )
    summary = import_file(store, path, PLANNER)
    assert (summary.exercises, summary.workouts) == (1, 1)
    assert [row[:2] for row in store.definition_rows()] == [
        ("exercise", "my_plank"),
        ("workout", "mine"),
    ]
    again = import_file(store, path, PLANNER)
    assert (again.exercises, again.workouts, again.renamed) == (0, 0, [])


def test_a_backup_brings_back_the_users_own_items_under_their_ids(
    data_dir: Path, tmp_path: Path
) -> None:
    store = make_store(data_dir)
    import_file(store, write_pack(tmp_path / "p.hiptrainer-pack", [custom_exercise()]), PLANNER)
    backup = tmp_path / "backup.json"
    backup.write_bytes(export_json(store))
    changed = custom_exercise(name="Changed since")
    store.write_definitions([("exercise", "my_plank", json.dumps(changed))])
    summary = import_file(store, backup, PLANNER)
    assert (summary.exercises, summary.renamed) == (1, [])  # replaced, not renamed
    assert [row[1] for row in store.definition_rows()] == ["my_plank"]
    assert export_json(store) == backup.read_bytes()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d.update(format="zip"),
            'format: expected "hiptrainer-backup" or "hiptrainer-pack", got "zip"',
        ),
        (lambda d: d.update(version=2), "version: expected 1, got 2"),
        (
            lambda d: d["sessions"][1]["sets"][0].update(side="up"),
            'sessions[1].sets[0].side: expected "left", "right" or "both"',
        ),
        (
            lambda d: d["sessions"][0].update(rpe=12),
            "sessions[0].rpe: expected a whole number from 0 to 10, got 12",
        ),
        (
            lambda d: d["sessions"][0]["sets"][0].update(started_at="yesterday"),
            "sessions[0].sets[0].started_at",
        ),
        (lambda d: d["sessions"][0].update(colour="red"), "sessions[0].colour: unknown field"),
        (
            lambda d: d["exercises"].append(custom_exercise("copenhagen_plank")),
            'exercises[0].id: "copenhagen_plank" is a bundled exercise',
        ),
    ],
)
def test_bad_import_names_record_and_field_and_writes_nothing(
    data_dir: Path,
    tmp_path: Path,
    change,
    message: str,  # type: ignore[no-untyped-def]
) -> None:
    store, _ = filled(data_dir)
    data = json.loads(export_json(store))
    change(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    target = make_store(tmp_path / "target", a_week_later())
    with pytest.raises(ImportFileError) as caught:
        import_file(target, path, PLANNER)
    text = str(caught.value)
    assert "\n" not in text
    assert text.startswith(f"{path}: ")
    assert message in text
    assert target.sessions() == []


def test_not_json_at_all(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"x.json: not valid JSON"):
        import_file(make_store(data_dir), path, PLANNER)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 20_000)
    | st.floats(allow_nan=False)
    | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _document() -> dict:  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory() as folder:
        store, _ = filled(Path(folder))
        text = export_json(store)
        store.conn.close()
    return json.loads(text)


DOCUMENT = _document()


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_generated_broken_imports_never_crash_or_half_write(data: st.DataObject) -> None:
    document = copy.deepcopy(DOCUMENT)
    # Replace one value somewhere in the document with a random JSON value.
    node = document
    while isinstance(node, (dict, list)) and node:
        keys = sorted(node) if isinstance(node, dict) else list(range(len(node)))
        key = data.draw(st.sampled_from(keys))
        child = node[key]
        if not isinstance(child, (dict, list)) or not child or data.draw(st.booleans()):
            node[key] = data.draw(json_values)
            break
        node = child
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "generated.json"
        file.write_text(json.dumps(document), encoding="utf-8")
        target = make_store(Path(folder) / "data", a_week_later())
        try:
            summary = import_file(target, file, PLANNER)
        except ImportFileError as exc:
            assert "\n" not in str(exc)  # noqa: PT017 (most documents are rejected, some not)
            assert target.sessions() == []  # all or nothing
        else:
            assert summary.sessions == len(target.sessions())
        finally:
            target.conn.close()


# --- spreadsheet formulas -----------------------------------------------------------------------


HOSTILE_CELLS = [
    '=HYPERLINK("http://evil.example","click")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\tindented",
    "\rcarriage",
]


@pytest.mark.parametrize("text", HOSTILE_CELLS)
def test_csv_text_cells_never_start_a_formula(data_dir: Path, text: str) -> None:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    session = store.start_session(text)
    store.record_set(session, a_set(clock, load=text, reps=12, target_reps=12))
    store.finish_session(session, rpe=5, pain_during=0, notes=text)
    rows = list(csv.DictReader(io.StringIO(export_csv(store))))
    assert len(rows) == 1
    row = rows[0]
    for column in ("workout", "load", "notes"):
        assert row[column] == "'" + text, column
    # Numbers stay numbers: nothing else gains a quote.
    assert (row["reps"], row["target_reps"], row["rpe"], row["pain"]) == ("12", "12", "5", "0")
    assert row["set"] == "1"
    assert row["date"] == "2026-03-02"
    assert row["started_at"].startswith("2026-03-02T")


def test_csv_leaves_harmless_text_alone(data_dir: Path) -> None:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    session = store.start_session("runners_hip_warmup")
    store.record_set(session, a_set(clock, load="red band - heavy", hold_s=12.5))
    store.finish_session(session, notes="a = b, 'quoted' and 3-2-1")
    row = next(csv.DictReader(io.StringIO(export_csv(store))))
    assert (row["workout"], row["load"], row["hold_s"]) == (
        "runners_hip_warmup",
        "red band - heavy",
        "12.5",
    )
    assert row["notes"] == "a = b, 'quoted' and 3-2-1"


# --- hostile import files -------------------------------------------------------------------------


def test_a_deeply_nested_file_is_one_line(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text(
        '{"format": "hiptrainer-backup", "version": 1, "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
        encoding="utf-8",
    )
    store = make_store(data_dir)
    with pytest.raises(ImportFileError) as caught:
        import_file(store, path, PLANNER)
    assert str(caught.value) == f"{path}: the JSON is nested too deeply to be a HipTrainer file"


def test_a_file_over_the_limit_is_refused_before_it_is_read(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)  # sparse: the size without the disk space
    real_open = Path.open

    def watched_open(self: Path, *args: object, **kwargs: object) -> object:
        handle = real_open(self, *args, **kwargs)  # type: ignore[call-overload]
        if self == path:
            handle.read = lambda *a: pytest.fail("the file was read")  # type: ignore[method-assign]
        return handle

    monkeypatch.setattr(Path, "open", watched_open)
    with pytest.raises(ImportFileError, match=r"huge.json: the file is larger than 50 MB"):
        import_file(make_store(data_dir), path, PLANNER)


def test_a_pipe_over_the_limit_is_refused(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hiptrainer.storage import transfer

    monkeypatch.setattr(transfer, "MAX_IMPORT_BYTES", 1000)  # a stream has no size to check
    path = tmp_path / "stream.json"
    path.write_text(json.dumps(DOCUMENT), encoding="utf-8")
    monkeypatch.setattr(transfer.stat, "S_ISREG", lambda mode: False)
    with pytest.raises(ImportFileError, match="larger than"):
        import_file(make_store(data_dir), path, PLANNER)


def _session(document: dict) -> dict:  # type: ignore[type-arg]
    return document["sessions"][1]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: _session(d).update(notes="x" * 10_001),
            "sessions[1].notes: expected a text of at most 10000 characters, got",
        ),
        (
            lambda d: _session(d)["sets"][0].update(load="y" * 201),
            "sessions[1].sets[0].load: expected a text of at most 200 characters",
        ),
        (
            lambda d: _session(d).update(workout="w" * 201),
            "sessions[1].workout: expected a routine id of at most 200 characters",
        ),
        (
            lambda d: d["sessions"].append(copy.deepcopy(d["sessions"][0])),
            f'sessions[2].uuid: "{DOCUMENT["sessions"][0]["uuid"]}" is also the id of sessions[0]',
        ),
        (
            lambda d: _session(d).update(started_at="1999-12-31T23:59:00+01:00"),
            "sessions[1].started_at: 1999-12-31T23:59:00+01:00 is before 2000-01-01",
        ),
        (
            lambda d: _session(d)["sets"][0].update(ended_at="2026-03-12T08:00:00+01:00"),
            "sessions[1].sets[0].ended_at: 2026-03-12T08:00:00+01:00 is in the future "
            "(after 2026-03-10)",
        ),
        (
            lambda d: d["exercises"].append(custom_exercise("mine", name="n" * 201)),
            "exercises[0].name: expected a non-empty text of at most 200 characters",
        ),
        (
            lambda d: d["exercises"].append(
                custom_exercise(
                    "mine",
                    steps=[{**step, "text": "s" * 2001} for step in custom_exercise()["steps"]],
                )
            ),
            "exercises[0].steps[0].text: expected a non-empty text of at most 2000 characters",
        ),
    ],
)
def test_hostile_records_are_refused_by_record_and_field(
    tmp_path: Path,
    change,
    message: str,  # type: ignore[no-untyped-def]
) -> None:
    data = copy.deepcopy(DOCUMENT)
    change(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    target = make_store(tmp_path / "target", a_week_later())  # today is 2026-03-09
    with pytest.raises(ImportFileError) as caught:
        import_file(target, path, PLANNER)
    text = str(caught.value)
    assert "\n" not in text
    assert text.startswith(f"{path}: {message}"), text
    assert len(text) < 400  # a long value is cut short, not printed whole
    assert target.sessions() == []
    assert target.definition_rows() == []


def test_tomorrow_is_still_accepted(tmp_path: Path) -> None:
    # A session recorded just after midnight in a time zone ahead of this one.
    data = copy.deepcopy(DOCUMENT)
    _session(data).update(started_at="2026-03-10T00:30:00+01:00", ended_at=None)
    _session(data)["sets"] = []
    path = tmp_path / "ok.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    target = make_store(tmp_path / "target", a_week_later())
    assert import_file(target, path, PLANNER).sessions == 2


def test_an_import_into_a_read_only_store_reads_nothing(data_dir: Path, tmp_path: Path) -> None:
    store = make_store(data_dir)
    store.read_only = True
    with pytest.raises(ReadOnlyError, match=r"cannot be written \(read-only\)"):
        import_file(store, tmp_path / "does-not-even-exist.json", PLANNER)
