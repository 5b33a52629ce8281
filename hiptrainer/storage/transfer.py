"""Data out and in: a CSV of every set for spreadsheets, a JSON backup of everything, and
importing such a backup (or an exercise pack) as one all-or-nothing, idempotent merge.

The user's exercises and routines travel as JSON items that this layer does not read: the
catalogue validates them and decides what to write (see :class:`DefinitionPlanner`); a
backup's are written back under their own ids, a pack's are renamed where an id is taken.

An import file is read with limits, so a hostile one is refused in one line before it can
fill memory or write anything: at most :data:`MAX_IMPORT_MB` MB (checked before reading),
decoded straight into the typed structs (a few times the file's size in memory, never a
generic tree of the whole document), text fields within the lengths the structs state,
each session's id once per file, and dates from 2000-01-01 to tomorrow.
"""

from __future__ import annotations

import csv
import io
import os
import stat
from collections.abc import Collection, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal, Protocol

import msgspec
from msgspec import Meta

from hiptrainer.domain.records import Session
from hiptrainer.storage.errors import StorageError
from hiptrainer.storage.import_summary import ImportSummary
from hiptrainer.storage.store import SET_COLUMNS, DefinitionRow, Store, iso, set_values
from hiptrainer.storage.transfer_selftests import (
    Dismissal,
    SelfTestSitting,
    bundled_selftest_ids,
    check_selftests,
    merge_dismissals,
    merge_selftests,
    read_dismissals,
    read_selftests,
)

BACKUP_FORMAT: Literal["hiptrainer-backup"] = "hiptrainer-backup"
PACK_FORMAT: Literal["hiptrainer-pack"] = "hiptrainer-pack"
FORMAT_VERSION: Literal[1] = 1

CSV_COLUMNS = [
    "date", "session_id", "workout", "exercise", "side", "set", "rep", "target_reps", "reps",
    "target_hold_s", "hold_s", "load", "skipped", "rpe", "pain", "pain_after",
    "pain_next_morning", "notes", "started_at", "ended_at",
]  # fmt: skip
#: Columns of free text; every other column holds numbers, dates or yes/no.
CSV_TEXT_COLUMNS = frozenset({"workout", "exercise", "side", "load", "notes"})
#: What makes a spreadsheet read a cell as a formula (OWASP's list for CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

MAX_IMPORT_MB = 50
MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024
EARLIEST_DAY = date(2000, 1, 1)


class BackupFile(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    format: Annotated[Literal["hiptrainer-backup"], Meta(description='"hiptrainer-backup"')]
    version: Annotated[Literal[1], Meta(description="1")]
    sessions: list[Session] = []
    #: The user's exercises and routines, as JSON the catalogue validates.
    exercises: Annotated[list[msgspec.Raw], Meta(description="a list of exercises")] = []
    workouts: Annotated[list[msgspec.Raw], Meta(description="a list of routines")] = []
    #: Hip self-test sittings with each side's result, and dismissed suggestions (schema 4;
    #: an older backup has neither).
    selftests: list[SelfTestSitting] = []
    dismissed_suggestions: list[Dismissal] = []


class PackFile(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    format: Annotated[Literal["hiptrainer-pack"], Meta(description='"hiptrainer-pack"')]
    version: Annotated[Literal[1], Meta(description="1")]
    exercises: Annotated[list[msgspec.Raw], Meta(description="a list of exercises")] = []
    workouts: Annotated[list[msgspec.Raw], Meta(description="a list of routines")] = []


class ImportFileError(StorageError):
    """The file to import is unreadable or invalid; nothing was written."""


class DefinitionPlanner(Protocol):
    """Validates the exercises and routines of an import file and says what to store.

    Given the file's items (JSON), the definitions already stored, the file's name for
    messages and whether the file is a pack: the rows to write and one line per renamed
    item. A problem with the file raises one of :attr:`problems`, whose text is one line
    naming the item and field (it becomes an ImportFileError); nothing has been written
    then. (hiptrainer.catalog.packs.PackPlanner is the one.)"""

    problems: tuple[type[Exception], ...]

    def __call__(
        self,
        exercises: Sequence[msgspec.Raw],
        workouts: Sequence[msgspec.Raw],
        stored: Sequence[DefinitionRow],
        *,
        where: str,
        pack: bool,
    ) -> tuple[list[DefinitionRow], list[str]]: ...


# --- export ---------------------------------------------------------------------------------


def _fmt(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def text_cell(value: object) -> str:
    """A free-text cell a spreadsheet shows as text: one that would start a formula gets a
    leading single quote (``=HYPERLINK(…)`` becomes ``'=HYPERLINK(…)``)."""
    text = _fmt(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def export_csv(store: Store) -> str:
    """One row per recorded set (per side), oldest first, with a header row."""
    rows = store.conn.execute(
        "SELECT s.local_date, s.id, s.workout, t.exercise, t.side, t.set_index, t.rep_index, "
        "t.target_reps, t.reps, t.target_hold_s, t.hold_s, t.load, t.skipped, s.rpe, "
        "s.pain_during, s.pain_after, s.pain_next_morning, s.notes, t.started_at, t.ended_at "
        "FROM sets t JOIN sessions s ON s.id = t.session_id "
        "ORDER BY s.started_at, s.id, t.started_at, t.id"
    )
    cells = [text_cell if name in CSV_TEXT_COLUMNS else _fmt for name in CSV_COLUMNS]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        values = list(row)
        values[5] += 1  # sets and reps are counted from 1 for people
        values[6] += 1
        values[12] = "yes" if values[12] else "no"
        writer.writerow([cell(value) for cell, value in zip(cells, values, strict=True)])
    return out.getvalue()


def export_json(store: Store) -> bytes:
    """Everything: sessions with their sets, custom exercises and user routines, self-test
    sittings with their results, and the suggestions dismissed."""
    rows = store.definition_rows()
    sessions = []
    for info in store.sessions():
        fields = msgspec.structs.asdict(info)
        del fields["id"], fields["local_date"]
        sessions.append(Session(**fields, sets=store.sets(info.id)))
    backup = BackupFile(
        format=BACKUP_FORMAT,
        version=FORMAT_VERSION,
        sessions=sessions,
        exercises=[msgspec.Raw(body.encode()) for kind, _, body in rows if kind == "exercise"],
        workouts=[msgspec.Raw(body.encode()) for kind, _, body in rows if kind == "workout"],
        selftests=read_selftests(store.conn),
        dismissed_suggestions=read_dismissals(store.conn),
    )
    return msgspec.json.format(msgspec.json.encode(backup), indent=2) + b"\n"


# --- import ---------------------------------------------------------------------------------


class _Head(msgspec.Struct):
    """Only the ``format`` of a document; every other field is skipped unread."""

    format: Any = None


def _read_limited(path: Path, where: str) -> bytes:
    """The file's bytes; one that is too large is refused before it is read."""
    too_big = f"{where}: the file is larger than {MAX_IMPORT_MB} MB, the most HipTrainer imports"
    try:
        with path.open("rb") as handle:
            found = os.fstat(handle.fileno())
            if stat.S_ISREG(found.st_mode) and found.st_size > MAX_IMPORT_BYTES:
                raise ImportFileError(too_big)
            raw = handle.read(MAX_IMPORT_BYTES + 1)  # a pipe has no size to check first
    except OSError as exc:
        raise ImportFileError(f"{where}: cannot read: {exc.strerror or exc}") from None
    if len(raw) > MAX_IMPORT_BYTES:
        raise ImportFileError(too_big)
    return raw


def _decode(raw: bytes, schema: type[Any], where: str) -> Any:
    try:
        return msgspec.json.decode(raw, type=schema)
    except msgspec.ValidationError:
        raise  # a DecodeError too, but the caller explains it field by field
    except msgspec.DecodeError as exc:
        raise ImportFileError(f"{where}: not valid JSON ({exc})") from None
    except RecursionError:
        raise ImportFileError(
            f"{where}: the JSON is nested too deeply to be a HipTrainer file"
        ) from None


def _error_view(raw: bytes, parts: list[str | int]) -> Any:
    """The document as far as an error message needs it: the top-level fields and, in
    full, only the record named by ``parts`` (``sessions[3]``); the other records stay
    None, so a large file is never turned into a tree of Python objects."""
    try:
        root = msgspec.json.decode(raw, type=dict[str, msgspec.Raw])
    except (msgspec.DecodeError, msgspec.ValidationError, RecursionError):
        return None
    view: dict[str, Any] = {}
    for key, value in root.items():
        try:
            if parts[:1] == [key] and len(parts) > 1 and isinstance(parts[1], int):
                items = msgspec.json.decode(value, type=list[msgspec.Raw])
                shown: list[Any] = [None] * len(items)
                if parts[1] < len(items):
                    shown[parts[1]] = msgspec.json.decode(items[parts[1]])
                view[key] = shown
            elif parts[:1] == [key] or key in ("format", "version"):
                view[key] = msgspec.json.decode(value)
            else:
                view[key] = None
        except (msgspec.DecodeError, msgspec.ValidationError, RecursionError):
            view[key] = None
    return view


def read_import(
    path: Path, today: date | None = None, selftest_ids: Collection[str] | None = None
) -> BackupFile | PackFile:
    """Parse and validate a backup or pack; any problem is one line naming record and field.

    ``today`` (default: the local date) bounds the dates a backup may hold;
    ``selftest_ids`` are the self-tests its sittings may be of (default: the bundled ones)."""
    from hiptrainer.validation import error_path, explain

    where = str(path)
    raw = _read_limited(path, where)
    try:
        kind = _decode(raw, _Head, where).format
    except msgspec.ValidationError:  # not a JSON object at all
        kind = None
    schema: type[BackupFile] | type[PackFile]
    if kind == BACKUP_FORMAT:
        schema = BackupFile
    elif kind == PACK_FORMAT:
        schema = PackFile
    else:
        shown = msgspec.json.encode(kind).decode()
        shown = shown if len(shown) <= 60 else shown[:59] + "…"
        raise ImportFileError(
            f'{where}: format: expected "{BACKUP_FORMAT}" or "{PACK_FORMAT}", got {shown}'
        )
    try:
        item: BackupFile | PackFile = _decode(raw, schema, where)
    except msgspec.ValidationError as exc:
        data = _error_view(raw, error_path(exc))
        message = explain(exc, schema, data).replace("\n", "\\n")
        raise ImportFileError(f"{where}: {message}") from None
    if isinstance(item, BackupFile):
        today = today or datetime.now().astimezone().date()
        check_sessions(item.sessions, where, today)
        latest = today + timedelta(days=1)
        try:
            check_selftests(
                item.selftests,
                item.dismissed_suggestions,
                bundled_selftest_ids() if selftest_ids is None else selftest_ids,
                where,
                lambda moment, field: _check_moment(moment, field, where, latest),
            )
        except ValueError as exc:
            raise ImportFileError(str(exc)) from None
    return item


def _check_moment(moment: datetime, field: str, where: str, latest: date) -> None:
    # The date as written in the file, in the time zone it was recorded in.
    if moment.date() < EARLIEST_DAY:
        raise ImportFileError(f"{where}: {field}: {moment.isoformat()} is before {EARLIEST_DAY}")
    if moment.date() > latest:
        raise ImportFileError(
            f"{where}: {field}: {moment.isoformat()} is in the future (after {latest})"
        )


def check_sessions(sessions: list[Session], where: str, today: date) -> None:
    """Each session once per file; every date from 2000-01-01 to tomorrow."""
    latest = today + timedelta(days=1)
    first_seen: dict[str, int] = {}
    for index, session in enumerate(sessions):
        name = f"sessions[{index}]"
        if session.uuid in first_seen:
            raise ImportFileError(
                f'{where}: {name}.uuid: "{session.uuid}" is also the id of '
                f"sessions[{first_seen[session.uuid]}]; each session may appear once"
            )
        first_seen[session.uuid] = index
        _check_moment(session.started_at, f"{name}.started_at", where, latest)
        if session.ended_at is not None:
            _check_moment(session.ended_at, f"{name}.ended_at", where, latest)
        for set_index, record in enumerate(session.sets):
            field = f"{name}.sets[{set_index}]"
            _check_moment(record.started_at, f"{field}.started_at", where, latest)
            _check_moment(record.ended_at, f"{field}.ended_at", where, latest)


def import_file(
    store: Store,
    path: Path,
    plan: DefinitionPlanner,
    today: date | None = None,
    selftest_ids: Collection[str] | None = None,
) -> ImportSummary:
    """Merge ``path`` into the database in one transaction; importing it again adds nothing.

    ``plan`` validates the file's exercises and routines and chooses their ids;
    ``selftest_ids`` are the self-tests known (default: the bundled ones)."""
    store.refuse_if_read_only()  # before reading what could not be saved anyway
    item = read_import(path, today or store.now().date(), selftest_ids)
    try:
        rows, renamed = plan(
            item.exercises,
            item.workouts,
            store.definition_rows(),
            where=str(path),
            pack=isinstance(item, PackFile),
        )
    except plan.problems as exc:
        raise ImportFileError(str(exc)) from None
    counts = {"sessions": 0, "sets": 0, "exercises": 0, "workouts": 0, "dismissed": 0}
    counts.update(selftests=0, selftest_results=0)
    sessions = item.sessions if isinstance(item, BackupFile) else []
    with store.transaction() as conn:
        for session in sessions:
            row = conn.execute("SELECT id FROM sessions WHERE uuid = ?", (session.uuid,)).fetchone()
            if row is None:
                cursor = conn.execute(
                    "INSERT INTO sessions (uuid, workout, local_date, started_at, ended_at, "
                    "status, rpe, pain_during, pain_after, pain_next_morning, notes) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        session.uuid, session.workout, session.started_at.date().isoformat(),
                        iso(session.started_at),
                        iso(session.ended_at) if session.ended_at else None, session.status,
                        session.rpe, session.pain_during, session.pain_after,
                        session.pain_next_morning, session.notes,
                    ),
                )  # fmt: skip
                session_id = cursor.lastrowid
                counts["sessions"] += 1
            else:
                session_id = row[0]
            assert session_id is not None
            for record in session.sets:
                cursor = conn.execute(
                    f"INSERT INTO sets (session_id, {SET_COLUMNS}) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    set_values(session_id, record),
                )
                counts["sets"] += cursor.rowcount
        stamp = iso(store.now())
        for kind, item_id, body in rows:
            cursor = conn.execute(
                "INSERT INTO definitions (kind, id, body, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (kind, id) DO UPDATE SET body = excluded.body, "
                "updated_at = excluded.updated_at WHERE body != excluded.body",
                (kind, item_id, body, stamp),
            )
            counts[f"{kind}s"] += cursor.rowcount
        if isinstance(item, BackupFile):
            counts["selftests"], counts["selftest_results"] = merge_selftests(conn, item.selftests)
            counts["dismissed"] = merge_dismissals(conn, item.dismissed_suggestions)
    return ImportSummary(**counts, renamed=renamed)
