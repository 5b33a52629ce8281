"""Opening and using the Progress tab on ten years of history, against the naive approach.

The database is the ten-year synthetic history of ``bench/storage.py`` (its ``history`` and
``fill``, same seed: about 2,600 sessions and 167,000 set rows). It runs under
``QT_QPA_PLATFORM=offscreen``.

The naive baseline is the same tab drawing the same charts, with a reader that loads every
set row joined to its session (``SELECT *``) and every session into Python when the tab opens,
then aggregates them in plain Python dicts into the rows the tab's queries return (the run
fails unless both agree). Both keep what they worked out until the data changes.

Each action is timed with ``time.perf_counter`` until drawn: it ends when every widget it
changes has had its paint event and the frame is over (a zero-time timer queued from the paint
filter runs after the whole frame, as ``hiptrainer/ui/app.py``'s FirstPaint), and when a frame
leads to more frames that paint them again (a second layout pass), at the end of the last.

* open: build the tab and show it, until its first view (glance strip, controls, the Over
  time chart) is painted; every section: then open the five other sections in turn;
* switch exercise / range: the combo's index or a range button's click, until repainted;
* then, on all ten years, each other section again (what a switch of range costs there).

Each run has a new tab (nothing cached); ours and the naive one alternate, after a discarded
warm-up of each. pyqtgraph is imported before, and the time targets apply so: medians of open
<= 150 ms, each switch <= 50 ms. Fresh processes give the first open in a process (pyqtgraph
and numpy imported on the way) and the peak memory: VmHWM (reset through /proc/self/clear_refs
just before the tab is imported) less VmRSS at that moment. The memory target, <= 60 MB, is
for the peak of the whole use: import, open, every section, then the switches.

The tab is built inside the app's own main window (``build_main_window``), 1280 x 800, on
screen with the Library tab showing, as when a user clicks Progress; the page it fills stands
where the Progress tab goes.

Usage: ``python bench/progress.py [--runs N] [--cold-runs N]``. Exits 1 if the reads disagree
or an action is never drawn. The last line holds the results as ``key=value`` pairs.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchlib import positive_int, table
from storage import SEED, Mismatch, check_same, fill, history

from hiptrainer.domain.progress import RANGES, ExerciseWeek, SessionSideTotals
from hiptrainer.domain.progress_pain import SessionScores
from hiptrainer.domain.progress_records import DatedSet, bests
from hiptrainer.storage.database import open_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OPEN_TARGET_MS, SWITCH_TARGET_MS, MEMORY_TARGET_MB = 150.0, 50.0, 60.0
SIZE = (1280, 800)  # the window the tab fills
SECTIONS = ("Balance", "Weekly volume", "Pain and effort", "Adherence", "Records")
Samples = list[dict[str, float]]
#: (key, label, exercise index or range name); the exercises are listed most recent first.
SWITCHES = (
    ("switch_exercise", "switch exercise (3 months)", 1),
    ("switch_range_year", "switch range to 1 year", "1_year"),
    ("switch_range_all", "switch range to all", "all"),
    ("switch_exercise_all", "switch exercise (all)", 2),
)


# --- the naive reads: every row in Python, aggregated in dicts --------------------------------


class NaiveData:
    """Every set row joined to its session, and every session, loaded from SQLite."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        cursor = conn.execute("SELECT * FROM sets t JOIN sessions s ON s.id = t.session_id")
        names = [column[0] for column in cursor.description]  # a set's columns come first
        wanted = ("session_id", "local_date", "exercise", "side", "reps", "hold_s", "skipped")
        at = [names.index(name) for name in wanted]
        self.sets = [tuple(row[i] for i in at) for row in cursor.fetchall()]
        cursor = conn.execute("SELECT * FROM sessions")
        names = [column[0] for column in cursor.description]
        columns = ("id", "local_date", "started_at", "status", "rpe", "pain_during",
                   "pain_after", "pain_next_morning")  # fmt: skip
        at = [names.index(name) for name in columns]
        self.sessions = [tuple(row[i] for i in at) for row in cursor.fetchall()]
        self.day = functools.lru_cache(maxsize=None)(date.fromisoformat)

    def exercises(self) -> list[tuple[str, date]]:
        last: dict[str, str] = {}
        for _session, day, exercise, _side, _reps, _hold, skipped in self.sets:
            if not skipped and day > last.get(exercise, ""):
                last[exercise] = day
        ordered = sorted(sorted(last.items()), key=lambda item: item[1], reverse=True)
        return [(exercise, self.day(day)) for exercise, day in ordered]

    def side_totals(self, exercise: str, since: date | None) -> list[SessionSideTotals]:
        low = (since or date.min).isoformat()
        groups: dict[tuple[int, str], list[Any]] = {}
        for session, day, name, side, reps, hold, skipped in self.sets:
            if name != exercise or skipped or day < low:
                continue
            group = groups.setdefault((session, side), [day, None, None, None, None])
            for value, best in ((hold, 1), (reps, 3)):
                if value is not None:
                    group[best] = value if group[best] is None else max(group[best], value)
                    total = group[best + 1]
                    group[best + 1] = value if total is None else total + value
        ordered = sorted(groups.items(), key=lambda item: (item[1][0], *item[0]))
        return [
            SessionSideTotals(session, self.day(day), side, *values)
            for (session, side), (day, *values) in ordered
        ]

    def weeks(self, since: date | None) -> list[ExerciseWeek]:
        low = (since or date.min).isoformat()
        mondays: dict[str, date] = {}
        groups: dict[tuple[date, str], list[Any]] = {}
        for _session, text, exercise, _side, reps, hold, skipped in self.sets:
            if skipped or text < low:
                continue
            week = mondays.get(text)
            if week is None:
                day = self.day(text)
                week = mondays[text] = day - timedelta(days=day.weekday())
            group = groups.setdefault((week, exercise), [None, None])
            for i, value in enumerate((reps, hold)):
                if value is not None:
                    group[i] = value if group[i] is None else group[i] + value
        return [
            ExerciseWeek(week, exercise, reps or 0, hold or 0.0)
            for (week, exercise), (reps, hold) in sorted(groups.items())
        ]

    def session_days(self) -> list[tuple[date, int]]:
        counts: dict[str, int] = {}
        for _id, day, _started, status, *_scores in self.sessions:
            if status == "completed":
                counts[day] = counts.get(day, 0) + 1
        return [(self.day(day), count) for day, count in sorted(counts.items())]

    def scores(self) -> list[SessionScores]:
        done = sorted(((day, started, session, scores)
                       for session, day, started, status, *scores in self.sessions
                       if status == "completed"), key=lambda item: item[:3])  # fmt: skip
        return [SessionScores(session, self.day(day), *scores) for day, _s, session, scores in done]

    def sets_done(self) -> list[DatedSet]:
        """Every set done: the records are found by walking them all."""
        kept = sorted(((day, session, name, side, hold, reps)
                       for session, day, name, side, reps, hold, skipped in self.sets
                       if not skipped), key=lambda item: item[:2])  # fmt: skip
        return [DatedSet(session, self.day(day), name, side, hold, reps)
                for day, session, name, side, hold, reps in kept]  # fmt: skip


def naive_reader(store_getter: Callable[[], Any]) -> Any:
    """The tab's reader, reading through :class:`NaiveData` (imported late: the first open in
    a fresh process must pay for every import, ours and the naive one alike)."""
    from hiptrainer.ui.progress.data import ProgressReader

    class NaiveReader(ProgressReader):
        def data(self) -> NaiveData:
            return self.memo(("all rows",), lambda: NaiveData(self._conn()))

        def exercises(self) -> list[tuple[str, date]]:
            return self.memo(("exercises",), self.data().exercises)

        def session_days(self) -> list[tuple[date, int]]:
            return self.memo(("days",), self.data().session_days)

        def scores(self) -> list[SessionScores]:
            return self.memo(("scores",), self.data().scores)

        def side_totals(self, exercise: str, since: date | None) -> list[SessionSideTotals]:
            read = functools.partial(self.data().side_totals, exercise, since)
            return self.memo(("totals", exercise, since), read)

        def weeks(self, since: date | None) -> list[ExerciseWeek]:
            return self.memo(("weeks", since), functools.partial(self.data().weeks, since))

        def record_candidates(self) -> list[DatedSet]:
            return self.memo(("records",), self.data().sets_done)

    return NaiveReader(store_getter)


# --- the Qt side -------------------------------------------------------------------------------


class Store:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn


def status_kb(key: str) -> int:
    text = Path("/proc/self/status").read_text()
    return int(re.search(rf"^{key}:\s+(\d+) kB", text, re.MULTILINE).group(1))  # type: ignore[union-attr]


class Harness:
    """A QApplication, the catalogue and the big database, and the means to time the tab."""

    def __init__(self, data_dir: Path) -> None:
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler
        from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

        from hiptrainer.catalog import load_catalog

        def quiet(kind: QtMsgType, _context: object, message: str) -> None:
            if "propagateSizeHints" not in message:  # the offscreen platform says it per window
                print(message, file=sys.stderr)

        qInstallMessageHandler(quiet)
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.catalog = load_catalog()
        self.store = Store(open_database(data_dir))
        # The tab opens inside the app's own window, already on screen with the Library tab
        # showing, as when a user clicks Progress: the window, its fonts and the Library are
        # not the tab's to pay for. The host page stands where the Progress tab goes.
        from hiptrainer.ui.app import build_main_window

        self.window = build_main_window(data_dir)
        self.window.resize(*SIZE)
        self.window.show()
        self.until_painted([self.window.library])
        self.host = QWidget()
        self.host_layout = QVBoxLayout(self.host)
        self.host_layout.setContentsMargins(0, 0, 0, 0)
        self.window.tabs.addTab(self.host, "Progress (bench)")
        self.window.tabs.setCurrentWidget(self.host)
        self.until_painted([self.window.tabs.tabBar()])
        self.frames = 0

    def until_painted(self, widgets: list[Any], timeout_s: float = 20.0) -> float:
        """Run the event loop until each of ``widgets`` has painted and that frame is done,
        then while the frames that follow paint any of them again (a second layout pass,
        items moved in the paint); return the moment the last of those frames ended."""
        from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

        loop = QEventLoop()
        waiting = list(widgets)
        frames: list[float] = []  # when each frame that painted one of them was done

        def frame_done() -> None:
            frames.append(time.perf_counter())
            if not waiting:
                loop.quit()

        class Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint and watched in widgets:
                    if watched in waiting:
                        waiting.remove(watched)
                    # Queued: it runs once the whole frame has been painted.
                    QTimer.singleShot(0, frame_done)
                return False

        watch = Filter()
        for widget in widgets:
            widget.installEventFilter(watch)
        timer = QTimer(singleShot=True, interval=int(timeout_s * 1000))
        timer.timeout.connect(loop.quit)
        timer.start()
        loop.exec()
        timer.stop()
        if waiting:
            names = ", ".join(w.objectName() or type(w).__name__ for w in waiting)
            raise RuntimeError(f"never painted within {timeout_s:g} s: {names}")
        for _ in range(20):  # the follow-up frames, if any: each pass runs what is pending
            seen = len(frames)
            self.app.processEvents()
            self.app.processEvents()
            if len(frames) == seen:
                break
        for widget in widgets:
            widget.removeEventFilter(watch)
        self.frames = len(frames)
        return frames[-1]

    @staticmethod
    def drawn(card: Any) -> Any:
        """The widget that shows a card's drawing (a plot's viewport, a table's, a note)."""
        shown = card.stack.currentWidget()
        return shown.viewport() if hasattr(shown, "viewport") else shown

    @staticmethod
    def pages(tab: Any) -> list[Any]:
        """The sections after Over time, in the order of :data:`SECTIONS`."""
        return [tab.balance, tab.volume, tab.pain, tab.adherence, tab.records]

    def targets(self, tab: Any, page: Any) -> list[Any]:
        if page is tab.adherence:
            return [tab.heatmap.view, self.drawn(tab.goal)]
        return [self.drawn(page)]

    def open_tab(self, naive: bool) -> tuple[dict[str, float], Any]:
        """A new tab: open it, then every section; times in ms."""
        from hiptrainer.settings import Settings
        from hiptrainer.ui.progress.progress_tab import ProgressTab

        times: dict[str, float] = {}
        start = time.perf_counter()
        tab = ProgressTab(self.catalog, lambda: self.store, Settings(), parent=self.host)
        if naive:
            tab.reader = naive_reader(lambda: self.store)
        self.host_layout.addWidget(tab)
        tab.show()
        end = self.until_painted([tab, self.drawn(tab.over_time)])
        times["open"] = (end - start) * 1000
        end = self.sections(tab, times, "")
        times["all_sections"] = (end - start) * 1000
        return times, tab

    def sections(self, tab: Any, times: dict[str, float], suffix: str) -> float:
        """Open each section after Over time, timing each; when the last was drawn."""
        end = time.perf_counter()
        for name, page in zip(SECTIONS, self.pages(tab), strict=True):
            begun = time.perf_counter()
            tab.sections.setCurrentWidget(page)
            end = self.until_painted(self.targets(tab, page))
            times[name + suffix] = (end - begun) * 1000
        return end

    def switch(self, tab: Any, times: dict[str, float]) -> None:
        """Back to Over time, each of :data:`SWITCHES` through the tab's controls, then (on
        all ten years now) each other section: what a switch of range costs there."""
        tab.sections.setCurrentWidget(tab.over_time)
        self.until_painted([self.drawn(tab.over_time)])
        for key, _label, choice in SWITCHES:
            begun = time.perf_counter()
            if isinstance(choice, int):
                tab.controls.exercise_box.setCurrentIndex(choice)
                targets = [self.drawn(tab.over_time), tab.glance.balance.caption]
            else:
                tab.controls.range_buttons[choice].click()
                targets = [self.drawn(tab.over_time)]
            times[key] = (self.until_painted(targets) - begun) * 1000
        begun = time.perf_counter()
        times["all_sections_all"] = (self.sections(tab, times, " (all)") - begun) * 1000

    def dispose(self, tab: Any) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        tab.hide()
        self.host_layout.removeWidget(tab)
        tab.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()


def child(data_dir: Path, naive: bool, cold: bool) -> int:
    """One first open in this fresh process; prints its figures as JSON."""
    harness = Harness(data_dir)
    result: dict[str, float] = {}
    if not cold:
        import hiptrainer.ui.progress.progress_tab  # noqa: F401
    rss0 = status_kb("VmRSS")
    Path("/proc/self/clear_refs").write_text("5")  # VmHWM starts again from here
    start = time.perf_counter()
    import hiptrainer.ui.progress.progress_tab  # noqa: F401, F811

    result["import_ms"] = (time.perf_counter() - start) * 1000
    result["rss_import_mb"] = (status_kb("VmRSS") - rss0) / 1024
    times, tab = harness.open_tab(naive)
    result["open_ms"] = result["import_ms"] + times["open"]
    result["all_sections_ms"] = result["import_ms"] + times["all_sections"]
    result["rss_mb"] = (status_kb("VmHWM") - rss0) / 1024
    harness.switch(tab, times)
    result["rss_switched_mb"] = (status_kb("VmHWM") - rss0) / 1024
    print(json.dumps(result))
    harness.dispose(tab)
    return 0


# --- the run -----------------------------------------------------------------------------------


def build(data_dir: Path) -> str:
    """The ten-year history of bench/storage.py in a new database; a line describing it."""
    sessions, sets = history(date.today(), random.Random(SEED))
    conn = open_database(data_dir)
    try:
        fill(conn, sessions, sets)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return (
        f"history {sessions[0][3]} .. {sessions[-1][3]}: {len(sessions)} sessions, "
        f"{len(sets)} set rows (bench/storage.py's, seed {SEED})"
    )


def check_reads(conn: sqlite3.Connection, today: date) -> None:
    """Raise Mismatch unless the naive reads give what the tab's queries give."""
    from hiptrainer.storage import progress_queries as queries

    naive = NaiveData(conn)
    check_same("exercises", queries.exercises_with_data(conn), naive.exercises())  # type: ignore[arg-type]
    check_same("session_days", queries.session_days(conn), naive.session_days())  # type: ignore[arg-type]
    check_same("scores", queries.session_scores(conn), naive.scores())  # type: ignore[arg-type]
    for since in (None, today - timedelta(days=92)):
        check_same(f"weeks {since}", queries.exercise_weeks(conn, since), naive.weeks(since))  # type: ignore[arg-type]
        for exercise, _last in naive.exercises():
            ours = queries.session_side_totals(conn, exercise, since)
            check_same(f"{exercise} {since}", ours, naive.side_totals(exercise, since))  # type: ignore[arg-type]
    ours_bests = bests(queries.record_candidates(conn))
    check_same("records", ours_bests, bests(naive.sets_done()))  # type: ignore[arg-type]


def fresh_process(data_dir: Path, naive: bool, cold: bool) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", "naive" if naive else "ours",
               "--child-db", str(data_dir)] + ([] if cold else ["--imported"])  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"a child failed ({done.returncode}):\n{done.stderr.strip()}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def med(samples: list[dict[str, float]], *keys: str) -> float:
    """The median of ``keys`` (the largest median, given several)."""
    return max(statistics.median(sample[key] for sample in samples) for key in keys)


def spread(samples: list[dict[str, float]], key: str, unit: str = "") -> list[str]:
    values = [sample[key] for sample in samples]
    return [f"{statistics.median(values):.1f}{unit}", f"{min(values):.1f}-{max(values):.1f}"]


def verdict(value: float, target: float | None) -> str:
    return "" if target is None else f"<= {target:g}: " + ("met" if value <= target else "NOT met")


def report(
    head: list[str], warm: dict[bool, Samples], cold: dict[tuple[bool, bool], Samples]
) -> int:
    ours, naive = warm[False], warm[True]
    labels = {"open": "open (first view: glance + Over time)",
              **{name: f"  then {name}" for name in SECTIONS},
              "all_sections": "open, then every section once",
              **{key: label for key, label, _choice in SWITCHES},
              **{f"{name} (all)": f"  then {name} (all)" for name in SECTIONS},
              "all_sections_all": "every other section, all range"}  # fmt: skip
    targets = {"open": OPEN_TARGET_MS} | {key: SWITCH_TARGET_MS for key, _l, _c in SWITCHES}
    rows = [["action (pyqtgraph already imported)", "ours", "min-max", "naive", "min-max",
             "speed-up", "target ms"]]  # fmt: skip
    for key, label in labels.items():
        rows.append([label, *spread(ours, key), *spread(naive, key),
                     f"{med(naive, key) / med(ours, key):.1f}x",
                     verdict(med(ours, key), targets.get(key))])  # fmt: skip
    print("\n".join(head))
    print(f"\nin-process runs, each a new tab, {len(ours)} of each interleaved; times in ms")
    print(table(rows))
    rows = [["fresh process (first open)", "ours", "min-max", "naive", "min-max", "target"]]
    for key, label, cold_start, unit in (
        ("import_ms", "import of the tab (pyqtgraph, numpy)", True, " ms"),
        ("open_ms", "first open, import included", True, " ms"),
        ("all_sections_ms", "first open + every section", True, " ms"),
        ("rss_mb", "RSS: open + every section (pyqtgraph in)", False, " MB"),
        ("rss_switched_mb", "  ... + the switches (all range)", False, " MB"),
        ("rss_import_mb", "RSS: the import of pyqtgraph and numpy", True, " MB"),
        ("rss_mb", "RSS: import + open + every section", True, " MB"),
        ("rss_switched_mb", "  ... + the switches (all range): the peak", True, " MB"),
    ):
        # The memory target is the whole cost of using the tab: the import included.
        target = MEMORY_TARGET_MB if key == "rss_switched_mb" and cold_start else None
        rows.append([label, *spread(cold[(False, cold_start)], key, unit),
                     *spread(cold[(True, cold_start)], key, unit),
                     verdict(med(cold[(False, cold_start)], key), target)])  # fmt: skip
    print(f"\nfresh processes, {len(cold[(False, True)])} of each; RSS = growth of VmHWM over "
          "VmRSS just before the tab is built, in a window already shown")  # fmt: skip
    print(table(rows))
    figures: dict[str, float] = {}
    for prefix, samples, fresh in (
        ("", ours, cold[(False, False)]),
        ("naive_", naive, cold[(True, False)]),
    ):
        figures |= {
            f"{prefix}open_ms": med(samples, "open"),
            f"{prefix}switch_exercise_ms": med(samples, "switch_exercise", "switch_exercise_all"),
            f"{prefix}switch_range_ms": med(samples, "switch_range_year", "switch_range_all"),
            f"{prefix}all_sections_ms": med(samples, "all_sections"),
            f"{prefix}all_sections_all_ms": med(samples, "all_sections_all"),
            f"{prefix}rss_mb": med(fresh, "rss_mb"),
        }
    figures |= {
        "rss_with_import_mb": med(cold[(False, True)], "rss_mb"),
        "rss_peak_mb": med(cold[(False, True)], "rss_switched_mb"),
        "first_open_ms": med(cold[(False, True)], "open_ms"),
        "import_ms": med(cold[(False, True)], "import_ms"),
    }
    met = (
        figures["open_ms"] <= OPEN_TARGET_MS
        and max(figures["switch_exercise_ms"], figures["switch_range_ms"]) <= SWITCH_TARGET_MS
        and figures["rss_peak_mb"] <= MEMORY_TARGET_MB
    )
    print(
        f"\ntargets (medians): open <= {OPEN_TARGET_MS:g} ms and each switch <= "
        f"{SWITCH_TARGET_MS:g} ms with pyqtgraph already imported (its import is above); RSS "
        f"growth <= {MEMORY_TARGET_MB:g} MB at the peak (import, open, every section, the "
        f"switches): "
        f"{'all met' if met else 'NOT all met'}\n"
    )
    print(" ".join(f"{key}={value:.1f}" for key, value in figures.items())
          + f" targets_met={'yes' if met else 'no'}")  # fmt: skip
    return 0


def run(data_dir: Path, args: argparse.Namespace) -> int:
    start = time.perf_counter()
    head = [f"HipTrainer Progress tab: {build(data_dir)}, built in "
            f"{time.perf_counter() - start:.1f} s; a {SIZE[0]} x {SIZE[1]} window, "
            f"QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}"]  # fmt: skip
    conn = open_database(data_dir)
    try:
        check_reads(conn, date.today())
    finally:
        conn.close()
    head.append("the naive reads give the same rows as the tab's queries (floats within 1e-9)")
    cold: dict[tuple[bool, bool], Samples] = {}
    for i in range(args.cold_runs):
        for naive in (False, True) if i % 2 == 0 else (True, False):
            for mode in (True, False):
                cold.setdefault((naive, mode), []).append(fresh_process(data_dir, naive, mode))
    harness = Harness(data_dir)
    warm: dict[bool, Samples] = {False: [], True: []}
    for i in range(args.runs + 1):  # the first of each is a warm-up
        for naive in (False, True) if i % 2 == 0 else (True, False):
            times, tab = harness.open_tab(naive)
            harness.switch(tab, times)
            harness.dispose(tab)
            if i:
                warm[naive].append(times)
    tab = harness.open_tab(False)[1]
    series = tab.over_time.series
    sessions = len({point.session_id for line in series for point in line.points})
    head.append(
        f"on open the tab shows the at-a-glance strip, the controls and Over time for "
        f"{tab.name_of(tab.exercise())} over {RANGES[tab.range_name()].lower()} ({sessions} "
        f"sessions, {len(series)} lines); each other section draws when first opened"
    )
    harness.dispose(tab)
    return report(head, warm, cold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=positive_int, default=7, help="in-process runs (7)")
    parser.add_argument(
        "--cold-runs", type=positive_int, default=3, help="fresh processes of each kind (3)"
    )
    parser.add_argument("--child", choices=("ours", "naive"), help=argparse.SUPPRESS)
    parser.add_argument("--child-db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--imported", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child_db, args.child == "naive", cold=not args.imported)
    try:
        with tempfile.TemporaryDirectory(prefix="hiptrainer-bench-") as data_dir:
            return run(Path(data_dir), args)
    except Mismatch as exc:
        print(f"\nFAILED: the naive reads and the tab's queries disagree: {exc}", file=sys.stderr)
        return 1
    except RuntimeError as exc:
        print(f"\nFAILED: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
