"""``hiptrainer import`` of a backup whose self-test records are hostile: one line on stderr
naming the record and field, exit 1, nothing written; and a sound one round-trips through
``export --format json``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hiptrainer.storage import selftests
from tests.helpers.cli import Run
from tests.helpers.storage import FakeClock, make_store

Document = dict[str, Any]


def exported_with_selftests(run_cli: Run, data_dir: Path) -> Document:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    with store.transaction() as conn:
        sitting = selftests.start_selftest(conn, "copenhagen_hold", clock(), "d" * 32)
        selftests.record_side(conn, sitting, "left", 31.5, "s", clock.advance(seconds=40))
        selftests.record_side(conn, sitting, "right", 36.0, "s", clock.advance(seconds=140))
    store.conn.close()
    result = run_cli("export", "--format", "json", "-o", "-")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def result_of(document: Document) -> Document:
    return document["selftests"][0]["results"][0]  # type: ignore[no-any-return]


HOSTILE: dict[str, tuple[Callable[[Document], None], str]] = {
    "wrong type": (
        lambda d: result_of(d).update(value=[31.5]),
        "selftests[0].results[0].value: expected",
    ),
    "unknown test id": (
        lambda d: d["selftests"][0].update(test="plank_forever"),
        'selftests[0].test: unknown self-test id "plank_forever"',
    ),
    "negative value": (
        lambda d: result_of(d).update(value=-31.5),
        "selftests[0].results[0].value:",
    ),
    "huge value": (
        lambda d: result_of(d).update(value=9e99),
        "selftests[0].results[0].value:",
    ),
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_a_hostile_self_test_is_one_line_exit_1_and_writes_nothing(
    run_cli: Run, data_dir: Path, tmp_path: Path, kind: str
) -> None:
    document = exported_with_selftests(run_cli, data_dir)
    change, says = HOSTILE[kind]
    change(document)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    other = tmp_path / "other"
    before = run_cli(
        "export", "--format", "json", "-o", "-", env={"HIPTRAINER_DATA_DIR": str(other)}
    )
    result = run_cli("import", str(path), env={"HIPTRAINER_DATA_DIR": str(other)})
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr[:2000]
    assert lines[0].startswith(f"hiptrainer: {path}: "), lines[0]
    assert says in lines[0], lines[0]
    after = run_cli(
        "export", "--format", "json", "-o", "-", env={"HIPTRAINER_DATA_DIR": str(other)}
    )
    assert after.stdout == before.stdout


def test_self_tests_round_trip_through_the_command_line(
    run_cli: Run, data_dir: Path, tmp_path: Path
) -> None:
    document = exported_with_selftests(run_cli, data_dir)
    path = tmp_path / "backup.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    other = {"HIPTRAINER_DATA_DIR": str(tmp_path / "other")}
    assert run_cli("import", str(path), env=other).returncode == 0
    again = json.loads(run_cli("export", "--format", "json", "-o", "-", env=other).stdout)
    assert again["selftests"] == document["selftests"]
    assert [(r["side"], r["value"]) for r in again["selftests"][0]["results"]] == [
        ("left", 31.5),
        ("right", 36.0),
    ]
