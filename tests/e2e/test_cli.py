"""The command line as a user runs it: a subprocess, its exit code, stdout and stderr."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hiptrainer import __version__
from tests.helpers.cli import Run


def test_version(run_cli: Run) -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"hiptrainer {__version__}"


def test_exercises_lists_the_catalogue_seed_first(run_cli: Run) -> None:
    result = run_cli("exercises")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "NAME", "DOSE"]
    assert lines[1].startswith("copenhagen_plank ")
    assert "4–6 × 15–20 s hold, each side" in lines[1]
    assert lines[2].startswith("standing_leg_lift_rotation ")
    assert len(lines) - 1 >= 18


def test_exercises_json_carries_every_field(run_cli: Run) -> None:
    result = run_cli("exercises", "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    first = items[0]
    for key in (
        "id",
        "name",
        "unilateral",
        "equipment",
        "primary_muscles",
        "secondary_muscles",
        "dosage",
        "steps",
        "aliases",
        "summary",
        "why",
        "cues",
        "mistakes",
        "easier",
        "harder",
        "safety",
        "sources",
        "license",
        "position",
        "difficulty",
    ):
        assert key in first, key
    assert first["dosage"]["reps"] == [4, 6]
    assert first["dosage"]["hold_s"] == [15, 20]
    assert "rest_s" in first["dosage"]
    assert all("text" in step for step in first["steps"])
    second = items[1]
    assert second["dosage"]["hold_s"] is None
    assert second["dosage"]["reps"] == [6, 8]


def test_workouts_json_blocks_carry_their_dose(run_cli: Run) -> None:
    result = run_cli("workouts", "--json")
    assert result.returncode == 0, result.stderr
    items = {item["id"]: item for item in json.loads(result.stdout)}
    warmup = items["runners_hip_warmup"]
    assert warmup["name"] == "Runner's hip warm-up"
    for block in warmup["blocks"]:
        assert set(block) == {"exercise", "dosage"}
        assert block["dosage"]["sets"] >= 1
    # The warm-up wakes the adductors with the short lever at a light dose of 20 s holds.
    plank = next(b for b in warmup["blocks"] if b["exercise"] == "copenhagen_short_lever")
    assert plank["dosage"]["hold_s"] == [20, 20]
    strength = items["post_run_strength"]
    plank = next(b for b in strength["blocks"] if b["exercise"] == "copenhagen_plank")
    assert plank["dosage"]["hold_s"] == [15, 20]


def test_workouts_table(run_cli: Run) -> None:
    result = run_cli("workouts")
    assert result.returncode == 0
    assert "Runner's hip warm-up" in result.stdout
    assert "about" in result.stdout


def test_usage_errors_exit_2(run_cli: Run) -> None:
    for args in (["bogus"], ["exercises", "--nope"], ["--data-dir"]):
        result = run_cli(*args)
        assert result.returncode == 2, args
        assert "usage:" in result.stderr


def test_broken_catalogue_exits_1_with_one_line(tmp_path: Path) -> None:
    from tests.helpers.catalog import copy_catalog

    root = copy_catalog(tmp_path / "resources")
    path = root / "exercises" / "clamshell.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("difficulty = 1", "difficulty = 0"),
        encoding="utf-8",
    )
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        import hiptrainer.catalog.loader as loader
        loader.resources_dir = lambda: Path({str(root)!r})
        from hiptrainer.cli import main
        sys.exit(main(["exercises"]))
    """)
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (
        "hiptrainer: resources/exercises/clamshell.toml: difficulty: expected a whole number "
        "from 1 to 5, got 0\n"
    )


WINDOW_LINES = [
    [],
    ["--smoke-test"],
    ["--data-dir", "some dir"],
    ["--data-dir=some dir", "--smoke-test"],
    ["--data-dir", ""],
    ["--smoke-test", "--data-dir", "first", "--data-dir", "second", "--smoke-test"],
]


@pytest.mark.parametrize("line", WINDOW_LINES)
def test_the_window_options_read_without_a_parser_are_what_the_parser_reads(
    line: list[str],
) -> None:
    # In process: the quick reading of the common line (see cli.window_options) must give
    # what the parser gives, and an option added to the window's parser makes this fail.
    from hiptrainer.cli import build_parser, window_options

    quick = window_options(line)
    assert quick is not None
    parsed, rest = build_parser(with_commands=False).parse_known_args(line)
    assert rest == []
    assert vars(quick) == {**vars(parsed), "command": None}


@pytest.mark.parametrize(
    "line",
    [
        ["--smoke"],
        ["--data", "d"],
        ["--data-dir"],
        ["--data-dir", "-d"],
        ["--version"],
        ["--help"],
        ["exercises"],
        ["--smoke-test", "figure"],
        ["--", "--smoke-test"],
    ],
)
def test_any_other_line_is_left_to_the_parser(line: list[str]) -> None:
    from hiptrainer.cli import window_options

    assert window_options(line) is None


def test_the_program_imports_its_modules_with_the_collector_off() -> None:
    # The `hiptrainer` program imports hiptrainer.cli, then calls run(), which turns the
    # garbage collector off for start-up: what the module imports by itself is imported
    # with the collector still on, so it must not import the catalogue (and msgspec).
    script = textwrap.dedent("""
        import json, sys
        import hiptrainer.cli
        watched = ("msgspec", "hiptrainer.catalog", "hiptrainer.storage", "argparse")
        print(json.dumps([name for name in watched if name in sys.modules]))
    """)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_abbreviated_window_options_still_work(run_cli: Run, data_dir: Path) -> None:
    result = run_cli("--data", str(data_dir), "--smoke")
    assert result.returncode == 0, result.stderr
    assert (data_dir / "cache" / "catalog.json").is_file()


def test_smoke_test_paints_and_exits_0(run_cli: Run, data_dir: Path) -> None:
    result = run_cli("--data-dir", str(data_dir), "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert (data_dir / "cache" / "catalog.json").is_file()


HEAVY = [
    "pyqtgraph",
    "numpy",
    "PySide6.QtMultimedia",
    "PySide6.QtTextToSpeech",
    "tomllib",
    "sqlite3",
    "dataclasses",  # a few ms of start-up for what named tuples do as well
]


def heavy_modules_after_smoke_test(data_dir: Path, preload: str = "") -> dict[str, object]:
    script = textwrap.dedent(f"""
        import json, sys
        {preload}
        from hiptrainer.cli import main
        code = main(["--data-dir", {str(data_dir)!r}, "--smoke-test"])
        print(json.dumps({{"code": code, "loaded": [m for m in {HEAVY!r} if m in sys.modules]}}))
    """)
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_startup_leaves_heavy_modules_unloaded(data_dir: Path) -> None:
    # Every watched module is installed, so "not loaded" means start-up did not load it.
    assert all(importlib.util.find_spec(name) is not None for name in HEAVY)
    first = heavy_modules_after_smoke_test(data_dir)  # builds the catalogue cache from TOML
    assert first == {"code": 0, "loaded": ["tomllib"]}
    # Later starts use the catalogue cache and parse no TOML.
    assert heavy_modules_after_smoke_test(data_dir) == {"code": 0, "loaded": []}
    # The check sees a module once something has loaded it (here: before start-up).
    seen = heavy_modules_after_smoke_test(data_dir, preload="import pyqtgraph")
    assert seen == {"code": 0, "loaded": ["pyqtgraph", "numpy"]}


def qt_namespace_after_smoke_test(data_dir: Path, preload: str = "") -> dict[str, object]:
    script = textwrap.dedent(f"""
        import json
        {preload}
        import PySide6.QtCore as core
        from hiptrainer.cli import main
        code = main(["--data-dir", {str(data_dir)!r}, "--smoke-test"])
        print(json.dumps({{"code": code, "built": "Qt" in vars(core)}}))
    """)
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_the_first_frame_leaves_the_qt_namespace_unbuilt(data_dir: Path) -> None:
    # PySide builds every enum of the Qt namespace (Qt.Key, Qt.AlignmentFlag and 91 more) the
    # first time anything uses it, which took 17 ms of a 200 ms start; the window's first
    # frame is built and drawn without it, both the very first start and the next ones.
    assert qt_namespace_after_smoke_test(data_dir) == {"code": 0, "built": False}
    assert qt_namespace_after_smoke_test(data_dir) == {"code": 0, "built": False}
    # The check sees the namespace once something has used it.
    seen = qt_namespace_after_smoke_test(data_dir, preload="from PySide6.QtCore import Qt")
    assert seen == {"code": 0, "built": True}


def test_smoke_test_fails_in_one_line_when_the_data_folder_is_in_use(
    run_cli: Run, data_dir: Path
) -> None:
    from hiptrainer.storage.lock import InstanceLock

    with InstanceLock(data_dir):  # another window holds the folder; no dialog may wait
        result = run_cli("--smoke-test")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("hiptrainer: smoke test failed: HipTrainer is already running")


def test_smoke_test_restores_the_train_tab(run_cli: Run, data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "settings.json").write_text('{"last_tab": "train"}', encoding="utf-8")
    result = run_cli("--smoke-test")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
