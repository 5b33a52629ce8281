"""Command line: ``hiptrainer`` opens the window; subcommands work without one.

Exit codes: 0 success, 1 a data or input problem (one line on stderr), 2 a usage error.
Qt is imported only when the GUI starts, so listing the catalogue stays fast. Importing this
module imports almost nothing, so that what a command imports comes after :func:`run` has
turned the garbage collector off.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from hiptrainer import __version__
from hiptrainer.paths import DATA_DIR_ENV, data_dir

if TYPE_CHECKING:
    import argparse

    from hiptrainer.catalog import Catalog
    from hiptrainer.domain.model import Exercise, Workout

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2
DATA_COMMANDS = ("export", "import", "backup", "restore")


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The full parser, or (``with_commands=False``) just the window's options."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="hiptrainer",
        description="Desktop trainer for runners' hip and glute strength. "
        "With no command, opens the main window.",
        add_help=with_commands,
        exit_on_error=with_commands,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"where every file the app writes goes (default: ${DATA_DIR_ENV}, "
        "else the platform's application-data folder)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start the full window, wait for its first paint, and exit 0",
    )
    if not with_commands:
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, what in (("exercises", "exercises"), ("workouts", "routines")):
        sub = commands.add_parser(name, help=f"list the {what}, bundled and your own")
        sub.add_argument("--json", action="store_true", help="print every field as JSON")
    export = commands.add_parser("export", help="write your recorded data or a pack to a file")
    export.add_argument(
        "--format",
        choices=("csv", "json", "pack"),
        required=True,
        help="csv: one row per set and side; json: everything, for import; pack: your own "
        "exercises and routines, to share",
    )
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="file to write ('-' for standard output)",
    )
    for option, what in (("--exercise", "exercise"), ("--workout", "routine")):
        export.add_argument(
            option,
            nargs="+",
            action="extend",
            metavar="ID",
            help=f"with --format pack: put only these of your {what}s in the pack "
            "(default: all of your exercises and routines)",
        )
    imp = commands.add_parser("import", help="merge a JSON backup or an exercise pack")
    imp.add_argument("file", metavar="FILE")
    commands.add_parser("backup", help="save a snapshot of the database in the backups folder")
    restore = commands.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file", metavar="FILE")
    from hiptrainer.cli_demo import add_demo_parser
    from hiptrainer.cli_figure import add_figure_parser
    from hiptrainer.cli_sheet import add_sheet_parser

    add_figure_parser(commands)
    add_sheet_parser(commands)
    add_demo_parser(commands)
    return parser


def _print_json(items: object) -> None:
    import msgspec

    text = msgspec.json.format(msgspec.json.encode(items), indent=2).decode()
    sys.stdout.write(text + "\n")


def _table(rows: Sequence[tuple[str, ...]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[-1]
        for row in rows
    ]
    return "\n".join(line.rstrip() for line in lines)


def _named(item: Exercise | Workout) -> str:
    """The name shown in a table: the user's own items say so."""
    from hiptrainer.catalog.custom import is_custom

    return f"{item.name} (yours)" if is_custom(item) else item.name


def list_exercises(catalog: Catalog, as_json: bool) -> None:
    from hiptrainer.domain.dose import dose_text

    exercises = list(catalog.exercises.values())
    if as_json:
        _print_json(exercises)
        return
    rows = [("ID", "NAME", "DOSE")]
    rows += [(e.id, _named(e), dose_text(e.dosage, e.unilateral)) for e in exercises]
    print(_table(rows))


def workout_items(catalog: Catalog) -> list[dict[str, object]]:
    """Workouts as JSON-ready dicts, each block carrying the dose it will be played with."""
    from hiptrainer.catalog.listing import workout_item

    return [workout_item(catalog, workout) for workout in catalog.workouts.values()]


def list_workouts(catalog: Catalog, as_json: bool) -> None:
    from hiptrainer.domain.dose import minutes_text, workout_seconds

    if as_json:
        _print_json(workout_items(catalog))
        return
    rows = [("ID", "NAME", "LENGTH", "EXERCISES")]
    for workout in catalog.workouts.values():
        length = minutes_text(workout_seconds(workout, catalog.exercises))
        rows.append((workout.id, _named(workout), length, str(len(workout.blocks))))
    print(_table(rows))


def window_options(arguments: Sequence[str]) -> argparse.Namespace | None:
    """The window's options when the line holds nothing else, each spelled out in full;
    None for anything else (an abbreviation, a command, --version, --help, a mistake).

    Read without a parser: making even the small one looks up the translations of its
    texts, and the first lookup loads the locale machinery, a few milliseconds of a start.
    """
    import argparse

    options = argparse.Namespace(data_dir=None, smoke_test=False, command=None)
    words = iter(arguments)
    for word in words:
        if word == "--smoke-test":
            options.smoke_test = True
        elif word == "--data-dir":
            value = next(words, None)
            if value is None or value.startswith("-"):  # the parser tells what is wrong
                return None
            options.data_dir = value
        elif word.startswith("--data-dir="):
            options.data_dir = word.removeprefix("--data-dir=")
        else:
            return None
    return options


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line. Opening the window is the common case and needs only the
    top-level options, so the subcommand parsers (slow to build) are made only when the
    line holds anything else: a command, --help, or a mistake to report; and a line of
    nothing but the window's options, spelled out, needs no parser at all."""
    import argparse

    arguments = list(sys.argv[1:] if argv is None else argv)
    window = window_options(arguments)
    if window is not None:
        return window
    try:
        args, rest = build_parser(with_commands=False).parse_known_args(arguments)
    except argparse.ArgumentError:
        rest = arguments
    if rest:
        return build_parser().parse_args(arguments)
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    from hiptrainer.catalog.errors import CatalogError
    from hiptrainer.storage.errors import StorageError

    args = parse(argv)
    try:
        if args.command is None:
            from hiptrainer.ui.app import run_gui

            return run_gui(data_dir(args.data_dir), smoke_test=args.smoke_test)
        if args.command == "figure":
            from hiptrainer.cli_figure import run_figure_command

            return run_figure_command(args)
        if args.command == "sheet":
            from hiptrainer.cli_sheet import run_sheet_command

            return run_sheet_command(args)
        if args.command == "demo-data":
            from hiptrainer.cli_demo import run_demo_command

            return run_demo_command(args, data_dir(args.data_dir))
        if args.command in DATA_COMMANDS:
            from hiptrainer.cli_data import run_data_command

            return run_data_command(args, data_dir(args.data_dir))
        from hiptrainer.cli_data import data_catalog

        catalog = data_catalog(data_dir(args.data_dir))
        if args.command == "exercises":
            list_exercises(catalog, args.json)
        elif args.command == "workouts":
            list_workouts(catalog, args.json)
    except (CatalogError, StorageError) as exc:
        print(f"hiptrainer: {exc}", file=sys.stderr)
        return EXIT_DATA
    except BrokenPipeError:
        # Output piped into a command that stopped reading (``| head``): not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def run() -> None:
    """The ``hiptrainer`` program.

    Start-up creates many long-lived objects (the modules it imports, Qt's enums and types,
    the catalogue); the cyclic garbage collector would only scan them again and again, so it
    stays off until the window has painted (see ``ui.app``) or the command is done. With the
    catalogue's modules imported by this module, it ran 22 times (3 ms) before it was off.
    """
    gc.disable()
    try:
        code = main()
    finally:
        gc.enable()
    sys.exit(code)
