"""Render screenshots of the main window for the README and the AppStream metainfo.

    python packaging/screenshots.py --all
    python packaging/screenshots.py [--size 1280x800] [--exercise ID] [--tab TAB]
        [--theme dark] [--large-view STEP] [-o FILE.png]

Runs offscreen with a throwaway data dir filled with six months of demo history
(``hiptrainer demo-data``), so it never touches real settings or data. ``--all`` writes one
PNG per screen into packaging/screenshots/: the Library, the Train tab's chooser, the player
in the middle of a hold, the summary after a routine, Progress, Routines, the Train tab's
Test mode and the Settings dialog (drawn over the window). Each screen gets a window of its
own, built as ``hiptrainer`` builds it. A PNG larger than ``--max-kb`` is saved again scaled
to 1024 px wide (Qt's PNG writer at its strongest compression; no palette reduction).

The player runs on ``time.monotonic`` (its default clock); this script replaces that with a
clock it moves itself, before HipTrainer is imported, so a routine plays to its summary in
an instant and the hold is caught at a chosen second. ``--theme dark`` draws with a dark
palette (as a desktop's dark colour scheme gives), ``--large-view STEP`` the Library's larger
view of that step (from 1) over the window.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage, QPalette, QPixmap

    from hiptrainer.ui.main_window import MainWindow
    from hiptrainer.ui.player.train_tab import TrainTab

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
SHOTS = ("library", "train", "player", "summary", "progress", "routines", "selftest", "settings")
ROUTINE = "runners_hip_warmup"
#: Seconds into the first hold at which the player is caught.
HOLD_AT_S = 8.0
SCALED_WIDTH = 1024


class ScreenClock:
    """A monotonic clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


CLOCK = ScreenClock()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--exercise", default="copenhagen_plank", help="exercise to show")
    parser.add_argument("--search", default="", help="text to type into the search field")
    parser.add_argument("--tab", choices=SHOTS, default="library")
    parser.add_argument("--all", action="store_true", help="every screen, into screenshots/")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--large-view", type=int, default=0, metavar="STEP")
    parser.add_argument("--max-kb", type=int, default=200, help="scale down a larger PNG")
    parser.add_argument("-o", "--output", type=Path, default=None)
    args = parser.parse_args()
    if args.all and args.output is not None:
        parser.error("-o names one file; --all writes one per screen into screenshots/")
    width, height = (int(v) for v in args.size.lower().split("x"))
    names = SHOTS if args.all else (args.tab,)

    # Before HipTrainer is imported: its player takes time.monotonic as its default clock.
    time.monotonic = CLOCK

    from hiptrainer.cli import main as cli
    from hiptrainer.ui.app import create_application

    app = create_application()
    if args.theme == "dark":
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        if cli(["--data-dir", folder, "demo-data", "--months", "6"]) != 0:
            return 1
        for name in names:
            output = args.output or HERE / "screenshots" / f"{name}.png"
            shot = take(name, data_dir, width, height, args)
            if shot is None:
                return 1
            output.parent.mkdir(parents=True, exist_ok=True)
            saved = save(shot.toImage(), output, args.max_kb * 1000)
            if saved is None:
                print(f"could not write {output}", file=sys.stderr)
                return 1
            print(f"{output} {saved}")
    app.processEvents()
    return 0


def take(
    name: str, data_dir: Path, width: int, height: int, args: argparse.Namespace
) -> QPixmap | None:
    """Build a window on ``data_dir`` as ``hiptrainer`` does, bring it to screen ``name``
    and grab it."""
    from PySide6.QtWidgets import QApplication

    from hiptrainer.ui.app import build_main_window, open_data
    from hiptrainer.ui.startup_check import HeadlessPrompts

    window = build_main_window(data_dir)
    window.resize(width, height)
    window.show()
    if args.search:
        window.library.filters.search.setText(args.search)
    window.library.show_exercise(args.exercise)
    settle()
    open_data(window, data_dir, HeadlessPrompts())
    settle()
    try:
        shooters: dict[str, Callable[[MainWindow], QPixmap | None]] = {
            "library": lambda w: shoot_library(w, args.large_view),
            "train": shoot_train,
            "player": shoot_player,
            "summary": shoot_summary,
            "progress": lambda w: shoot_tab(w, "progress"),
            "routines": lambda w: shoot_tab(w, "routines"),
            "selftest": shoot_selftest,
            "settings": shoot_settings,
        }
        return shooters[name](window)
    finally:
        window.close()
        window.detach_storage()
        QApplication.processEvents()


def settle(turns: int = 5) -> None:
    """Let layouts, lazily loaded pictures and charts settle over a few turns of the loop."""
    from PySide6.QtWidgets import QApplication

    for _ in range(turns):
        QApplication.processEvents()


def shoot_library(window: MainWindow, large_view: int) -> QPixmap | None:
    window.show_tab("library")
    settle()
    if not large_view:
        return window.grab()
    view = window.library.detail.open_large_view(large_view - 1)
    if view is None:
        print(f"no larger view of step {large_view}", file=sys.stderr)
        return None
    settle()
    shot = view.grab()
    view.reject()
    return shot


def shoot_tab(window: MainWindow, name: str) -> QPixmap:
    window.show_tab(name)
    settle()
    return window.grab()


def train_tab(window: MainWindow) -> TrainTab:
    from hiptrainer.ui.player.train_tab import TrainTab

    tab = window.show_tab("train")
    assert isinstance(tab, TrainTab)
    tab.chooser.select(ROUTINE)
    settle()
    return tab


def shoot_train(window: MainWindow) -> QPixmap:
    train_tab(window)
    return window.grab()


def run_for(tab: TrainTab, seconds: float) -> None:
    """Let ``seconds`` pass a second at a time, waking the player as its timer would."""
    from PySide6.QtCore import QCoreApplication

    session = tab.session
    assert session is not None
    for _ in range(round(seconds)):
        CLOCK.advance(1.0)
        session.driver.wake()
        QCoreApplication.sendPostedEvents()


def start_routine(window: MainWindow) -> TrainTab:
    tab = train_tab(window)
    if not tab.start():
        raise SystemExit("the routine did not start (read-only data?)")
    return tab


def shoot_player(window: MainWindow) -> QPixmap:
    """The first hold of the routine, ``HOLD_AT_S`` seconds in (earlier phases played)."""
    tab = start_routine(window)
    session = tab.session
    assert session is not None
    for _ in range(3600):  # bounded: a second at a time, at most an hour
        phase = session.engine.phase
        if phase.kind == "work" and phase.timed and phase.target_hold_s:
            break
        if phase.kind == "work" and not phase.timed:
            session.driver.complete()  # a self-paced set, confirmed as Enter does
        else:
            run_for(tab, 1.0)
    run_for(tab, HOLD_AT_S)
    # The machine that renders these has no sound device; a user's has, so its notice goes.
    tab.playback.warn("sound", "")
    tab.playback.redraw()  # the ring as its own refresh would draw it now
    settle()
    shot = window.grab()
    session.driver.finish_early()
    return shot


def shoot_summary(window: MainWindow) -> QPixmap:
    """The summary after playing the whole routine (then saved, as Save does)."""
    tab = start_routine(window)
    for _ in range(3600):
        session = tab.session
        if session is None or tab.pages.currentWidget() is not tab.playing:
            break
        phase = session.engine.phase
        if phase.kind == "work" and not phase.timed:
            session.driver.complete()
        else:
            run_for(tab, 1.0)
    settle()
    shot = window.grab()
    tab.summary.save_button.click()
    return shot


def shoot_selftest(window: MainWindow) -> QPixmap:
    tab = train_tab(window)
    show_tests = getattr(tab, "show_tests", None)
    if not callable(show_tests) or not show_tests():
        print("the Train tab has no Test mode here: the chooser is shown", file=sys.stderr)
    settle()
    return window.grab()


def shoot_settings(window: MainWindow) -> QPixmap:
    """The Settings dialog (Ctrl+,) centred over the window, as a user sees it."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter

    from hiptrainer.ui.settings.dialog import SettingsDialog

    window.show_tab("library")
    settle()
    dialog = SettingsDialog(window.settings, parent=window)
    dialog.show()
    settle()
    shot = window.grab()
    inner = dialog.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 80))  # the window behind, dimmed
    corner = QPoint((shot.width() - inner.width()) // 2, (shot.height() - inner.height()) // 2)
    painter.drawPixmap(corner, inner)
    painter.setPen(window.palette().mid().color())
    painter.drawRect(corner.x() - 1, corner.y() - 1, inner.width() + 1, inner.height() + 1)
    painter.end()
    dialog.reject()
    return shot


def save(image: QImage, output: Path, max_bytes: int) -> str | None:
    """Write ``image`` as a PNG at Qt's strongest compression. If that is larger than
    ``max_bytes``, a copy scaled to ``SCALED_WIDTH`` is tried, and the smaller file kept
    (scaling smooths edges into new colours, so it is not always smaller). Returns
    "WIDTHxHEIGHT SIZE KB", or None if the file cannot be written."""
    from PySide6.QtCore import Qt

    if not write_png(image, output):
        return None
    kept = image
    if output.stat().st_size > max_bytes and image.width() > SCALED_WIDTH:
        smooth = Qt.TransformationMode.SmoothTransformation
        scaled = image.scaledToWidth(SCALED_WIDTH, smooth)
        trial = output.with_name(f".{output.name}.scaled")
        try:
            if write_png(scaled, trial) and trial.stat().st_size < output.stat().st_size:
                trial.replace(output)
                kept = scaled
        finally:
            trial.unlink(missing_ok=True)
    return f"{kept.width()}x{kept.height()} {output.stat().st_size // 1000} KB"


def write_png(image: QImage, path: Path) -> bool:
    from PySide6.QtGui import QImageWriter

    writer = QImageWriter(str(path), b"png")
    writer.setQuality(0)  # for PNG: the strongest (lossless) compression
    return writer.write(image)


def dark_palette() -> QPalette:
    """A dark palette like a desktop's dark colour scheme."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#e9ecef"),
        (roles.Base, "#1e1e1e"),
        (roles.AlternateBase, "#262626"),
        (roles.Text, "#e9ecef"),
        (roles.PlaceholderText, "#9aa0a6"),
        (roles.Button, "#343a40"),
        (roles.ButtonText, "#e9ecef"),
        (roles.Highlight, "#1971c2"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#74c0fc"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


if __name__ == "__main__":
    sys.exit(main())
