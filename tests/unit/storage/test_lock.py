from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path
from typing import IO

import pytest

from hiptrainer.storage import lock
from hiptrainer.storage.errors import DataDirError
from hiptrainer.storage.lock import LOCK_FILE, AlreadyRunningError, InstanceLock


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


def test_a_folder_that_cannot_be_made_is_a_data_dir_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(DataDirError) as caught:
        InstanceLock(blocker / "data").acquire()
    assert not isinstance(caught.value, AlreadyRunningError)
    assert str(caught.value).startswith(f"cannot create the data folder {blocker / 'data'}: ")


def test_a_lock_file_that_cannot_be_opened_is_a_data_dir_error(data_dir: Path) -> None:
    (data_dir / LOCK_FILE).mkdir(parents=True)  # something that is not a file is in the way
    with pytest.raises(DataDirError, match="cannot write the lock file in the data folder"):
        InstanceLock(data_dir).acquire()


@pytest.mark.parametrize("number", [errno.ENOLCK, errno.EIO])
def test_a_lock_the_system_cannot_take_is_not_another_instance(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, number: int
) -> None:
    def failing(handle: object) -> None:
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(lock, "_lock", failing)
    with pytest.raises(DataDirError) as caught:
        InstanceLock(data_dir).acquire()
    assert not isinstance(caught.value, AlreadyRunningError)
    assert os.strerror(number) in str(caught.value)
    assert str(data_dir) in str(caught.value)


def test_a_full_disk_while_writing_the_process_id_still_locks(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The process id is only a hint for people; the OS lock is what keeps a second start out.
    full = InstanceLock(data_dir)
    real_open = full._open

    class FullDisk:
        def __init__(self, handle: IO[bytes]) -> None:
            self.handle = handle

        def __getattr__(self, name: str) -> object:
            return getattr(self.handle, name)

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def close(self) -> None:
            self.handle.close()

    monkeypatch.setattr(full, "_open", lambda: FullDisk(real_open()))
    full.acquire()
    assert full.held
    with pytest.raises(AlreadyRunningError):
        InstanceLock(data_dir).acquire()
    full.release()
