"""CPU share of the Train tab playing a workout in real time, against a plain countdown window.

Offscreen, one process, one run. First the baseline: a window of the same size whose large
label counts down once a second. Then the real Train tab, the same size, plays a routine in
real time on the real clock with a real store on disk: by default a short one with a hold, a
rest, another hold and then the warm-up's first set as it is prescribed (12 glute bridges at
2-2-2, the figure moving through every rep). For each: CPU time (user and system, every
thread of the process) over wall time, per phase kind and in all, from after its first
paint (a one-off at Start, not the cost of playing; the player's is reported on a line of
its own). And for every new phase, how late it reaches the runner after its scheduled start:
its cue, its words on the page, the first paint of the page, and when its set was saved.
A negative lateness is early: the player wakes a few milliseconds ahead of a phase so that its
page is on screen at its start (see ``ui/player/driver.py``). The paint is timed by an event
filter on the window, put in place only from a new phase's words until the paint pass that
shows them (see :func:`paint_watch`): the rest of the time the bench adds no Python to the
window's events, which the app does not have either.

Targets: the player's CPU share at most 3x the plain countdown's; a new phase on screen with
p99 lateness at most 5 ms.

Usage: ``python bench/player_cpu.py [--size 1280x800] [--baseline-s 20] [--routine ID]
[--slow-commit-ms MS] [--verbose]`` (``--routine runners_hip_warmup`` plays the bundled
warm-up, about ten minutes; ``--slow-commit-ms`` makes every commit of a set take that much
longer, as on a disk whose flush is slow, to see whether a new phase waits for it).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchlib import positive_int, table

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TARGET_RATIO = 3.0
TARGET_P99_MS = 5.0

#: Get ready, a hold, the rest after it and another hold (held still), a rest, then a set of
#: paced reps as the warm-up prescribes it (12 at 2-2-2): 142 s.
BENCH_ROUTINE: dict[str, Any] = {
    "id": "cpu_bench",
    "name": "CPU bench",
    "summary": "Two holds with a rest between, then the warm-up's set of bridges.",
    "focus": "activation",
    "rest_between_exercises_s": 10,
    "blocks": [
        {
            "exercise": "glute_bridge",
            "dosage": {"sets": 1, "reps": [2, 2], "hold_s": [20, 20], "rest_between_reps_s": 10},
        },
        {"exercise": "glute_bridge", "dosage": {"sets": 1, "reps": [12, 12], "tempo": "2-2-2"}},
    ],
}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def share(cpu: float, wall: float) -> float:
    return 100.0 * cpu / wall if wall > 0 else 0.0


def thread_cpu() -> dict[str, float]:
    """CPU seconds so far of each thread of this process, by name (Linux; else empty)."""
    found: dict[str, float] = defaultdict(float)
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    for task in Path("/proc/self/task").glob("*"):
        try:
            name = (task / "comm").read_text().strip()
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        found[name] += (int(fields[11]) + int(fields[12])) / tick
    return dict(found)


def kind_of(phase: Any) -> str:
    if phase.kind == "work":
        return "hold" if phase.target_hold_s is not None else "reps"
    return str(phase.kind)


def countdown_window(size: tuple[int, int], seconds: int) -> tuple[float, float]:
    """A window whose label counts down once a second: (CPU seconds, wall seconds)."""
    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    window = QWidget()
    window.resize(*size)
    label = QLabel(str(seconds))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    font = QFont(label.font())
    font.setPixelSize(200)
    font.setBold(True)
    label.setFont(font)
    QVBoxLayout(window).addWidget(label)
    window.show()
    QCoreApplication.processEvents()
    left = {"s": seconds}
    ticker = QTimer()
    ticker.setInterval(1000)

    def tick() -> None:
        left["s"] -= 1
        label.setText(str(left["s"]))
        if left["s"] <= 0:
            ticker.stop()
            QCoreApplication.quit()

    ticker.timeout.connect(tick)
    cpu0, wall0 = time.process_time(), time.monotonic()
    ticker.start()
    QCoreApplication.exec()
    cpu, wall = time.process_time() - cpu0, time.monotonic() - wall0
    window.close()
    return cpu, wall


class Watch:
    """Times, for each new phase, its cue, its words, its first paint and its set's save."""

    def __init__(self) -> None:
        self.cue: list[float] = []
        self.shown: list[float] = []
        self.painted: list[float] = []  # when the paint pass after it ended
        self.painted_kinds: list[str] = []
        self.saves: list[float] = []  # seconds each commit took
        #: For each set saved: was the phase after it painted before the commit?
        self.saved_after_paint: list[bool] = []
        self.painted_starts: list[float] = []
        self.waiting_paint: float | None = None  # scheduled start of the phase to paint


def kind_now(tab: Any) -> str:
    return kind_of(tab.session.engine.phase) if tab.session else "?"


def paint_watch(watch: Watch, late: Callable[[float], float], kind: Callable[[], str]) -> Any:
    """An event filter that times the paint pass after a new phase's words: installed on the
    window when the words are shown, it carries out the window's next UpdateRequest (the
    paint pass, by the window's own ``event``, as Qt would), takes the moment it ended, and
    takes itself off. At every other time the window's events go straight to Qt, with no
    Python in their way, as in the app."""
    from PySide6.QtCore import QEvent, QObject

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() != QEvent.Type.UpdateRequest or watch.waiting_paint is None:
                return False
            watched.event(event)  # the paint pass, as the window does it
            watch.painted.append(late(watch.waiting_paint))
            watch.painted_kinds.append(kind())
            watch.painted_starts.append(watch.waiting_paint)
            watch.waiting_paint = None
            watched.removeEventFilter(self)
            return True  # done: not passed on to be painted twice

    return PaintWatch()


def play(args: argparse.Namespace, size: tuple[int, int], data_dir: Path) -> dict[str, Any]:
    import msgspec
    from PySide6.QtCore import QCoreApplication

    from hiptrainer.catalog import Catalog, load_catalog
    from hiptrainer.cues.player import CuePlayer
    from hiptrainer.domain.model import Workout
    from hiptrainer.settings import Settings
    from hiptrainer.storage.database import database_path, open_database
    from hiptrainer.storage.store import Store
    from hiptrainer.ui.player.awake import ScreenAwake
    from hiptrainer.ui.player.playing_view import PlayingView
    from hiptrainer.ui.player.train_tab import TrainTab

    base = load_catalog()
    workouts = dict(base.workouts)
    if args.routine is None:
        workouts["cpu_bench"] = msgspec.convert(BENCH_ROUTINE, Workout)
    catalog = Catalog(exercises=base.exercises, workouts=workouts)
    routine = args.routine or "cpu_bench"
    store = Store(open_database(data_dir), database_path(data_dir))
    watch = Watch()
    holder: dict[str, TrainTab] = {}

    def late(at: float) -> float:
        return (time.monotonic() - at) * 1000

    #: Each phase's scheduled start (its cue event's moment), by the phase's index.
    scheduled: dict[int, float] = {}

    real_handle = CuePlayer.handle
    real_show = PlayingView.show_phase
    real_record = Store.record_set

    def handle(self: CuePlayer, event: Any, phase: Any, upcoming: Any, *rest: Any) -> None:
        real_handle(self, event, phase, upcoming, *rest)
        if event.kind == "phase_started" and event.phase > 0:  # the first is no deadline
            scheduled[event.phase] = event.at
            watch.cue.append(late(event.at))

    def show_phase(self: PlayingView, *a: Any, **k: Any) -> None:
        real_show(self, *a, **k)
        session = holder["tab"].session
        # The workout's first phase starts on Start, not at a deadline: not counted.
        index = session.engine.index if session is not None else 0
        if session is not None and session.engine.state == "running" and index in scheduled:
            # Against the scheduled start, not the engine's phase clock: that clock reads
            # zero until the start, so words shown early would hide how early they were.
            at = scheduled[index]
            watch.shown.append(late(at))
            watch.waiting_paint = at
            holder["tab"].installEventFilter(watcher)

    def record_set(self: Store, session_id: int, record: Any) -> None:
        begun = time.monotonic()
        real_record(self, session_id, record)
        if args.slow_commit_ms:
            time.sleep(args.slow_commit_ms / 1000)  # the disk's flush, slower
        watch.saves.append(time.monotonic() - begun)
        ended = record_ended(record)
        watch.saved_after_paint.append(any(abs(s - ended) < 0.002 for s in watch.painted_starts))

    origin: dict[str, Any] = {}

    def record_ended(record: Any) -> float:
        # The set ended when the next phase started: its wall time back on the monotonic clock.
        return float(origin["mono"] + (record.ended_at - origin["wall"]).total_seconds())

    watcher = paint_watch(watch, late, lambda: kind_now(holder["tab"]))

    CuePlayer.handle = handle  # type: ignore[method-assign,assignment]
    PlayingView.show_phase = show_phase  # type: ignore[method-assign]
    Store.record_set = record_set  # type: ignore[method-assign]

    class NoInhibitor:
        def inhibit(self) -> bool:
            return True

        def uninhibit(self) -> None:
            pass

    settings = Settings(tones=False, voice=False)
    tab = TrainTab(
        catalog,
        lambda: store,
        settings=settings,
        sound_folder=data_dir / "sounds",
        awake=ScreenAwake(NoInhibitor()),
        confirm_leave=lambda: True,
    )
    holder["tab"] = tab
    tab.resize(*size)
    tab.show()
    QCoreApplication.processEvents()
    tab.start_routine(routine)
    session = tab.session
    assert session is not None
    # The player page's first paint, as the countdown window's is, is done before either
    # is measured (a one-off at Start, not the cost of playing); its CPU is reported apart.
    before_paint = time.process_time()
    QCoreApplication.processEvents()
    first_paint = time.process_time() - before_paint
    origin["mono"], origin["wall"] = time.monotonic(), session.wall(time.monotonic())

    per_kind_cpu: dict[str, float] = defaultdict(float)
    per_kind_wall: dict[str, float] = defaultdict(float)
    mark: dict[str, Any] = {"cpu": time.process_time(), "wall": time.monotonic(),
                            "kind": "prepare"}  # fmt: skip

    def on_event(event: Any) -> None:
        if event.kind not in ("phase_started", "finished"):
            return
        cpu, wall = time.process_time(), time.monotonic()
        per_kind_cpu[mark["kind"]] += cpu - mark["cpu"]
        per_kind_wall[mark["kind"]] += wall - mark["wall"]
        mark.update(cpu=cpu, wall=wall, kind=kind_of(session.phases[event.phase]))
        if event.kind == "finished":
            QCoreApplication.quit()

    session.engine_event.connect(on_event)
    threads0 = thread_cpu()
    cpu0, wall0 = time.process_time(), time.monotonic()
    QCoreApplication.exec()
    cpu, wall = time.process_time() - cpu0, time.monotonic() - wall0
    threads = {k: v - threads0.get(k, 0.0) for k, v in thread_cpu().items()}
    tab.summary.save_button.click()
    tab.close()
    store.conn.close()
    return {
        "cpu": cpu,
        "wall": wall,
        "per_kind": {k: (per_kind_cpu[k], per_kind_wall[k]) for k in per_kind_wall},
        "watch": watch,
        "threads": threads,
        "first_paint": first_paint,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--baseline-s", type=positive_int, default=20)
    parser.add_argument("--routine", default=None, help="a bundled routine to play instead")
    parser.add_argument("--data-dir", type=Path, default=None, help="where the store goes")
    parser.add_argument("--verbose", action="store_true", help="each phase start's lateness")
    parser.add_argument(
        "--slow-commit-ms", type=float, default=0.0, help="add this much to each set's commit"
    )
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    base_cpu, base_wall = countdown_window((width, height), args.baseline_s)
    # On disk next to the bench, not in a RAM-backed /tmp: a commit's fsync costs what it
    # costs the user.
    parent = args.data_dir or Path(__file__).resolve().parent
    with tempfile.TemporaryDirectory(dir=parent, prefix=".player-cpu-") as folder:
        result = play(args, (width, height), Path(folder))
    app.processEvents()

    base_share = share(base_cpu, base_wall)
    player_share = share(result["cpu"], result["wall"])
    ratio = player_share / base_share if base_share else float("inf")
    rows = [["window", "wall s", "CPU s", "CPU share %", "x countdown"]]
    rows.append(["countdown once a second", f"{base_wall:.1f}", f"{base_cpu:.2f}",
                 f"{base_share:.2f}", "1.00"])  # fmt: skip
    for kind, (cpu, wall) in sorted(result["per_kind"].items()):
        if kind == "done":
            continue  # the summary page, shown as the run ends
        kind_share = share(cpu, wall)
        rows.append([f"  player: {kind}", f"{wall:.1f}", f"{cpu:.2f}", f"{kind_share:.2f}",
                     f"{kind_share / base_share:.2f}" if base_share else "-"])  # fmt: skip
    rows.append(["player, whole workout", f"{result['wall']:.1f}", f"{result['cpu']:.2f}",
                 f"{player_share:.2f}", f"{ratio:.2f}"])  # fmt: skip
    slow = f", each commit {args.slow_commit_ms:g} ms slower" if args.slow_commit_ms else ""
    print(f"HipTrainer player CPU, offscreen at {width}x{height}, real clock, sound off{slow}")
    print()
    print(table(rows))

    busy = sorted(result["threads"].items(), key=lambda item: -item[1])
    print(f"not in the shares: the player page's first paint at Start, "
          f"{result['first_paint'] * 1000:.1f} ms CPU")  # fmt: skip
    print("by thread (CPU s): " + ", ".join(f"{name} {cpu:.2f}" for name, cpu in busy if cpu))

    watch: Watch = result["watch"]
    late_rows = [["a new phase, after its start", "count", "p50 ms", "p99 ms", "max ms"]]
    for name, values in (("cue handled", watch.cue), ("words shown", watch.shown),
                         ("page painted", watch.painted)):  # fmt: skip
        if values:
            late_rows.append([name, str(len(values)), f"{statistics.median(values):.1f}",
                              f"{percentile(values, 0.99):.1f}", f"{max(values):.1f}"])  # fmt: skip
    worst = max(range(len(watch.painted)), key=watch.painted.__getitem__, default=None)
    saves_ms = [s * 1000 for s in watch.saves]
    if saves_ms:
        late_rows.append(["(a set's commit takes)", str(len(saves_ms)),
                          f"{statistics.median(saves_ms):.1f}",
                          f"{percentile(saves_ms, 0.99):.1f}", f"{max(saves_ms):.1f}"])  # fmt: skip
    print()
    print(table(late_rows))
    if args.verbose:
        each = zip(watch.painted_kinds, watch.shown, watch.painted, strict=False)
        for kind, shown, painted in each:
            print(f"  {kind:12s} words shown {shown:6.1f} ms, page painted {painted:6.1f} ms")
    if worst is not None:
        print(f"latest paint: {watch.painted[worst]:.1f} ms, a {watch.painted_kinds[worst]} "
              f"starting")  # fmt: skip
    after = sum(watch.saved_after_paint)
    print(f"sets committed after the phase that follows them was painted: {after} of "
          f"{len(watch.saved_after_paint)} (the last set ends the workout)")  # fmt: skip
    painted_p99 = percentile(watch.painted, 0.99) if watch.painted else float("nan")
    print()
    print(f"target CPU <= {TARGET_RATIO:g}x the countdown: {ratio:.2f}x -> "
          f"{'met' if ratio <= TARGET_RATIO else 'NOT met'}")  # fmt: skip
    print(f"target p99 paint lateness <= {TARGET_P99_MS:g} ms: {painted_p99:.1f} ms -> "
          f"{'met' if painted_p99 <= TARGET_P99_MS else 'NOT met'}")  # fmt: skip
    print()
    print(
        f"player_cpu_pct={player_share:.2f} countdown_cpu_pct={base_share:.2f} "
        f"cpu_ratio={ratio:.2f} paint_p50_ms={statistics.median(watch.painted):.2f} "
        f"paint_p99_ms={painted_p99:.2f} save_p50_ms={statistics.median(saves_ms):.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
