"""The commands that read or write recorded data: export, import, backup, restore."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from hiptrainer.fileio import write_output
from hiptrainer.storage.backup import manual_backup
from hiptrainer.storage.errors import os_problem
from hiptrainer.storage.restore import restore
from hiptrainer.storage.session import opened_store
from hiptrainer.storage.transfer import export_csv, export_json, import_file


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


def run_data_command(args: argparse.Namespace, data_dir: Path) -> int:
    now = datetime.now().astimezone()
    if args.command == "export":
        with opened_store(data_dir, write=False) as store:
            if args.format == "csv":
                payload = export_csv(store).encode("utf-8")
            else:
                payload = export_json(store)
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

        bundled = set(load_catalog().exercises)
        with opened_store(data_dir, write=True) as store:
            summary = import_file(store, Path(args.file), bundled, today=now.date())
        added = (
            f"{summary.sessions} sessions, {summary.sets} sets, {summary.exercises} exercises "
            f"and {summary.workouts} routines"
        )
        print(f"Imported {added} from {args.file}")
    return 0
