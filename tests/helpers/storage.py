"""Quick ways to make stores and set records for tests."""

from __future__ import annotations

from pathlib import Path

from hiptrainer.domain.records import SetRecord
from hiptrainer.storage.database import database_path, open_database
from hiptrainer.storage.store import Store
from tests.helpers.clock import TZ, FakeClock

__all__ = ["TZ", "FakeClock", "a_set", "make_store"]


def make_store(data_dir: Path, clock: FakeClock | None = None) -> Store:
    clock = clock or FakeClock()
    return Store(open_database(data_dir, clock), database_path(data_dir), clock)


def a_set(
    clock: FakeClock,
    exercise: str = "clamshell",
    side: str = "left",
    set_index: int = 0,
    rep_index: int = 0,
    **fields: object,
) -> SetRecord:
    start = clock()
    end = clock.advance(seconds=30)
    values: dict[str, object] = {"reps": 10, "target_reps": 10}
    values.update(fields)
    return SetRecord(
        exercise=exercise,
        side=side,
        set_index=set_index,  # type: ignore[arg-type]
        rep_index=rep_index,
        started_at=start,
        ended_at=end,
        **values,
    )  # type: ignore[arg-type]
