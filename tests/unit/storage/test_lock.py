from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from hiptrainer.storage.lock import AlreadyRunningError, InstanceLock


def test_second_lock_is_refused_until_the_first_is_released(data_dir: Path) -> None:
    first = InstanceLock(data_dir)
    first.acquire()
    with pytest.raises(AlreadyRunningError, match="already running"):
        InstanceLock(data_dir).acquire()
    first.release()
    with InstanceLock(data_dir) as again:
        assert again.held


def test_a_lock_held_by_another_process_is_seen(data_dir: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path;"
            "from hiptrainer.storage.lock import InstanceLock;"
            f"l = InstanceLock(Path({str(data_dir)!r})); l.acquire(); print('held', flush=True);"
            "sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(AlreadyRunningError):
            InstanceLock(data_dir).acquire()
    finally:
        holder.kill()
        holder.communicate()
    # The operating system released the dead process's lock: no stale lock file problem.
    with InstanceLock(data_dir):
        pass
