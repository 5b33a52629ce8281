"""``hiptrainer figure``: one illustration to an SVG or PNG file."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from hiptrainer.catalog import CatalogError, load_catalog


class FigureError(CatalogError):
    """A request for a picture that does not exist (unknown exercise, step out of range)."""


def run_figure_command(args: argparse.Namespace) -> int:
    output = Path(args.output)
    suffix = output.suffix.lower()
    catalog = load_catalog()
    exercise = catalog.exercises.get(args.exercise)
    if exercise is None:
        raise FigureError(f'unknown exercise id "{args.exercise}" (see: hiptrainer exercises)')
    if not 1 <= args.step <= len(exercise.steps):
        raise FigureError(
            f"{exercise.id} has {len(exercise.steps)} steps; --step {args.step} is not one of them"
        )
    if not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from hiptrainer.catalog.poses import load_poses
    from hiptrainer.figures.output import write_png, write_svg
    from hiptrainer.figures.render import Illustration
    from hiptrainer.figures.theme import THEMES

    app = QGuiApplication.instance() or QGuiApplication(["hiptrainer"])  # noqa: F841
    art = Illustration(load_poses(exercise.id), exercise.primary_muscles)
    pose = exercise.steps[args.step - 1].pose
    theme = THEMES[args.theme]
    try:
        if suffix == ".svg":
            write_svg(output, art, pose, args.side, args.size, theme,
                      title=f"{exercise.name}, step {args.step}")  # fmt: skip
        else:
            write_png(output, art, pose, args.side, args.size, theme)
    except OSError as exc:
        raise FigureError(f"{output}: cannot write ({exc})") from None
    print(f"Wrote {output}")
    return 0


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def add_figure_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    figure = commands.add_parser("figure", help="draw one step of an exercise to SVG or PNG")
    figure.add_argument("exercise", metavar="ID", help="exercise id (see: hiptrainer exercises)")
    figure.add_argument("--step", type=int, required=True, metavar="N", help="step number, from 1")
    figure.add_argument("--side", choices=("left", "right"), default="left",
                        help="which side works (the right side is the mirror image)")  # fmt: skip
    figure.add_argument("--size", type=_size, default=600, metavar="PIXELS",
                        help="width and height (default 600)")  # fmt: skip
    figure.add_argument("--theme", choices=("light", "dark"), default="light")
    figure.add_argument("-o", "--output", required=True, type=_output, metavar="FILE",
                        help="FILE.svg (vector, for print) or FILE.png")  # fmt: skip


def _size(text: str) -> int:
    value = int(text)
    if not 32 <= value <= 8000:
        raise argparse.ArgumentTypeError("must be between 32 and 8000")
    return value


def _output(text: str) -> str:
    if Path(text).suffix.lower() not in (".svg", ".png"):
        raise argparse.ArgumentTypeError("must end in .svg or .png")
    return text
