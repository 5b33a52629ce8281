"""The Library with 1,000 exercises of the user's own, against the bundled catalogue alone.

Three figures, each measured against the bundled-only catalogue in the same run:

* start-up: ``hiptrainer --smoke-test`` (the full window up to its first paint, as
  bench/startup.py runs it) on a data folder holding 1,000 custom exercises, and on one that
  holds none; both databases exist. The user's items are read from the database right after
  the first paint, with the database itself (see ``ui/app.py``), so a second figure is the
  time until they are listed: a child that starts the window as ``run_gui`` does, opens the
  data after the first paint, and quits once the Library lists the user's exercises.
* each keystroke of a search: the window (1280 x 800, offscreen) with the Library showing;
  three searches typed a key at a time (and erased again), each key timed from the key press
  until the list has been drawn again and the frame is over; first in the fresh window (rows
  drawn for the first time), then again. Once with the filter alone (the detail page kept, as
  while the exercise on show still matches), once with all a keystroke does (the detail page
  shows the first match when the one on show no longer matches). The target is for the
  filter: the slowest key of both passes.
* import: ``import_file`` of a pack of 1,000 custom exercises and 20 routines into an empty
  data folder (validated, renamed where needed, written in one transaction), against a pack
  of one exercise and one routine.

Targets: start-up within 10% of the bundled-only figure; each keystroke's filter <= 16 ms;
the import <= 2 s.

Usage: ``python bench/library.py [--runs N] [--count N]``. The last line holds the results as
``key=value`` pairs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchlib import positive_int, table
from startup import Sample, child_env, compile_package, measure, project_command

STARTUP_TARGET = 1.10
KEY_TARGET_MS = 16.0
IMPORT_TARGET_S = 2.0
SEARCHES = ["side plank", "glute bridge", "band 07"]
SIZE = (1280, 800)

LISTED_SCRIPT = """\
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from hiptrainer.ui.app import FirstPaint, build_main_window, create_application, open_data
from hiptrainer.ui.startup_check import HeadlessPrompts

data_dir = Path(sys.argv[1])
expected = int(sys.argv[2])
app = create_application()
window = build_main_window(data_dir)


def after_paint():
    open_data(window, data_dir, HeadlessPrompts())
    listed = window.library.model.rowCount()
    if listed != expected:
        print(f"listed {listed}, expected {expected}", file=sys.stderr)
        app.exit(1)
    else:
        QTimer.singleShot(0, app.quit)  # once the frame that lists them is done


FirstPaint(window, after_paint)
window.show()
code = app.exec()
window.close()
window.detach_storage()
sys.exit(code)
"""


# --- the data -------------------------------------------------------------------------------


def custom_items(count: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``count`` custom exercises made from the bundled ones (every field filled, as a
    clinic's would be, names numbered so each is its own), and 20 routines of them."""
    import msgspec

    from hiptrainer.catalog import load_catalog
    from hiptrainer.catalog.custom import is_custom

    bundled = [e for e in load_catalog().exercises.values() if not is_custom(e)]
    exercises = []
    for number in range(count):
        source = bundled[number % len(bundled)]
        data: dict[str, Any] = msgspec.to_builtins(source)
        data["id"] = f"clinic_{number:04d}"
        data["name"] = f"{source.name}, clinic variant {number:04d}"
        data["aliases"] = [*data["aliases"][:2], f"band {number % 50:02d}"]
        data["from_article"] = False
        data["easier"], data["harder"] = [], []
        for step in data["steps"]:
            step["pose"] = f"{source.id}:{step['pose']}"
        exercises.append(data)
    workouts = [
        {
            "id": f"clinic_routine_{n:02d}",
            "name": f"Clinic routine {n:02d}",
            "summary": "Six exercises from the clinic's pack.",
            "focus": "strength",
            "blocks": [{"exercise": f"clinic_{(n * 6 + k) % count:04d}"} for k in range(6)],
        }
        for n in range(20)
    ]
    return exercises, workouts


def write_pack(path: Path, exercises: list[Any], workouts: list[Any]) -> Path:
    document = {"format": "hiptrainer-pack", "version": 1, "exercises": exercises}
    document["workouts"] = workouts
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def import_pack(data_dir: Path, pack: Path) -> float:
    """Seconds to import ``pack`` into ``data_dir`` (opened before the clock starts)."""
    from hiptrainer.catalog import load_catalog
    from hiptrainer.catalog.packs import PackPlanner
    from hiptrainer.storage.database import database_path, open_database
    from hiptrainer.storage.store import Store
    from hiptrainer.storage.transfer import import_file

    store = Store(open_database(data_dir), database_path(data_dir))
    planner = PackPlanner(load_catalog())
    try:
        start = time.perf_counter()
        import_file(store, pack, planner)
        return time.perf_counter() - start
    finally:
        store.conn.close()


# --- typing in the search -------------------------------------------------------------------


class Typist:
    """The window on a data folder, and the means to time a key until it is drawn."""

    def __init__(self, data_dir: Path) -> None:
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler
        from PySide6.QtWidgets import QApplication

        from hiptrainer.ui.app import build_main_window, open_data
        from hiptrainer.ui.startup_check import HeadlessPrompts

        def quiet(kind: QtMsgType, _context: object, message: str) -> None:
            if "propagateSizeHints" not in message:
                print(message, file=sys.stderr)

        qInstallMessageHandler(quiet)
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.window = build_main_window(data_dir)
        self.window.resize(*SIZE)
        self.window.show()
        self.settle()
        open_data(self.window, data_dir, HeadlessPrompts())
        self.settle()
        self.library = self.window.library

    def settle(self) -> None:
        for _ in range(10):
            self.app.processEvents()

    def key(self, text: str, follow: bool) -> float:
        """Milliseconds from pressing the key that makes the search ``text`` until the
        frame that draws the list again is over. Without ``follow`` the detail page keeps
        its exercise (the filter alone)."""
        from PySide6.QtCore import QEvent, QObject, Qt, QTimer
        from PySide6.QtTest import QTest

        search = self.library.filters.search
        library = self.library
        painted: list[float] = []

        class Watch(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    QTimer.singleShot(0, lambda: painted.append(time.perf_counter()))
                return False

        watch = Watch()
        widgets = [library.list.viewport(), library.detail.viewport(), library.count]
        for widget in widgets:
            widget.installEventFilter(watch)
        keep = library._current_changed  # noqa: SLF001 (the bench holds the page still)
        if not follow:
            library.list.selectionModel().currentChanged.disconnect(keep)
        start = time.perf_counter()
        if len(text) < len(search.text()):
            QTest.keyClick(search, Qt.Key.Key_Backspace)
        else:
            QTest.keyClicks(search, text[-1])
        ended = time.perf_counter()
        for _ in range(20):  # until a pass paints nothing more
            seen = len(painted)
            self.app.processEvents()
            self.app.processEvents()
            if len(painted) == seen:
                break
        if not follow:
            library.list.selectionModel().currentChanged.connect(keep)
        for widget in widgets:
            widget.removeEventFilter(watch)
        assert search.text() == text, (search.text(), text)
        return ((painted[-1] if painted else ended) - start) * 1000

    def type_searches(self, follow: bool) -> list[float]:
        times = []
        for word in SEARCHES:
            for end in range(1, len(word) + 1):
                times.append(self.key(word[:end], follow))
            for end in range(len(word) - 1, -1, -1):
                times.append(self.key(word[:end], follow))
        return times

    def close(self) -> None:
        self.window.close()
        self.window.detach_storage()


def typing_child(data_dir: Path, follow: bool) -> int:
    typist = Typist(data_dir)
    first = typist.type_searches(follow)  # in a fresh window: rows and pictures drawn anew
    times = typist.type_searches(follow)
    print(json.dumps({"first": first, "times": times, "rows": typist.library.model.rowCount()}))
    typist.close()
    return 0


def typing(data_dir: Path, follow: bool) -> dict[str, Any]:
    """Key times in a fresh process (each window its own, as a user's)."""
    command = [sys.executable, __file__, "--typing-child", str(data_dir)]
    command += ["--follow"] if follow else []
    result = subprocess.run(
        command, env=child_env(), capture_output=True, text=True, timeout=600, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"typing child failed:\n{result.stderr}")
    found: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


# --- the run ----------------------------------------------------------------------------------


def prepare(root: Path, count: int) -> tuple[Path, Path, Path, Path]:
    """Two data folders (none of the user's; ``count`` of them) and two packs."""
    exercises, workouts = custom_items(count)
    big = write_pack(root / "clinic.hiptrainer-pack", exercises, workouts)
    small = write_pack(
        root / "one.hiptrainer-pack",
        exercises[:1],
        [{**workouts[0], "blocks": [{"exercise": exercises[0]["id"]}]}],
    )
    bundled_dir, custom_dir = root / "bundled", root / "custom"
    from hiptrainer.storage.database import open_database

    open_database(bundled_dir).close()  # a database, empty of the user's items
    import_pack(custom_dir, big)
    return bundled_dir, custom_dir, big, small


def startup_samples(
    bundled_dir: Path, custom_dir: Path, runs: int, count: int
) -> dict[str, list[float]]:
    env = child_env()
    total = {"bundled": 0, "custom": count}
    samples: dict[str, list[float]] = {k: [] for k in ("paint_b", "paint_c", "list_b", "list_c")}
    subjects: list[tuple[str, Callable[[], Sample]]] = [
        ("paint_b", lambda: measure("bundled", project_command(str(bundled_dir)), env, 120)),
        ("paint_c", lambda: measure("custom", project_command(str(custom_dir)), env, 120)),
        ("list_b", lambda: listed(bundled_dir, total["bundled"], env)),
        ("list_c", lambda: listed(custom_dir, total["custom"], env)),
    ]
    for _, run in subjects:
        run()  # warm-up, discarded
    for index in range(runs):
        for key, run in subjects if index % 2 == 0 else subjects[::-1]:
            samples[key].append(run().wall_ms)
    return samples


def listed(data_dir: Path, custom: int, env: dict[str, str]) -> Sample:
    from hiptrainer.catalog import load_catalog

    expected = len(load_catalog().exercises) + custom
    command = [sys.executable, "-c", LISTED_SCRIPT, str(data_dir), str(expected)]
    return measure("listed", command, env, 120)


def summary(values: list[float]) -> list[str]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return [f"{statistics.median(values):.1f}", f"{p95:.1f}", f"{max(values):.1f}"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=positive_int, default=7, help="start-ups of each kind")
    parser.add_argument("--count", type=positive_int, default=1000, help="custom exercises")
    parser.add_argument("--typing-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--follow", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.typing_child is not None:
        return typing_child(args.typing_child, args.follow)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    compiled = compile_package(child_env())
    print(
        f"HipTrainer Library with {args.count} exercises of the user's: {args.runs} start-ups "
        f"each after 1 warm-up, byte-compiled {compiled}"
    )
    with tempfile.TemporaryDirectory(prefix="hiptrainer-bench-library-") as folder:
        root = Path(folder)
        bundled_dir, custom_dir, big, small = prepare(root, args.count)
        imports = {"big": [], "small": []}  # type: dict[str, list[float]]
        for index in range(3):
            imports["big"].append(import_pack(root / f"import-big-{index}", big))
            imports["small"].append(import_pack(root / f"import-small-{index}", small))
        start = startup_samples(bundled_dir, custom_dir, args.runs, args.count)
        keys = {
            ("bundled", False): typing(bundled_dir, follow=False),
            ("custom", False): typing(custom_dir, follow=False),
            ("bundled", True): typing(bundled_dir, follow=True),
            ("custom", True): typing(custom_dir, follow=True),
        }

    med = {k: statistics.median(v) for k, v in start.items()}
    paint_ratio = med["paint_c"] / med["paint_b"]
    rows = [["start-up", "", "median ms", "min", "max", "ratio"]]
    for key, name in (("paint_b", "bundled only"), ("paint_c", f"+{args.count} yours")):
        values = start[key]
        ratio = "" if key == "paint_b" else f"{paint_ratio:.2f}"
        rows.append(["to first paint", name, f"{med[key]:.0f}", f"{min(values):.0f}",
                     f"{max(values):.0f}", ratio])  # fmt: skip
    for key, name in (("list_b", "bundled only"), ("list_c", f"+{args.count} yours")):
        values = start[key]
        extra = "" if key == "list_b" else f"+{med['list_c'] - med['list_b']:.0f} ms"
        rows.append(["to yours listed", name, f"{med[key]:.0f}", f"{min(values):.0f}",
                     f"{max(values):.0f}", extra])  # fmt: skip
    print()
    print(table(rows, labels=2))

    rows = [["keystroke", "", "rows", "median ms", "p95", "max", "fresh window max"]]
    for (which, follow), found in keys.items():
        what = "filter + detail page" if follow else "filter"
        fresh = f"{max(found['first']):.1f}"
        rows.append([what, which, str(found["rows"]), *summary(found["times"]), fresh])
    print()
    print(table(rows, labels=2))

    rows = [["import", "", "median s", "min", "max"]]
    for key, name in (("small", "1 exercise + 1 routine"), ("big", f"{args.count} + 20 routines")):
        values = imports[key]
        rows.append(["pack", name, f"{statistics.median(values):.3f}", f"{min(values):.3f}",
                     f"{max(values):.3f}"])  # fmt: skip
    print()
    print(table(rows, labels=2))

    custom = keys[("custom", False)]
    key_filter = max(custom["times"] + custom["first"])
    key_follow = max(keys[("custom", True)]["times"] + keys[("custom", True)]["first"])
    key_median = statistics.median(keys[("custom", False)]["times"])
    import_s = statistics.median(imports["big"])
    print()
    verdicts = [
        ("start-up ratio", f"{paint_ratio:.2f}", f"<= {STARTUP_TARGET}",
         paint_ratio <= STARTUP_TARGET),
        ("slowest keystroke's filter", f"{key_filter:.1f} ms", f"<= {KEY_TARGET_MS:g} ms",
         key_filter <= KEY_TARGET_MS),
        ("pack import", f"{import_s:.2f} s", f"<= {IMPORT_TARGET_S:g} s",
         import_s <= IMPORT_TARGET_S),
    ]  # fmt: skip
    for what, value, target, met in verdicts:
        print(f"target {what} {target}: {value} -> {'met' if met else 'NOT met'}")
    print()
    print(
        f"startup_ms={med['paint_c']:.0f} baseline_ms={med['paint_b']:.0f} "
        f"startup_ratio={paint_ratio:.2f} listed_extra_ms={med['list_c'] - med['list_b']:.0f} "
        f"key_filter_median_ms={key_median:.1f} key_filter_max_ms={key_filter:.1f} "
        f"key_follow_max_ms={key_follow:.1f} import_s={import_s:.2f} "
        f"import_small_s={statistics.median(imports['small']):.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
