"""``hiptrainer demo-data``: a believable made-up history for an empty data folder, to try
the Progress tab (or show it) before months of real training exist."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from hiptrainer.catalog.errors import CatalogError
from hiptrainer.storage.demo import DEFAULT_SEED, MAX_MONTHS, ROUTINES
from hiptrainer.storage.errors import StorageError

DEFAULT_MONTHS = 6


def add_demo_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser(
        "demo-data",
        help="fill an empty data folder with a made-up training history",
        description="Write a believable made-up history of the bundled routines, ending "
        "today, into a data folder that holds no sessions yet.",
    )
    demo.add_argument(
        "--months",
        type=_months,
        default=DEFAULT_MONTHS,
        metavar="N",
        help=f"how far back it goes, 1 to {MAX_MONTHS} (default {DEFAULT_MONTHS})",
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        metavar="N",
        help="another number makes another history (the same number, the same one)",
    )


def _months(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {text!r}") from None
    if not 1 <= value <= MAX_MONTHS:
        raise argparse.ArgumentTypeError(f"must be from 1 to {MAX_MONTHS}, not {value}")
    return value


def run_demo_command(args: argparse.Namespace, data_dir: Path) -> int:
    """Write the history; 1 with one line on stderr if the folder has sessions, is open in
    the window, or cannot take it (nothing is written then)."""
    from hiptrainer.catalog import load_catalog
    from hiptrainer.storage.demo import write_demo_history
    from hiptrainer.storage.session import opened_store

    try:
        catalog = load_catalog()
        workouts = [catalog.workouts[workout] for workout in ROUTINES]
        with opened_store(data_dir, write=True) as store:
            history = write_demo_history(
                store,
                workouts,
                catalog.exercises,
                months=args.months,
                today=date.today(),
                seed=args.seed,
            )
    except (CatalogError, StorageError) as exc:
        sys.stderr.write(f"hiptrainer: {exc}\n")
        return 1
    sys.stdout.write(
        f"Wrote {history.sessions} demo sessions with {history.sets} sets, "
        f"{history.first_day} to {history.last_day}, into {data_dir}\n"
    )
    return 0
