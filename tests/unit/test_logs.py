"""The log folder: what is written where, the size cap, the old log's move, a folder that
cannot be written, and the trace a hard crash leaves for the next start."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hiptrainer.logs import (
    FAULT_FILE,
    LOG_FILE,
    Logging,
    SizeCappedFile,
    log_folder,
    start_logging,
)
from tests.helpers.storage import in_namespace, needs_mounts

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def started() -> Iterator[list[Logging]]:
    """Every logging started in a test, stopped after it (the root logger is shared)."""
    setups: list[Logging] = []
    yield setups
    for setup in setups:
        setup.stop()


def test_records_go_to_the_log_folder_and_stop_takes_the_handler_off(
    data_dir: Path, started: list[Logging]
) -> None:
    root = logging.getLogger()
    level = root.level
    setup = start_logging(data_dir, faults=False)
    started.append(setup)
    assert setup.log_file == data_dir / "logs" / "hiptrainer.log"
    logging.getLogger("hiptrainer.test").warning("a warning for the log")
    logging.getLogger("hiptrainer.test").info("an info line")
    setup.stop()
    text = (data_dir / "logs" / LOG_FILE).read_text(encoding="utf-8")
    assert "WARNING hiptrainer.test: a warning for the log" in text
    assert "INFO hiptrainer.test: an info line" in text
    assert setup.handler not in root.handlers
    assert root.level == level
    logging.getLogger("hiptrainer.test").warning("after the end")
    assert "after the end" not in (data_dir / "logs" / LOG_FILE).read_text(encoding="utf-8")


def test_the_log_starts_again_at_its_cap_and_keeps_three_old_ones(tmp_path: Path) -> None:
    path = tmp_path / LOG_FILE
    handler = SizeCappedFile(path, max_bytes=1000, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.Logger("capped")  # not registered: nothing else sees these records
    logger.addHandler(handler)
    for number in range(200):
        logger.warning("line %03d %s", number, "x" * 40)
    handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [LOG_FILE, f"{LOG_FILE}.1", f"{LOG_FILE}.2", f"{LOG_FILE}.3"]
    for name in names:
        assert 0 < (tmp_path / name).stat().st_size <= 1000
    newest = path.read_text(encoding="utf-8").splitlines()
    assert newest[-1].startswith("line 199 ")
    previous = (tmp_path / f"{LOG_FILE}.1").read_text(encoding="utf-8").splitlines()
    # Nothing lost between the files: the newest old one ends where the log begins.
    assert int(previous[-1].split()[1]) + 1 == int(newest[0].split()[1])


def test_a_log_that_cannot_rotate_still_takes_the_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / LOG_FILE
    blocker = tmp_path / f"{LOG_FILE}.1"
    blocker.mkdir()
    (blocker / "inside").write_text("a folder in the way", encoding="utf-8")
    handler = SizeCappedFile(path, max_bytes=100, backups=1)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.Logger("blocked")
    logger.addHandler(handler)
    logger.warning("first %s", "x" * 80)
    logger.warning("second %s", "y" * 80)
    handler.close()
    assert "--- Logging error ---" in capsys.readouterr().err
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [line.split()[0] for line in lines] == ["first", "second"]


def test_the_old_log_moves_into_the_folder_once(data_dir: Path, started: list[Logging]) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "hiptrainer.log").write_text("from an older version\n", encoding="utf-8")
    started.append(start_logging(data_dir, faults=False))
    assert not (data_dir / "hiptrainer.log").exists()
    moved = data_dir / "logs" / "hiptrainer.log.1"
    assert moved.read_text(encoding="utf-8") == "from an older version\n"
    # An older version run again writes the old file anew: it is left where it is, and
    # the moved one is never replaced.
    started.pop().stop()
    (data_dir / "hiptrainer.log").write_text("written again\n", encoding="utf-8")
    started.append(start_logging(data_dir, faults=False))
    assert (data_dir / "hiptrainer.log").read_text(encoding="utf-8") == "written again\n"
    assert moved.read_text(encoding="utf-8") == "from an older version\n"


def test_a_folder_in_the_way_means_one_line_and_logs_on_stderr(
    data_dir: Path, started: list[Logging], capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "logs").write_text("a file where the folder belongs", encoding="utf-8")
    setup = start_logging(data_dir)
    started.append(setup)
    err = capsys.readouterr().err
    assert err.startswith(f"hiptrainer: cannot write logs in {data_dir / 'logs'}: ")
    assert err.endswith("; logging to the terminal instead\n")
    assert err.count("\n") == 1
    assert setup.folder is None
    assert setup.log_file is None
    assert setup.fault_file is None
    assert isinstance(setup.handler, logging.StreamHandler)
    assert not isinstance(setup.handler, logging.FileHandler)


@needs_mounts
def test_a_read_only_data_folder_logs_to_stderr(tmp_path: Path) -> None:
    script = (
        "from pathlib import Path; import logging, sys\n"
        "from hiptrainer.logs import start_logging\n"
        "setup = start_logging(Path(sys.argv[1]))\n"
        "logging.getLogger('hiptrainer').warning('still said')\n"
    )
    result = in_namespace(
        'mount -t tmpfs -o size=200k tmpfs "$DIR" && mkdir "$DIR/data" '
        '&& mount -o remount,ro "$DIR" && "$PY" -c "$SCRIPT" "$DIR/data"',
        DIR=tmp_path,
        SCRIPT=script,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"hiptrainer: cannot write logs in {tmp_path}/data/logs: ")
    assert "Read-only file system" in lines[0]
    assert lines[1].endswith("WARNING hiptrainer: still said")
    assert len(lines) == 2


def run_python(script: str, data_dir: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *options, "-c", script, str(data_dir)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )


CRASH = (
    "import faulthandler, sys\n"
    "from pathlib import Path\n"
    "from hiptrainer.logs import start_logging\n"
    "setup = start_logging(Path(sys.argv[1]))\n"
    "setup.stop()  # the window's run is over; the way out may still crash\n"
    "def deep_in_the_player():\n"
    "    faulthandler._sigsegv()\n"
    "deep_in_the_player()\n"
)
START = (
    "import sys\n"
    "from pathlib import Path\n"
    "from hiptrainer.logs import start_logging\n"
    "start_logging(Path(sys.argv[1])).stop()\n"
)


def test_a_hard_crash_leaves_its_trace_and_the_next_start_logs_it(data_dir: Path) -> None:
    crashed = run_python(CRASH, data_dir)
    assert crashed.returncode != 0
    trace = (log_folder(data_dir) / FAULT_FILE).read_text(encoding="utf-8")
    assert "Segmentation fault" in trace
    assert "deep_in_the_player" in trace
    assert run_python(START, data_dir).returncode == 0
    log_text = (log_folder(data_dir) / LOG_FILE).read_text(encoding="utf-8")
    assert "WARNING hiptrainer.logs: HipTrainer's last run ended in a hard crash (at " in log_text
    assert "deep_in_the_player" in log_text
    assert (log_folder(data_dir) / FAULT_FILE).read_text(encoding="utf-8") == ""
    # Said once: the start after that has nothing to report.
    assert run_python(START, data_dir).returncode == 0
    again = (log_folder(data_dir) / LOG_FILE).read_text(encoding="utf-8")
    assert again.count("last run ended in a hard crash") == 1


def test_a_faulthandler_set_up_before_is_kept(data_dir: Path) -> None:
    crashed = run_python(CRASH, data_dir, "-X", "faulthandler")
    assert crashed.returncode != 0
    assert "deep_in_the_player" in crashed.stderr
    assert not (log_folder(data_dir) / FAULT_FILE).exists()
