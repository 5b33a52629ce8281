"""write_output: regular files are replaced atomically, other kinds of file are written to."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from hiptrainer.fileio import atomic_write, write_output


def test_a_new_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "sets.csv"
    assert write_output(target, b"a,b\r\n") is True
    assert target.read_bytes() == b"a,b\r\n"
    assert [p.name for p in target.parent.iterdir()] == ["sets.csv"]  # no temp file left


def test_a_regular_file_is_replaced_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "sets.csv"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_output(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_symlink_stays_a_link_and_its_target_is_replaced(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_bytes(b"old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert write_output(link, b"new") is True
    assert link.is_symlink()
    assert real.read_bytes() == b"new"


def test_a_fifo_is_written_to_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader is there: open never waits
    try:
        assert write_output(fifo, b"through the pipe") is False
        assert os.read(reader, 100) == b"through the pipe"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_character_device_is_written_to(tmp_path: Path) -> None:
    assert write_output(Path("/dev/null"), b"gone") is False
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        write_output(tmp_path, b"x")


def test_atomic_write_leaves_no_temp_file_when_it_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    target = tmp_path / "settings.json"
    target.write_bytes(b"kept")
    with pytest.raises(OSError, match="No space"):
        atomic_write(target, b"never half-written")
    monkeypatch.undo()
    assert target.read_bytes() == b"kept"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_a_new_output_file_gets_the_usual_permissions_and_a_data_file_stays_private(
    tmp_path: Path,
) -> None:
    old = os.umask(0o022)
    try:
        write_output(tmp_path / "sheet.pdf", b"%PDF")
        atomic_write(tmp_path / "settings.toml", b"x = 1")
        os.umask(0o027)
        write_output(tmp_path / "export.csv", b"a,b")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "sheet.pdf").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "export.csv").stat().st_mode) == 0o640
    assert stat.S_IMODE((tmp_path / "settings.toml").stat().st_mode) == 0o600
    assert os.umask(old) == old  # reading the umask left it as it was
