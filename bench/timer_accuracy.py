"""Timer accuracy of the player on the real event loop, against a naive tick counter.

A routine of 200+ short phases (0.2-1 s) runs twice: once on a quiet event loop and once
with random stalls of up to 300 ms (the loop blocked, as by a slow redraw). In each run
HipTrainer's engine (deadline-based, one precise timer armed for the next event) and a naive
countdown (a QTimer ticking every second, whose ticks are counted) play the same plan side by
side on the same loop. For each: the lateness of every phase start against the ideal
schedule, and the drift of the end. Targets: p99 lateness at most 5 ms without stalls; total
drift at most 5 ms even with stalls.

Usage: ``python bench/timer_accuracy.py [--phases N] [--seed S] [--tick-ms MS]``
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time

from benchlib import positive_int, table

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TARGET_P99_MS = 5.0
TARGET_DRIFT_MS = 5.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phases", type=positive_int, default=200)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--tick-ms",
        type=positive_int,
        default=1000,
        help="the naive countdown's tick (default 1000: a 1 s countdown)",
    )
    args = parser.parse_args(argv)

    from PySide6.QtCore import QCoreApplication, QTimer

    from hiptrainer.domain.engine import Engine
    from hiptrainer.domain.plan import Phase
    from hiptrainer.ui.player.driver import EngineDriver

    app = QCoreApplication(sys.argv[:1])
    rng = random.Random(args.seed)
    durations = [round(rng.uniform(0.2, 1.0), 3) for _ in range(args.phases)]
    phases = [
        Phase(kind="work" if i % 2 == 0 else "rest", duration=d, exercise="clamshell",
              target_hold_s=d if i % 2 == 0 else None)
        for i, d in enumerate(durations)
    ] + [Phase(kind="done", duration=None)]  # fmt: skip
    ideal_offsets = [sum(durations[:i]) for i in range(len(durations) + 1)]

    def run(stalls: bool) -> dict[str, tuple[list[float], float]]:
        clock = time.monotonic
        engine = Engine(phases)
        driver = EngineDriver(engine, clock)
        project_starts: list[float] = []
        naive_starts: list[float] = []
        origin = clock()

        def on_event(event: object) -> None:
            if event.kind == "phase_started":  # type: ignore[attr-defined]
                project_starts.append(clock())

        driver.engine_event.connect(on_event)

        # The naive countdown: count ticks; a phase ends when enough ticks have come.
        naive = {"phase": 0, "ticks": 0}
        ticker = QTimer()
        ticker.setInterval(args.tick_ms)

        def on_tick() -> None:
            naive["ticks"] += 1
            if naive["ticks"] * args.tick_ms / 1000 >= durations[naive["phase"]] - 1e-9:
                naive["phase"] += 1
                naive["ticks"] = 0
                naive_starts.append(clock())
                if naive["phase"] >= len(durations):
                    ticker.stop()

        ticker.timeout.connect(on_tick)

        staller = QTimer()
        staller.setSingleShot(True)
        stall_rng = random.Random(args.seed + 1)

        def stall() -> None:
            time.sleep(stall_rng.uniform(0.0, 0.3))  # the event loop is blocked
            staller.start(stall_rng.randint(200, 900))

        staller.timeout.connect(stall)

        def finished() -> bool:
            return engine.state == "finished" and not ticker.isActive()

        naive_starts.append(origin)
        driver.start()
        ticker.start()
        if stalls:
            staller.start(300)
        watcher = QTimer()
        watcher.setInterval(20)
        watcher.timeout.connect(lambda: app.quit() if finished() else None)
        watcher.start()
        app.exec()
        watcher.stop()
        staller.stop()

        results = {}
        for name, starts in (("hiptrainer", project_starts), ("naive ticks", naive_starts)):
            lateness = [(actual - origin - ideal) * 1000 for actual, ideal in
                        zip(starts, ideal_offsets, strict=False)]  # fmt: skip
            drift = lateness[-1]
            results[name] = (lateness, drift)
        return results

    quiet = run(stalls=False)
    stalled = run(stalls=True)

    rows = [["run", "timer", "p50 ms", "p99 ms", "max ms", "end drift ms"]]
    for label, results in (("no stalls", quiet), ("stalls <= 300 ms", stalled)):
        for name, (lateness, drift) in results.items():
            rows.append([label, name, f"{statistics.median(lateness):.1f}",
                         f"{percentile(lateness, 0.99):.1f}", f"{max(lateness):.1f}",
                         f"{drift:.1f}"])  # fmt: skip
    total = sum(durations)
    print(f"HipTrainer timer accuracy: {len(durations)} phases of 0.2-1 s ({total:.0f} s a run), "
          f"both timers on one event loop")  # fmt: skip
    print()
    print(table(rows, labels=2))
    p99 = percentile(quiet["hiptrainer"][0], 0.99)
    drift = stalled["hiptrainer"][1]
    print()
    print(f"target p99 lateness without stalls <= {TARGET_P99_MS} ms: {p99:.1f} ms -> "
          f"{'met' if p99 <= TARGET_P99_MS else 'NOT met'}")  # fmt: skip
    print(f"target end drift with stalls <= {TARGET_DRIFT_MS} ms: {drift:.1f} ms -> "
          f"{'met' if abs(drift) <= TARGET_DRIFT_MS else 'NOT met'}")  # fmt: skip
    print()
    print(
        f"p50_ms={statistics.median(quiet['hiptrainer'][0]):.2f} p99_ms={p99:.2f} "
        f"stall_drift_ms={drift:.2f} naive_p99_ms={percentile(quiet['naive ticks'][0], 0.99):.1f} "
        f"naive_stall_drift_ms={stalled['naive ticks'][1]:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
