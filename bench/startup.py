"""Startup time and peak memory of HipTrainer against a bare PySide6 window.

Runs ``hiptrainer --data-dir DIR --smoke-test`` (the full window, up to its first
paint) as a user starts it every day, with a data dir that already exists; for reference, the
very first start with a brand-new data dir (which also builds the catalogue cache); and a
baseline that does the least a PySide6 tab window can do: a QMainWindow with a QTabWidget
holding one empty tab, shown and quit on its first paint. All are child processes started the
same way, interleaved, after one discarded warm-up run of each. Each run records its wall time
(Popen to exit) and the child's peak RSS (``ru_maxrss`` from ``wait4``).

The package is byte-compiled first, as an installed wheel is: with PYTHONDONTWRITEBYTECODE set
(as in some shells and CI), a module whose .pyc is missing or older than its source would be
compiled again on every run (about 20 ms of a start, measured), and the warm-up run would not
fix it.

Target: HipTrainer (everyday start) takes at most 1.5x the baseline's time and memory.

Usage: ``python bench/startup.py [--runs N] [--timeout SECONDS]``. Exits 1 if a child fails.
The last line of output holds the results as ``key=value`` pairs.
"""

from __future__ import annotations

import argparse
import os
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from benchlib import positive_int, table

# This script imports nothing heavy on purpose: with vfork, a child's ru_maxrss can include
# the parent's own peak RSS, so the parent must stay far smaller than the children.

TARGET_RATIO = 1.5
DEFAULT_RUNS = 7
DEFAULT_TIMEOUT = 120.0

BASELINE_SCRIPT = """\
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget


class FirstPaint(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._seen = False

    def eventFilter(self, watched, event):
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, app.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget()
tabs.addTab(QWidget(), "Tab")
window.setCentralWidget(tabs)
window.installEventFilter(FirstPaint(window))
window.show()
code = app.exec()
window.close()
sys.exit(code)
"""


@dataclass
class Sample:
    wall_ms: float
    rss_mb: float


@dataclass
class Subject:
    name: str
    samples: list[Sample] = field(default_factory=list)

    def values(self, attr: str) -> list[float]:
        return [float(getattr(s, attr)) for s in self.samples]

    def median(self, attr: str) -> float:
        return statistics.median(self.values(attr))

    def low(self, attr: str) -> float:
        return min(self.values(attr))

    def high(self, attr: str) -> float:
        return max(self.values(attr))


class ChildFailed(Exception):
    def __init__(self, label: str, reason: str, stderr: str) -> None:
        super().__init__(f"{label}: {reason}")
        self.stderr = stderr


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("QT_QPA_PLATFORM"):  # a platform the caller chose is kept
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def project_command(data_dir: str) -> list[str]:
    """``hiptrainer --smoke-test`` as installed (the program a user starts), else ``-m``."""
    script = Path(sys.executable).with_name("hiptrainer")
    program = [str(script)] if script.is_file() else [sys.executable, "-m", "hiptrainer"]
    return [*program, "--data-dir", data_dir, "--smoke-test"]


def baseline_command() -> list[str]:
    return [sys.executable, "-c", BASELINE_SCRIPT]


def maxrss_mb(maxrss: int) -> float:
    """``ru_maxrss`` is KiB on Linux and the BSDs, bytes on macOS."""
    scale = 1 if sys.platform == "darwin" else 1024
    return maxrss * scale / (1024 * 1024)


def wait_for_exit(pid: int, timeout: float) -> bool:
    """Block until ``pid`` exits (without reaping it); False if ``timeout`` ran out first.

    A pidfd lets the wait time out without the races of killing a pid from another thread.
    Without pidfds (not Linux), this waits with no timeout.
    """
    if not hasattr(os, "pidfd_open"):
        return True
    fd = os.pidfd_open(pid)
    try:
        poller = select.poll()
        poller.register(fd, select.POLLIN)
        if poller.poll(timeout * 1000):
            return True
        signal.pidfd_send_signal(fd, signal.SIGKILL)
        return False
    finally:
        os.close(fd)


def measure(label: str, command: list[str], env: dict[str, str], timeout: float) -> Sample:
    """Run ``command`` once; its wall time from Popen to exit and its peak RSS."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err, env=env
        )
        in_time = wait_for_exit(proc.pid, timeout)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        if not in_time or proc.returncode != 0:
            err.seek(0)
            stderr = err.read().decode(errors="replace")
            if not in_time:
                reason = f"killed after the {timeout:g} s timeout"
            elif proc.returncode < 0:
                reason = f"killed by signal {-proc.returncode}"
            else:
                reason = f"exit code {proc.returncode}"
            raise ChildFailed(label, reason, stderr)
    return Sample(wall_ms=wall * 1000, rss_mb=maxrss_mb(usage.ru_maxrss))


def run_project(env: dict[str, str], timeout: float, data_dir: str) -> Sample:
    return measure("hiptrainer", project_command(data_dir), env, timeout)


def run_first_start(env: dict[str, str], timeout: float) -> Sample:
    with tempfile.TemporaryDirectory(prefix="hiptrainer-bench-") as data_dir:
        return measure("hiptrainer (first start)", project_command(data_dir), env, timeout)


def run_baseline(env: dict[str, str], timeout: float) -> Sample:
    return measure("baseline", baseline_command(), env, timeout)


def compile_package(env: dict[str, str]) -> str:
    """Write the .pyc files of the hiptrainer package that the children import; its folder."""
    import importlib.util

    spec = importlib.util.find_spec("hiptrainer")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return "?"
    folder = list(spec.submodule_search_locations)[0]
    command = [sys.executable, "-m", "compileall", "-q", folder]
    # A module that does not compile is not the benchmark's business: its run will say so.
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=False)
    return folder


def package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "?"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs",
        type=positive_int,
        default=DEFAULT_RUNS,
        help=f"measured runs of each, after one warm-up (default {DEFAULT_RUNS})",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        help=f"seconds before a hung child is killed (default {DEFAULT_TIMEOUT:g})",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    env = child_env()
    project, first, baseline = Subject("hiptrainer"), Subject("first start"), Subject("baseline")
    kept = tempfile.TemporaryDirectory(prefix="hiptrainer-bench-")
    runners = (
        (project, lambda env, timeout: run_project(env, timeout, kept.name)),
        (first, run_first_start),
        (baseline, run_baseline),
    )

    compiled = compile_package(env)
    print(
        f"HipTrainer startup: {args.runs} runs each after 1 warm-up, "
        f"QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}, Python {sys.version.split()[0]}, "
        f"PySide6 {package_version('PySide6-Essentials')}, byte-compiled {compiled}"
    )
    try:
        for _, runner in runners:
            runner(env, args.timeout)  # warm-up: fills the OS file cache, discarded
        for i in range(args.runs):
            # Alternate which one goes first, so neither always follows the other.
            for subject, runner in runners if i % 2 == 0 else runners[::-1]:
                subject.samples.append(runner(env, args.timeout))
    except ChildFailed as exc:
        print(f"\nFAILED {exc}", file=sys.stderr)
        print(exc.stderr.rstrip() or "(no stderr)", file=sys.stderr)
        return 1
    finally:
        kept.cleanup()

    ratios = {attr: project.median(attr) / baseline.median(attr) for attr in ("wall_ms", "rss_mb")}
    rows = [["metric", "", "median", "min", "max", "ratio"]]
    for attr, title, fmt in (("wall_ms", "wall ms", "{:.0f}"), ("rss_mb", "peak RSS MB", "{:.1f}")):
        for subject in (project, first, baseline):
            stats = (subject.median(attr), subject.low(attr), subject.high(attr))
            ratio = (
                "" if subject is baseline else f"{subject.median(attr) / baseline.median(attr):.2f}"
            )
            rows.append([title, subject.name, *(fmt.format(v) for v in stats), ratio])
    print()
    print(table(rows, labels=2))
    print()
    for attr, what in (("wall_ms", "startup time"), ("rss_mb", "peak RSS")):
        met = "met" if ratios[attr] <= TARGET_RATIO else "NOT met"
        print(f"target {what} ratio <= {TARGET_RATIO}: {ratios[attr]:.2f} -> {met}")
    print()
    print(
        f"startup_ms={project.median('wall_ms'):.0f} "
        f"baseline_ms={baseline.median('wall_ms'):.0f} "
        f"startup_ratio={ratios['wall_ms']:.2f} "
        f"rss_mb={project.median('rss_mb'):.0f} "
        f"baseline_rss_mb={baseline.median('rss_mb'):.0f} "
        f"rss_ratio={ratios['rss_mb']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
