"""Self-test sittings and dismissed suggestions in a JSON backup: their shape, reading them
out of the database, checking an import's, and merging them in.

A sitting is written with its results per side, the way the Progress tab reads it; its
``uuid`` identifies it across data dirs, so importing a backup twice adds nothing. A side's
result is merged like a set: one already stored for that side of that sitting is kept.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection
from datetime import datetime
from typing import Annotated, Literal

import msgspec
from msgspec import Meta

__all__ = [
    "Dismissal",
    "SelfTestSitting",
    "SideResult",
    "bundled_selftest_ids",
    "check_selftests",
    "merge_dismissals",
    "merge_selftests",
    "read_dismissals",
    "read_selftests",
]

#: Long enough for any real test, short enough that a typo'd "3600000" is refused.
MAX_RESULT = 86_400.0


class SideResult(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    side: Annotated[Literal["left", "right", "both"], Meta(description='"left", "right" or "both"')]
    value: Annotated[
        float,
        Meta(ge=0, le=MAX_RESULT, description="a number of seconds or reps from 0 to 86400"),
    ]
    unit: Annotated[Literal["s", "reps"], Meta(description='"s" or "reps"')]
    recorded_at: datetime


class SelfTestSitting(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """One sitting of a self-test with each side's result; ``uuid`` identifies it."""

    uuid: Annotated[str, Meta(pattern=r"^[0-9a-f]{32}$", description="32 hexadecimal digits")]
    test: Annotated[
        str,
        Meta(
            pattern=r"^[a-z][a-z0-9_]*$",
            max_length=64,
            description='a self-test id such as "side_bridge"',
        ),
    ]
    started_at: datetime
    notes: Annotated[
        str, Meta(max_length=10_000, description="a text of at most 10000 characters")
    ] = ""
    results: Annotated[
        list[SideResult], Meta(max_length=3, description="at most three results (one a side)")
    ] = []


class Dismissal(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A progression suggestion the user dismissed (its ``Suggestion.key``)."""

    key: Annotated[
        str, Meta(min_length=1, max_length=500, description="a text of 1 to 500 characters")
    ]
    dismissed_at: datetime


def bundled_selftest_ids() -> frozenset[str]:
    """The ids of the self-tests this HipTrainer has: its ``selftests/*.toml`` files' names
    (read by name only; the catalogue checks their contents)."""
    from hiptrainer.paths import resources_dir

    return frozenset(path.stem for path in (resources_dir() / "selftests").glob("*.toml"))


# --- out -------------------------------------------------------------------------------------


def read_selftests(conn: sqlite3.Connection) -> list[SelfTestSitting]:
    """Every sitting with its results, oldest first (a sitting with none is kept too: it
    is what the user started, and its notes may matter)."""
    results: dict[int, list[SideResult]] = {}
    for sitting_id, side, value, unit, recorded in conn.execute(
        "SELECT selftest_id, side, value, unit, recorded_at FROM selftest_results "
        "ORDER BY selftest_id, side"
    ):
        results.setdefault(sitting_id, []).append(
            SideResult(
                side=side, value=value, unit=unit, recorded_at=datetime.fromisoformat(recorded)
            )
        )
    return [
        SelfTestSitting(
            uuid=uuid,
            test=test,
            started_at=datetime.fromisoformat(started),
            notes=notes,
            results=results.get(sitting_id, []),
        )
        for sitting_id, uuid, test, started, notes in conn.execute(
            "SELECT id, uuid, test, started_at, notes FROM selftests ORDER BY started_at, id"
        )
    ]


def read_dismissals(conn: sqlite3.Connection) -> list[Dismissal]:
    return [
        Dismissal(key=key, dismissed_at=datetime.fromisoformat(moment))
        for key, moment in conn.execute(
            "SELECT key, dismissed_at FROM dismissed_suggestions ORDER BY dismissed_at, key"
        )
    ]


# --- checks ----------------------------------------------------------------------------------


def check_selftests(
    sittings: list[SelfTestSitting],
    dismissals: list[Dismissal],
    known: Collection[str],
    where: str,
    check_moment: Callable[[datetime, str], None],
) -> None:
    """Each sitting of a test this HipTrainer has, once per file, each side once and in one
    unit; every moment within the dates a backup may hold (``check_moment`` raises).
    A problem raises ValueError, its text one line naming the record and field."""
    first_seen: dict[str, int] = {}
    for index, sitting in enumerate(sittings):
        name = f"selftests[{index}]"
        if sitting.uuid in first_seen:
            raise ValueError(
                f'{where}: {name}.uuid: "{sitting.uuid}" is also the id of '
                f"selftests[{first_seen[sitting.uuid]}]; each sitting may appear once"
            )
        first_seen[sitting.uuid] = index
        if sitting.test not in known:
            raise ValueError(
                f'{where}: {name}.test: unknown self-test id "{sitting.test}" (this HipTrainer '
                f"has {', '.join(sorted(known)) or 'none'})"
            )
        if sitting.started_at.tzinfo is None:
            raise ValueError(f"{where}: {name}.started_at: times need a UTC offset")
        check_moment(sitting.started_at, f"{name}.started_at")
        sides: set[str] = set()
        for result_index, result in enumerate(sitting.results):
            field = f"{name}.results[{result_index}]"
            if result.side in sides:
                raise ValueError(
                    f'{where}: {field}.side: "{result.side}" has a result already in this '
                    "sitting; each side may appear once"
                )
            sides.add(result.side)
            if result.unit != sitting.results[0].unit:
                raise ValueError(
                    f'{where}: {field}.unit: "{result.unit}", but the sitting\'s first result '
                    f'is in "{sitting.results[0].unit}"'
                )
            if result.recorded_at.tzinfo is None:
                raise ValueError(f"{where}: {field}.recorded_at: times need a UTC offset")
            check_moment(result.recorded_at, f"{field}.recorded_at")
    for index, dismissal in enumerate(dismissals):
        if dismissal.dismissed_at.tzinfo is None:
            raise ValueError(
                f"{where}: dismissed_suggestions[{index}].dismissed_at: times need a UTC offset"
            )
        check_moment(dismissal.dismissed_at, f"dismissed_suggestions[{index}].dismissed_at")


# --- in --------------------------------------------------------------------------------------


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def merge_selftests(conn: sqlite3.Connection, sittings: list[SelfTestSitting]) -> tuple[int, int]:
    """Add the sittings and results not stored yet; (sittings added, results added)."""
    added_sittings = added_results = 0
    for sitting in sittings:
        row = conn.execute("SELECT id FROM selftests WHERE uuid = ?", (sitting.uuid,)).fetchone()
        if row is None:
            cursor = conn.execute(
                "INSERT INTO selftests (uuid, test, local_date, started_at, notes) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    sitting.uuid,
                    sitting.test,
                    sitting.started_at.date().isoformat(),
                    _iso(sitting.started_at),
                    sitting.notes,
                ),
            )
            sitting_id = cursor.lastrowid
            added_sittings += 1
        else:
            sitting_id = row[0]
        for result in sitting.results:
            cursor = conn.execute(
                "INSERT INTO selftest_results (selftest_id, side, value, unit, recorded_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (sitting_id, result.side, result.value, result.unit, _iso(result.recorded_at)),
            )
            added_results += cursor.rowcount
    return added_sittings, added_results


def merge_dismissals(conn: sqlite3.Connection, dismissals: list[Dismissal]) -> int:
    added = 0
    for dismissal in dismissals:
        cursor = conn.execute(
            "INSERT INTO dismissed_suggestions (key, dismissed_at) VALUES (?, ?) "
            "ON CONFLICT (key) DO NOTHING",
            (dismissal.key, _iso(dismissal.dismissed_at)),
        )
        added += cursor.rowcount
    return added
