"""Where an interrupted session goes on: its first unfinished set, after the rest or switch
that leads to it; and how long it had run."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import msgspec
import pytest

from hiptrainer.domain.plan import Phase
from hiptrainer.domain.resume import phase_key, resume_index, seconds_before

PREPARE = Phase(kind="prepare", duration=10.0, exercise="plank", side="left")
HOLD_1 = Phase(kind="work", duration=20.0, exercise="plank", side="left", target_hold_s=20.0)
REST = Phase(kind="rest", duration=10.0, exercise="plank", side="left", rep_index=1)
HOLD_2 = msgspec.structs.replace(HOLD_1, rep_index=1)
SWITCH = Phase(kind="switch_sides", duration=5.0, exercise="plank", side="right")
HOLD_R = msgspec.structs.replace(HOLD_1, side="right")
HOLD_R2 = msgspec.structs.replace(HOLD_1, side="right", rep_index=1)
DONE = Phase(kind="done", duration=None)
PLAN = [PREPARE, HOLD_1, REST, HOLD_2, SWITCH, HOLD_R, HOLD_R2, DONE]


@pytest.mark.parametrize(
    ("done", "expected"),
    [
        ([], 0),  # nothing done: from the get-ready
        ([HOLD_1], 2),  # the rest before the second hold
        ([HOLD_1, HOLD_2], 4),  # the switch of sides before the right side
        ([HOLD_1, HOLD_2, HOLD_R], 6),  # straight into a hold with no rest before it
        ([HOLD_1, HOLD_2, HOLD_R, HOLD_R2], 7),  # everything done: the end
        ([HOLD_2], 0),  # a gap: the first unfinished set, wherever it is
    ],
)
def test_it_goes_on_at_the_first_unfinished_set(done: list[Phase], expected: int) -> None:
    assert resume_index(PLAN, {phase_key(p) for p in done}) == expected


def test_the_key_of_a_phase_is_what_its_set_is_stored_under() -> None:
    assert phase_key(HOLD_R2) == ("plank", "right", 0, 1)


class Saved(msgspec.Struct, frozen=True):
    ended_at: datetime


def test_the_time_before_is_up_to_the_last_saved_set() -> None:
    started = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
    sets = [Saved(started + timedelta(seconds=s)) for s in (30, 95, 60)]
    assert seconds_before(started, sets) == 95.0
    assert seconds_before(started, []) == 0.0
    # A clock that went back never gives negative time.
    assert seconds_before(started, [Saved(started - timedelta(seconds=5))]) == 0.0
