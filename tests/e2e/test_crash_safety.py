"""Killing HipTrainer at any moment loses no set whose save call had already returned.

A child process records sets as fast as it can and says so on stdout after each call
returns; the parent kills it with SIGKILL after a random number of those acknowledgements,
over and over against the same data dir, then checks the database.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from hiptrainer.storage.database import database_path, open_database
from hiptrainer.storage.store import Store

RUNS = 60
SEED = 20240611
REPO = Path(__file__).resolve().parents[2]
# Only a safety net against a hung child, never a way to wait for it.
WATCHDOG_S = 60.0

CHILD = textwrap.dedent(
    """
    import sys
    from datetime import datetime, timedelta, timezone
    from pathlib import Path

    from hiptrainer.domain.records import SetRecord
    from hiptrainer.storage.database import database_path, open_database
    from hiptrainer.storage.store import Store

    qt = sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6")))
    if qt:
        sys.exit(f"the storage layer imported Qt: {qt}")
    data_dir = Path(sys.argv[1])
    store = Store(open_database(data_dir), database_path(data_dir))
    session_id = store.start_session("crash_test")
    print("session", session_id, flush=True)
    start = datetime(2024, 5, 1, 7, 0, tzinfo=timezone.utc)
    for index in range(10_001):
        began = start + timedelta(minutes=index)
        record = SetRecord(
            exercise="clamshell",
            side="left",
            set_index=index,
            target_reps=12,
            reps=12,
            load="red band",
            started_at=began,
            ended_at=began + timedelta(seconds=40),
        )
        store.record_set(session_id, record)
        print(index, flush=True)
    """
)


def run_and_kill(data_dir: Path, wanted: int) -> tuple[int, list[int]]:
    """Start a child, kill it once it has acknowledged ``wanted`` sets; return its session
    id and every set index it acknowledged (the ones read before the kill and any it had
    already printed behind them)."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert child.stdout is not None
    watchdog = threading.Timer(WATCHDOG_S, child.kill)
    watchdog.start()
    lines: list[str] = []
    try:
        while len(lines) < wanted + 1:
            line = child.stdout.readline()
            if not line:
                break
            lines.append(line)
    finally:
        child.send_signal(signal.SIGKILL)
        watchdog.cancel()
        # Read what is left through the same buffered stream that readline() used: lines it
        # already pulled into its buffer would be lost to communicate(), which reads the
        # raw pipe.
        rest = child.stdout.read()
        err = child.stderr.read() if child.stderr is not None else ""
        child.wait()
        child.stdout.close()
        if child.stderr is not None:
            child.stderr.close()
    assert len(lines) == wanted + 1, f"the child stopped early: {lines[-3:]} {err}"
    assert child.returncode == -signal.SIGKILL, err
    head, *acked_lines = lines
    word, number = head.split()
    assert word == "session"
    # A line cut off by the kill has no newline; its call returned but was not acknowledged.
    acked_lines += [line for line in rest.splitlines(keepends=True) if line.endswith("\n")]
    acked = [int(line) for line in acked_lines]
    assert acked == list(range(len(acked)))
    assert len(acked) >= wanted
    return int(number), acked


@pytest.mark.slow
def test_sigkill_never_loses_an_acknowledged_set(data_dir: Path) -> None:
    rng = random.Random(SEED)
    runs: dict[int, list[int]] = {}
    for _ in range(RUNS):
        # Mostly a few sets, sometimes none (killed just after the session started).
        wanted = rng.choice([0, rng.randint(1, 4), rng.randint(1, 25)])
        session_id, acked = run_and_kill(data_dir, wanted)
        assert session_id not in runs, "a run reused another run's session"
        runs[session_id] = acked

    names = sorted(path.name for path in data_dir.iterdir())
    assert not [name for name in names if ".damaged" in name], names

    path = database_path(data_dir)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()

    conn = open_database(data_dir)
    try:
        store = Store(conn, path)
        stored_sessions = {info.id: info for info in store.sessions()}
        assert set(stored_sessions) == set(runs)
        for session_id, acked in runs.items():
            assert stored_sessions[session_id].status == "in_progress"
            stored = [record.set_index for record in store.sets(session_id)]
            assert set(acked) <= set(stored), f"session {session_id} lost acknowledged sets"
            # Each call commits before the next begins: what is stored is a gap-free prefix,
            # at most one set (the one being saved when the kill came) past the last one
            # acknowledged.
            assert stored == list(range(len(stored)))
            assert len(stored) <= len(acked) + 1
    finally:
        conn.close()
