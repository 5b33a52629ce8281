"""Runs the engine on the Qt event loop with one precise timer, armed for the next event.

The engine decides what happens and when; this object only wakes up on time (a single-shot
``Qt.PreciseTimer`` set for the engine's next deadline, countdown second or paced rep), hands
the clock's reading to the engine and re-emits the events it returns. A late wake-up (the
event loop was busy) simply crosses several deadlines at once; nothing drifts.

A timer counts whole milliseconds and fires at or after its time, and the event loop wakes
a millisecond or two after that (measured on Linux: 0.2 to 2.2 ms, 1.4 ms typical, in
``bench/player_cpu.py``); a new phase's page then takes 1 to 3.5 ms more to reach the screen
(the longer just after the process slept). A timer set for a deadline would show its phase
late, every time. The timer is set ``LEAD_MS`` before the deadline instead, and a wake-up
within ``EARLY_S`` of the deadline takes the deadline as its moment: the page is on screen
about when its phase starts (its cue a millisecond or two early, which no one hears), and the
engine's schedule, its deadlines, is the same. A wake-up earlier still finds nothing due and
sets the timer again for what is left.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from hiptrainer.domain.engine import Engine, Event

#: The timer is set this long before the next deadline: the event loop's own lateness and
#: most of a new page's paint.
LEAD_MS = 3
#: A wake-up this close before the next deadline is taken as that deadline (the lead, and
#: the timer's rounding down to a whole millisecond).
EARLY_S = 0.0045


class EngineDriver(QObject):
    #: Every hiptrainer.domain.engine.Event, in order (not ``event``: that is QObject's own).
    engine_event = Signal(object)

    def __init__(
        self,
        engine: Engine,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.wake)

    # --- the operations the Train tab's keys and buttons call --------------------------------

    def start(self, index: int = 0) -> None:
        self._apply(lambda now: self.engine.start(now, index))

    def pause(self) -> None:
        self._apply(self.engine.pause)

    def resume(self) -> None:
        self._apply(self.engine.resume)

    def toggle_pause(self) -> None:
        if self.engine.state == "paused":
            self.resume()
        else:
            self.pause()

    def skip(self) -> None:
        self._apply(self.engine.skip)

    def back(self) -> None:
        self._apply(self.engine.back)

    def extend(self) -> None:
        self._apply(self.engine.extend)

    def complete(self, reps: int | None = None) -> None:
        self._apply(lambda now: self.engine.complete(now, reps))

    def finish_early(self) -> None:
        self._apply(self.engine.finish_early)

    def correct_last(self, reps: int | None = None, hold_s: float | None = None) -> None:
        for event in self.engine.correct_last(reps, hold_s):
            self.engine_event.emit(event)

    @property
    def armed(self) -> bool:
        return self._timer.isActive()

    # --- the timer ----------------------------------------------------------------------------

    def wake(self) -> None:
        """Cross everything that is due, then arm the timer for what comes next."""
        self._apply(self.engine.advance, on_time=True)

    def _apply(self, operation: Callable[[float], list[Event]], on_time: bool = False) -> None:
        now = self.clock()
        due = self.engine.next_event_time()
        if on_time and due is not None and 0 < due - now <= EARLY_S:
            now = due  # the timer came for this deadline, as early as it was set
        for event in operation(now):
            self.engine_event.emit(event)
        self._arm()

    def _arm(self) -> None:
        due = self.engine.next_event_time()
        if due is None:
            self._timer.stop()
            return
        wait_ms = max(0, math.floor((due - self.clock()) * 1000) - LEAD_MS)
        self._timer.start(wait_ms)
