"""Quick ways to make stores and set records for tests."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

import pytest

from hiptrainer.domain.records import SetRecord
from hiptrainer.storage.database import database_path, open_database
from hiptrainer.storage.store import Store
from tests.helpers.clock import TZ, FakeClock

__all__ = ["TZ", "FakeClock", "a_set", "make_store"]

REPO = Path(__file__).resolve().parents[2]


def make_store(data_dir: Path, clock: FakeClock | None = None) -> Store:
    clock = clock or FakeClock()
    return Store(open_database(data_dir, clock), database_path(data_dir), clock)


def a_set(
    clock: FakeClock,
    exercise: str = "clamshell",
    side: str = "left",
    set_index: int = 0,
    rep_index: int = 0,
    **fields: object,
) -> SetRecord:
    start = clock()
    end = clock.advance(seconds=30)
    values: dict[str, object] = {"reps": 10, "target_reps": 10}
    values.update(fields)
    return SetRecord(
        exercise=exercise,
        side=side,
        set_index=set_index,  # type: ignore[arg-type]
        rep_index=rep_index,
        started_at=start,
        ended_at=end,
        **values,
    )  # type: ignore[arg-type]


def recorded_store(data_dir: Path, sessions: int = 1, clock: FakeClock | None = None) -> Store:
    """A store holding ``sessions`` completed sessions of two sets each, a day apart."""
    clock = clock or FakeClock()
    store = make_store(data_dir, clock)
    for _ in range(sessions):
        session = store.start_session("runners_hip_warmup")
        store.record_set(session, a_set(clock, "clamshell", "left", reps=12))
        store.record_set(session, a_set(clock, "clamshell", "right", reps=11))
        store.finish_session(session, rpe=6)
        clock.advance(days=1)
    return store


def backup_document(sessions: int, sets_per_session: int) -> dict[str, object]:
    """A valid JSON backup (as ``export --format json`` writes it) of generated sessions,
    all recorded from 2020 on, so any size can be made without a database."""
    start = datetime(2020, 1, 1, 7, 0, tzinfo=TZ)
    items = []
    for index in range(sessions):
        began = start + timedelta(hours=12 * index)
        sets = []
        for number in range(sets_per_session):
            moment = began + timedelta(minutes=number)
            sets.append(
                {
                    "exercise": "clamshell",
                    "side": "left" if number % 2 else "right",
                    "set_index": number // 2,
                    "target_reps": 12,
                    "reps": 11,
                    "load": "red band",
                    "started_at": moment.isoformat(timespec="milliseconds"),
                    "ended_at": (moment + timedelta(seconds=40)).isoformat(timespec="milliseconds"),
                }
            )
        items.append(
            {
                "uuid": f"{index:032x}",
                "workout": "runners_hip_warmup",
                "started_at": began.isoformat(timespec="milliseconds"),
                "ended_at": (began + timedelta(hours=1)).isoformat(timespec="milliseconds"),
                "status": "completed",
                "rpe": 6,
                "notes": "felt fine",
                "sets": sets,
            }
        )
    return {"format": "hiptrainer-backup", "version": 1, "sessions": items}


def write_backup(path: Path, sessions: int, sets_per_session: int) -> Path:
    path.write_text(json.dumps(backup_document(sessions, sets_per_session), indent=2), "utf-8")
    return path


# --- real read-only and full file systems ------------------------------------------------------


@cache
def mounts_work() -> bool:
    """True if this machine lets a process mount a tmpfs in its own user and mount
    namespaces (``unshare -rm``), the real way to make a read-only or full disk."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return False
    with tempfile.TemporaryDirectory() as folder:
        probe = subprocess.run(
            [unshare, "-rm", "sh", "-c", f"mount -t tmpfs -o size=64k tmpfs {folder}"],
            capture_output=True,
            timeout=60,
            check=False,
        )
    return probe.returncode == 0


needs_mounts = pytest.mark.skipif(
    not mounts_work(), reason="user and mount namespaces (unshare -rm) are not available here"
)


def in_namespace(script: str, **variables: str | Path) -> subprocess.CompletedProcess[str]:
    """Run the shell ``script`` (``set -u``; ``$PY`` is this Python) in new user and mount
    namespaces, where it may mount file systems that vanish when it ends."""
    exports = {"PY": sys.executable, **{key: str(value) for key, value in variables.items()}}
    prelude = "".join(f"export {key}={shlex.quote(value)}\n" for key, value in exports.items())
    return subprocess.run(
        ["unshare", "-rm", "sh", "-uc", prelude + script],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
        check=False,
    )
