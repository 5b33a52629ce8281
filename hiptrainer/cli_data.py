"""The commands that read or write recorded data: export, import, backup, restore; and the
catalogue as the commands see it (bundled + the user's own items in the data folder)."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from hiptrainer.fileio import write_output
from hiptrainer.storage.backup import manual_backup
from hiptrainer.storage.errors import os_problem
from hiptrainer.storage.restore import restore
from hiptrainer.storage.session import opened_store
from hiptrainer.storage.transfer import export_csv, export_json, import_file

if TYPE_CHECKING:
    from hiptrainer.catalog import Catalog


def data_catalog(data_dir: Path, warn: bool = True) -> Catalog:
    """The bundled catalogue with the user's exercises and routines stored in ``data_dir``
    (read without creating or changing anything there). With ``warn``, each stored item
    that could not be read is one ``hiptrainer: skipped …`` line on stderr."""
    from hiptrainer.catalog import load_catalog
    from hiptrainer.catalog.user import compose
    from hiptrainer.storage.store import read_definition_rows

    composed = compose(load_catalog(), read_definition_rows(data_dir))
    if warn:
        for problem in composed.problems:
            print(f"hiptrainer: skipped {problem}", file=sys.stderr)
    return composed.catalog


def _write_output(target: str, payload: bytes) -> bool:
    """Write the export; True if it went to a regular file (worth a confirmation line)."""
    if target == "-":
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
        return False
    try:
        return write_output(Path(target), payload)
    except OSError as exc:
        raise os_problem(exc, f"{target}: cannot write") from None


def _export(args: argparse.Namespace, data_dir: Path) -> bytes:
    chosen = bool(getattr(args, "exercise", None) or getattr(args, "workout", None))
    if args.format == "pack":
        from hiptrainer.catalog.packs import pack_bytes

        catalog = data_catalog(data_dir)
        return pack_bytes(catalog, args.exercise or (), args.workout or ())
    if chosen:
        raise argparse.ArgumentError(None, "--exercise and --workout go with --format pack")
    with opened_store(data_dir, write=False) as store:
        if args.format == "csv":
            return export_csv(store).encode("utf-8")
        return export_json(store)


def run_data_command(args: argparse.Namespace, data_dir: Path) -> int:
    now = datetime.now().astimezone()
    if args.command == "export":
        try:
            payload = _export(args, data_dir)
        except argparse.ArgumentError as exc:
            print(f"hiptrainer export: error: {exc}", file=sys.stderr)
            return 2
        if _write_output(args.output, payload):
            print(f"Exported to {args.output}")
    elif args.command == "backup":
        with opened_store(data_dir, write=False) as store:
            path = manual_backup(store.conn, data_dir, now)
        print(f"Backed up to {path}")
    elif args.command == "restore":
        source = Path(args.file)
        with opened_store(data_dir, write=True) as store:
            kept = restore(store, data_dir, source, lambda: now)
        print(f"Restored {source}; the previous database was kept as {kept}")
    elif args.command == "import":
        from hiptrainer.catalog import load_catalog
        from hiptrainer.catalog.packs import PackPlanner

        planner = PackPlanner(load_catalog())
        with opened_store(data_dir, write=True) as store:
            summary = import_file(store, Path(args.file), planner, today=now.date())
        print(f"Imported {summary.wording()} from {args.file}")
        for line in summary.renamed:
            print(f"The {line}")
    return 0
