"""The one fake clock for every timed test.

It holds a monotonic reading (what the player's engine and timers use) and the wall-clock
time that goes with it (what the store writes), and both move only when a test moves them,
so no test ever sleeps or depends on how fast the machine is.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

TZ = timezone(timedelta(hours=1))
START = datetime(2026, 3, 2, 7, 30, tzinfo=TZ)


class FakeClock:
    """Call it for the wall-clock time; :meth:`monotonic` for the monotonic reading."""

    def __init__(self, start: datetime = START, monotonic: float = 100.0) -> None:
        self.moment = start
        self.now = monotonic

    def __call__(self) -> datetime:
        return self.moment

    def monotonic(self) -> float:
        return self.now

    def advance(self, **delta: float) -> datetime:
        """Move both readings forward by a ``timedelta(**delta)``."""
        step = timedelta(**delta)
        if step < timedelta(0):
            raise ValueError("a clock never goes back")
        self.moment += step
        self.now += step.total_seconds()
        return self.moment

    def set_monotonic(self, reading: float) -> None:
        """Move to a monotonic reading (never backwards); the wall clock follows."""
        self.advance(seconds=reading - self.now)
