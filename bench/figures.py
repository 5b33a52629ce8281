"""Drawing one animation frame of an exercise figure, against blitting a ready picture.

Draws the Copenhagen plank's "hips up" movement half way (t = 0.5: poses blended, placed,
projected, every limb, prop, highlight) into a 600 x 600 image, many times, and in the same
run paints a pre-rendered 600 x 600 QImage of the same picture onto the same target (the
cheapest possible frame). Target: at most 4 ms per drawn frame, so the player's 30 Hz
animation costs at most an eighth of a core (and 60 fps a quarter).

The floor under a figure is soft and filled pixel by pixel, so it is drawn once per size and
copied each frame; the contact shadows are two fills whatever the number of points touching
down. With them a frame costs what it did before they came (2.5 ms median on a quiet
two-core machine, old and new drawn frame by frame in one process: the old drawing took the
same 2.5 ms). A busy machine slows both the drawn frame and the blit: run it when idle.

Usage: ``python bench/figures.py [--frames N] [--exercise ID --pose KEY]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

from benchlib import positive_int, table

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TARGET_MS = 4.0
SIZE = 600


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=positive_int, default=300)
    parser.add_argument("--exercise", default="copenhagen_plank")
    parser.add_argument("--pose", default="hips_up")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter

    from hiptrainer.catalog import load_catalog
    from hiptrainer.catalog.poses import load_poses
    from hiptrainer.figures.output import render_image
    from hiptrainer.figures.render import Illustration, draw

    app = QGuiApplication(sys.argv[:1])  # noqa: F841
    exercise = load_catalog().exercises[args.exercise]
    art = Illustration(load_poses(exercise.id), exercise.primary_muscles)
    target = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    ready = render_image(art, args.pose, "left", SIZE, t=0.5)

    def frame_ms(paint: object) -> list[float]:
        times = []
        for index in range(args.frames + 20):
            painter = QPainter(target)
            start = time.perf_counter()
            paint(painter, index)  # type: ignore[operator]
            painter.end()
            if index >= 20:  # the first frames warm caches up
                times.append((time.perf_counter() - start) * 1000)
        return times

    def drawn(painter: QPainter, index: int) -> None:
        t = (index % 60) / 60  # a full sweep of the movement every 60 frames
        draw(painter, QRectF(0, 0, SIZE, SIZE), art, args.pose, "left", t=t)

    def blitted(painter: QPainter, _index: int) -> None:
        painter.drawImage(0, 0, ready)

    results = {"drawn frame": frame_ms(drawn), "blit of a ready image": frame_ms(blitted)}
    rows = [["frame (600 x 600)", "median ms", "p90 ms", "max ms"]]
    for name, times in results.items():
        ordered = sorted(times)
        p90 = ordered[int(len(ordered) * 0.9)]
        rows.append([name, f"{statistics.median(times):.2f}", f"{p90:.2f}", f"{max(times):.2f}"])
    print(f"HipTrainer figure drawing: {exercise.name}, pose {args.pose}, {args.frames} frames")
    print()
    print(table(rows))
    drawn_ms = statistics.median(results["drawn frame"])
    blit_ms = statistics.median(results["blit of a ready image"])
    met = "met" if drawn_ms <= TARGET_MS else "NOT met"
    print()
    print(f"target drawn frame <= {TARGET_MS} ms: {drawn_ms:.2f} ms -> {met}")
    for rate in (30, 60):
        print(f"at {rate} fps: {drawn_ms * rate / 10:.1f}% of a core drawing, "
              f"{blit_ms * rate / 10:.1f}% blitting")  # fmt: skip
    print()
    print(f"frame_ms={drawn_ms:.2f} blit_ms={blit_ms:.2f} frame_ratio={drawn_ms / blit_ms:.1f} "
          f"core_share_60fps={drawn_ms * 60 / 1000:.3f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
