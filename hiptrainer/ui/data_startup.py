"""Opening the user's data after the window is up, and saying clearly what went wrong.

The database opens right after the first paint, so the window appears without waiting for
SQLite. A damaged file has already been moved aside when the user is asked what to do: restore
the newest good backup, start with an empty database, or quit. The question is also asked
at the first start after a command (``hiptrainer export``…) set a damaged file aside and an
empty database took its place; each damaged file is asked about once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import msgspec
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from hiptrainer.settings import Settings
from hiptrainer.storage.backup import daily_backup, newest_good_backup
from hiptrainer.storage.database import (
    CorruptDatabaseError,
    StorageError,
    database_path,
    mark_asked,
    open_database,
    unasked_damaged_file,
)
from hiptrainer.storage.restore import restore
from hiptrainer.storage.store import Store, local_now
from hiptrainer.ui.prompts import Prompts

log = logging.getLogger(__name__)


class StorageState(msgspec.Struct):
    store: Store | None = None
    problem: str | None = None
    quit: bool = False


def open_storage(
    data_dir: Path, prompts: Prompts, now: Callable[[], datetime] = local_now
) -> StorageState:
    try:
        conn = open_database(data_dir, now)
    except CorruptDatabaseError as exc:
        log.error("Damaged database: %s", exc)
        return _after_damage(data_dir, prompts, now, str(exc), exc.moved_to)
    except StorageError as exc:
        log.error("Cannot open the database: %s", exc)
        prompts.problem(str(exc))
        return StorageState(problem=str(exc))
    store = Store(conn, database_path(data_dir), now)
    earlier = unasked_damaged_file(data_dir) if store.is_empty() else None
    if earlier is not None:
        # Set aside by a command, or in a start that was quit: the user has not chosen yet.
        log.error("Damaged database set aside earlier: %s", earlier)
        conn.close()
        #: Shown with its details; {file} is the database, {moved} the name it was given.
        message = QCoreApplication.translate(
            "DataStartup",
            "{file} was found damaged and moved to {moved}; nothing in it was deleted, and an "
            "empty database took its place",
        ).format(file=store.path, moved=earlier.name)
        return _after_damage(data_dir, prompts, now, message, earlier)
    return _ready(store, data_dir, now)


def _after_damage(
    data_dir: Path, prompts: Prompts, now: Callable[[], datetime], message: str, moved: Path
) -> StorageState:
    """Ask what to do about the damaged file ``moved``, then open the database."""
    backup = newest_good_backup(data_dir)
    choice = prompts.damaged(message, moved, backup)
    if choice == "quit":
        return StorageState(quit=True)  # asked again at the next start
    if not mark_asked(moved):
        log.warning("Could not note that %s was asked about", moved)
    try:
        store = Store(open_database(data_dir, now), database_path(data_dir), now)
    except StorageError as again:
        prompts.problem(str(again))
        return StorageState(problem=str(again))
    if choice == "restore" and backup is not None:
        try:
            kept = restore(store, data_dir, backup, now)
        except StorageError as failed:
            log.error("Restore failed: %s", failed)
            prompts.problem(str(failed))
            return _ready(store, data_dir, now, problem=str(failed))
        log.info("Restored %s; the empty database was kept as %s", backup, kept)
    return _ready(store, data_dir, now)


def _ready(
    store: Store, data_dir: Path, now: Callable[[], datetime], problem: str | None = None
) -> StorageState:
    if store.read_only:
        log.warning("The database is read-only: %s", store.path)
        read_only = QCoreApplication.translate(
            "DataStartup", "{file} cannot be written (read-only); workouts cannot be recorded"
        )
        return StorageState(store=store, problem=problem or read_only.format(file=store.path))
    try:
        daily_backup(store.conn, data_dir, now().date())
    except StorageError as exc:
        log.warning("Daily backup failed: %s", exc)
        #: {reason} is the storage's own reason (in English).
        failed = QCoreApplication.translate("DataStartup", "Today's backup failed: {reason}")
        return StorageState(store=store, problem=problem or failed.format(reason=exc))
    return StorageState(store=store, problem=problem)


def follow_up(
    store: Store,
    prompts: Prompts,
    settings: Settings,
    workout_names: dict[str, str],
    today: date,
) -> tuple[str, int] | None:
    """After the data opens: offer to resume or close an interrupted session, and ask once
    for this morning's pain after the last session. Returns (workout, session) to resume."""
    resume: tuple[str, int] | None = None
    unfinished = store.interrupted_session()
    if unfinished is not None:
        #: An unfinished workout whose routine is gone: "A workout, started …, did not finish."
        unknown = QCoreApplication.translate("DataStartup", "A workout")
        name = workout_names.get(unfinished.workout or "", unknown)
        started = _moment(unfinished.started_at)
        choice = prompts.interrupted(name, started, len(store.sets(unfinished.id)))
        if choice == "resume" and unfinished.workout in workout_names:
            resume = (unfinished.workout, unfinished.id)
        elif choice == "close":
            store.finish_session(unfinished.id, "abandoned")
    last = next((s for s in reversed(store.sessions()) if s.status == "completed"), None)
    if (
        last is not None
        and last.pain_next_morning is None
        and last.local_date < today.isoformat()
        and settings.morning_pain_asked != last.id
    ):
        settings.morning_pain_asked = last.id  # asked once, answered or not
        pain = prompts.morning_pain(last.local_date)
        if pain is not None:
            store.set_morning_pain(last.id, pain)
    return resume


def _moment(when: datetime) -> str:
    """ "Sunday 29 November, 14:05" in the interface's language."""
    moment = QDateTime(when.year, when.month, when.day, when.hour, when.minute, when.second)
    #: A Qt date-time format: when an unfinished workout started ("Sunday 29 November, 14:05").
    date_format = QCoreApplication.translate("DataStartup", "dddd d MMMM, HH:mm")
    return QLocale().toString(moment, date_format)
