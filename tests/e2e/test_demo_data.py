"""``hiptrainer demo-data`` as a user runs it: one line on success, one line and exit 1 on a
folder with sessions, an open window or a full disk (nothing written), exit 2 for a bad
``--months``.

Most tests run the command through a small script that builds a parser with
``add_demo_parser`` and calls ``run_demo_command``, as ``hiptrainer.cli.main`` does; the
last one runs ``python -m hiptrainer demo-data`` itself.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from hiptrainer.storage.database import database_path
from hiptrainer.storage.lock import InstanceLock
from tests.helpers.cli import Run
from tests.helpers.storage import REPO, FakeClock, a_set, in_namespace, make_store, needs_mounts

# What cli.main does for this command: parse the line, resolve the data dir, run it.
SCRIPT = """
import argparse, sys
from hiptrainer.cli_demo import add_demo_parser, run_demo_command
from hiptrainer.paths import data_dir
parser = argparse.ArgumentParser(prog="hiptrainer")
add_demo_parser(parser.add_subparsers(dest="command", metavar="COMMAND"))
sys.exit(run_demo_command(parser.parse_args(sys.argv[1:]), data_dir(None)))
"""

SUCCESS = re.compile(
    r"Wrote (\d+) demo sessions with (\d+) sets, (\d{4}-\d\d-\d\d) to (\d{4}-\d\d-\d\d), "
    r"into (.+)\n"
)


def demo(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, "demo-data", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "HIPTRAINER_DATA_DIR": str(data_dir)},
        cwd=REPO,
        timeout=120,
        check=False,
    )


def counts(data_dir: Path) -> tuple[int, int, str, str]:
    with sqlite3.connect(database_path(data_dir)) as conn:
        sessions, first, last = conn.execute(
            "SELECT COUNT(*), MIN(local_date), MAX(local_date) FROM sessions"
        ).fetchone()
        sets = conn.execute("SELECT COUNT(*) FROM sets").fetchone()[0]
    conn.close()
    return sessions, sets, first, last


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("hiptrainer: ")
    return lines[0]


def test_it_fills_an_empty_folder_and_says_so_in_one_line(data_dir: Path) -> None:
    result = demo(data_dir, "--months", "6")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    said = SUCCESS.fullmatch(result.stdout)
    assert said is not None, result.stdout
    sessions, sets, first, last = counts(data_dir)
    assert said.groups() == (str(sessions), str(sets), first, last, str(data_dir))
    assert sessions > 30


def test_a_folder_with_sessions_is_refused_in_one_line(data_dir: Path) -> None:
    assert demo(data_dir, "--months", "2").returncode == 0
    before = counts(data_dir)
    line = one_line_error(demo(data_dir, "--months", "2", "--seed", "5"))
    assert line == (
        f"hiptrainer: {data_dir} already holds {before[0]} sessions; demo data goes only "
        "into an empty data folder"
    )
    assert counts(data_dir) == before


def test_one_real_session_is_enough_to_refuse(data_dir: Path) -> None:
    clock = FakeClock()
    store = make_store(data_dir, clock)
    session = store.start_session("post_run_strength")
    store.record_set(session, a_set(clock))
    store.finish_session(session)
    store.conn.close()
    line = one_line_error(demo(data_dir))
    assert line.endswith(f"{data_dir} already holds 1 session; demo data goes only into an "
                         "empty data folder")  # fmt: skip
    assert counts(data_dir)[:2] == (1, 1)


def test_it_refuses_while_the_window_has_the_folder(data_dir: Path) -> None:
    with InstanceLock(data_dir):
        line = one_line_error(demo(data_dir, "--months", "1"))
    assert "the HipTrainer window is open" in line
    assert not database_path(data_dir).exists() or counts(data_dir)[0] == 0


@pytest.mark.parametrize("months", ["0", "121", "-3", "six", "2.5"])
def test_months_outside_1_to_120_is_a_usage_error(data_dir: Path, months: str) -> None:
    result = demo(data_dir, "--months", months)
    assert result.returncode == 2
    assert "--months" in result.stderr
    assert "Traceback" not in result.stderr
    assert not database_path(data_dir).exists()


def test_the_same_seed_gives_the_same_history(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert demo(first, "--months", "3", "--seed", "42").returncode == 0
    assert demo(second, "--months", "3", "--seed", "42").returncode == 0
    dump = "SELECT uuid, started_at, rpe, pain_during FROM sessions ORDER BY id"
    with (
        sqlite3.connect(database_path(first)) as one,
        sqlite3.connect(database_path(second)) as two,
    ):
        assert one.execute(dump).fetchall() == two.execute(dump).fetchall()
    one.close()
    two.close()


@needs_mounts
def test_a_full_disk_is_one_line_and_writes_nothing(tmp_path: Path) -> None:
    """Ten years of history (about 5 MB) into a 1 MB file system: refused, rolled back."""
    mount = tmp_path / "mnt"
    mount.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    script = """
    mount -t tmpfs -o size=1m tmpfs "$M"
    HIPTRAINER_DATA_DIR="$M/data" "$PY" -c "$SCRIPT" demo-data --months 120 \
        >"$OUT/demo.out" 2>"$OUT/demo.err"
    echo $? >"$OUT/demo.rc"
    "$PY" -c "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); \
print(c.execute('SELECT COUNT(*) FROM sessions').fetchone()[0])" "$M/data/hiptrainer.db" \
        >"$OUT/count"
    """
    result = in_namespace(script, M=mount, OUT=out, SCRIPT=SCRIPT)
    assert result.returncode == 0, result.stdout + result.stderr
    outcome = subprocess.CompletedProcess(
        args=[],
        returncode=int((out / "demo.rc").read_text()),
        stdout=(out / "demo.out").read_text(encoding="utf-8"),
        stderr=(out / "demo.err").read_text(encoding="utf-8"),
    )
    assert "the disk is full" in one_line_error(outcome)
    assert (out / "count").read_text().strip() == "0"


def test_python_m_hiptrainer_demo_data(run_cli: Run, data_dir: Path) -> None:
    result = run_cli("demo-data", "--months", "6")
    assert result.returncode == 0, result.stderr
    assert SUCCESS.fullmatch(result.stdout)
    assert one_line_error(run_cli("demo-data", "--months", "6")).endswith(
        "demo data goes only into an empty data folder"
    )
    assert run_cli("demo-data", "--months", "121").returncode == 2
