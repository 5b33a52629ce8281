"""Timer accuracy of the player on the real event loop, against a naive tick counter.

A plan of short phases (0.2-0.6 s) runs twice: once on a quiet event loop and once with
random stalls of up to 300 ms (the loop blocked, as by a slow redraw). In each run
HipTrainer's engine (deadline-based, one precise timer armed for the next event) and a naive
countdown (a QTimer ticking every 100 ms, whose ticks are counted) play the same plan side by
side on the same loop.

Two things are measured apart, for each timer:

- lateness: how long after its ideal moment each phase start reached the program. A stall
  makes the event it falls on late; that is lateness, whichever event it is, the last one
  included.
- drift: how far the timer's own schedule has moved from the ideal one by the end. For
  HipTrainer it is the scheduled time of the last phase start (the engine reports it with
  every event) against the ideal; for the naive counter, which has no schedule but its ticks,
  it is the least lateness among the last five phase starts: a stall can make one of them
  late, but not all five.

Targets: p99 lateness at most 5 ms without stalls; drift at most 5 ms even with stalls.
It runs in under a minute.

Usage: ``python bench/timer_accuracy.py [--phases N] [--seed S] [--tick-ms MS]``
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from dataclasses import dataclass, field

from benchlib import positive_int, table

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TARGET_P99_MS = 5.0
TARGET_DRIFT_MS = 5.0
#: The naive counter's drift is the least lateness among this many last phase starts.
TAIL = 5


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


@dataclass
class Timed:
    """One timer's phase starts in one run, in ms against the ideal schedule."""

    lateness: list[float] = field(default_factory=list)
    drift: float = 0.0


def run(durations: list[float], tick_ms: int, stalls: bool, seed: int) -> tuple[Timed, Timed, int]:
    """(HipTrainer, naive counter, stalls made) for one run of the plan."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from hiptrainer.domain.engine import Engine, Event
    from hiptrainer.domain.plan import Phase
    from hiptrainer.ui.player.driver import EngineDriver

    phases = [
        Phase(kind="work" if i % 2 == 0 else "rest", duration=d, exercise="clamshell",
              target_hold_s=d if i % 2 == 0 else None)
        for i, d in enumerate(durations)
    ] + [Phase(kind="done", duration=None)]  # fmt: skip
    ideal = [sum(durations[:i]) for i in range(len(durations) + 1)]
    clock = time.monotonic
    engine = Engine(phases)
    driver = EngineDriver(engine, clock)
    project, naive = Timed(), Timed()
    origin = clock()
    scheduled: list[float] = []

    def on_event(event: Event) -> None:
        if event.kind == "phase_started" and event.phase > 0:
            project.lateness.append((clock() - origin - ideal[event.phase]) * 1000)
            scheduled.append((event.at - origin - ideal[event.phase]) * 1000)

    driver.engine_event.connect(on_event)

    # The naive countdown: count ticks; a phase ends when enough ticks have come.
    state = {"phase": 0, "ticks": 0}
    ticker = QTimer()
    ticker.setInterval(tick_ms)

    def on_tick() -> None:
        state["ticks"] += 1
        if state["ticks"] * tick_ms / 1000 >= durations[state["phase"]] - 1e-9:
            state["phase"] += 1
            state["ticks"] = 0
            naive.lateness.append((clock() - origin - ideal[state["phase"]]) * 1000)
            if state["phase"] >= len(durations):
                ticker.stop()

    ticker.timeout.connect(on_tick)
    staller = QTimer()
    staller.setSingleShot(True)
    stall_rng = random.Random(seed + 1)
    made = {"stalls": 0}

    def stall() -> None:
        time.sleep(stall_rng.uniform(0.0, 0.3))  # the event loop is blocked
        made["stalls"] += 1
        staller.start(stall_rng.randint(200, 900))

    staller.timeout.connect(stall)
    watcher = QTimer()
    watcher.setInterval(20)
    watcher.timeout.connect(
        lambda: (
            QCoreApplication.quit()
            if engine.state == "finished" and not ticker.isActive()
            else None
        )
    )
    driver.start()
    ticker.start()
    if stalls:
        staller.start(300)
    watcher.start()
    QCoreApplication.exec()
    watcher.stop()
    staller.stop()
    project.drift = scheduled[-1]
    naive.drift = min(naive.lateness[-TAIL:])
    return project, naive, made["stalls"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phases", type=positive_int, default=50)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--tick-ms",
        type=positive_int,
        default=100,
        help="the naive countdown's tick (default 100: counting tenths of a second)",
    )
    args = parser.parse_args(argv)

    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication(sys.argv[:1])
    rng = random.Random(args.seed)
    # Whole ticks, so the naive counter can end each phase on time when nothing delays it.
    step = args.tick_ms / 1000
    durations = [round(rng.uniform(0.2, 0.6) / step) * step or step for _ in range(args.phases)]
    began = time.monotonic()
    quiet = run(durations, args.tick_ms, stalls=False, seed=args.seed)
    stalled = run(durations, args.tick_ms, stalls=True, seed=args.seed)
    took = time.monotonic() - began
    del app

    rows = [["run", "timer", "p50 ms", "p99 ms", "max ms", "drift ms"]]
    for label, (project, naive, _) in (("no stalls", quiet), ("stalls <= 300 ms", stalled)):
        for name, timed in (("hiptrainer", project), ("naive ticks", naive)):
            late = timed.lateness
            rows.append([label, name, f"{statistics.median(late):.1f}",
                         f"{percentile(late, 0.99):.1f}", f"{max(late):.1f}",
                         f"{timed.drift:.1f}"])  # fmt: skip
    total = sum(durations)
    print(f"HipTrainer timer accuracy: {len(durations)} phases of 0.2-0.6 s ({total:.0f} s a run), "
          f"both timers on one event loop; {stalled[2]} stalls in the second run")  # fmt: skip
    print()
    print(table(rows, labels=2))
    p99 = percentile(quiet[0].lateness, 0.99)
    drift = stalled[0].drift
    stalled_max = max(stalled[0].lateness)
    print()
    print("lateness: when each phase start reached the program; a stall makes the event it")
    print("falls on late. drift: how far the timer's own schedule moved by the end.")
    print(f"target p99 lateness without stalls <= {TARGET_P99_MS} ms: {p99:.1f} ms -> "
          f"{'met' if p99 <= TARGET_P99_MS else 'NOT met'}")  # fmt: skip
    print(f"target drift with stalls <= {TARGET_DRIFT_MS} ms: {drift:.1f} ms -> "
          f"{'met' if abs(drift) <= TARGET_DRIFT_MS else 'NOT met'}")  # fmt: skip
    print(f"run time: {took:.0f} s")
    print()
    print(
        f"p50_ms={statistics.median(quiet[0].lateness):.2f} p99_ms={p99:.2f} "
        f"stall_max_late_ms={stalled_max:.1f} stall_drift_ms={drift:.2f} "
        f"naive_p99_ms={percentile(quiet[1].lateness, 0.99):.1f} "
        f"naive_stall_drift_ms={stalled[1].drift:.1f} seconds={took:.0f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
