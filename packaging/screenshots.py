"""Render screenshots of the main window for the README and the AppStream metainfo.

    python packaging/screenshots.py [--size 1280x800] [--exercise ID] [--tab progress]
        [--theme dark] [--large-view STEP] [-o FILE.png]

Runs offscreen with a throwaway data dir, so it never touches real settings; for the Progress
tab the data dir is first filled with six months of demo history. ``--theme dark`` draws with a
dark palette (as a desktop's dark colour scheme gives), ``--large-view STEP`` the Library's
larger view of that step (from 1) over the window.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--exercise", default="copenhagen_plank", help="exercise to show")
    parser.add_argument("--search", default="", help="text to type into the search field")
    parser.add_argument("--tab", choices=("library", "progress"), default="library")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--large-view", type=int, default=0, metavar="STEP")
    parser.add_argument("-o", "--output", type=Path, default=None)
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))
    args.output = args.output or HERE / "screenshots" / f"{args.tab}.png"

    from PySide6.QtWidgets import QApplication

    from hiptrainer.ui.app import build_main_window, create_application

    app = create_application()
    if args.theme == "dark":
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    with tempfile.TemporaryDirectory() as data_dir:
        if args.tab == "progress":
            from hiptrainer.cli import main as cli

            if cli(["--data-dir", data_dir, "demo-data", "--months", "6"]) != 0:
                return 1
        window = build_main_window(Path(data_dir))
        window.resize(width, height)
        window.show()
        if args.search:
            window.library.filters.search.setText(args.search)
        window.library.show_exercise(args.exercise)
        QApplication.processEvents()
        window.library.detail.enable_pictures()
        QApplication.processEvents()
        if args.tab == "progress":
            from hiptrainer.ui.app import open_data
            from hiptrainer.ui.startup_check import HeadlessPrompts

            open_data(window, Path(data_dir), HeadlessPrompts())
            window.show_tab("progress")
            for _ in range(5):  # the charts settle their layout over a few turns
                QApplication.processEvents()
        shot = window.grab()
        if args.large_view:
            view = window.library.detail.open_large_view(args.large_view - 1)
            if view is None:
                print(f"no larger view of step {args.large_view}", file=sys.stderr)
                return 1
            QApplication.processEvents()
            shot = view.grab()
            view.reject()
        args.output.parent.mkdir(parents=True, exist_ok=True)
        if not shot.save(str(args.output)):
            print(f"could not write {args.output}", file=sys.stderr)
            return 1
        window.close()
        window.detach_storage()
    app.processEvents()
    print(args.output)
    return 0


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
