"""The tones' countdown from five ("5 beeps" in the settings).

The engine counts every timed phase's last three seconds itself (its countdown events, which
the cue player turns into ticks and spoken numbers). With five beeps asked for, the fifth and
fourth seconds before the end tick too: this object sounds them, on the engine's own deadline
(read anew at each wake-up, so a pause, a skip, a step back or +10 s moves them with it), with
one precise single-shot timer armed for the next of them. A second the timer reaches too late
(the event loop was blocked) is passed over, as a rep count gone stale is: a late tick would
count wrong. A phase no longer than the second gets none (its start has its own tone).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

from hiptrainer.domain.engine import COUNTDOWN, Engine

#: The seconds before the end that tick here, beyond the engine's own three.
EARLY_SECONDS = (5, 4)
#: A tick up to this late still counts; later it is passed over.
LATE_S = 0.25
#: A wake-up this close before a second counts as that second (a timer counts whole ms).
EARLY_S = 0.002


class EarlyTicks(QObject):
    def __init__(
        self,
        play: Callable[[], None],
        wanted: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._play = play
        #: Whether the early seconds tick now (tones on, five beeps): asked at each change.
        self._wanted = wanted
        self.engine: Engine | None = None
        self.clock: Callable[[], float] = time.monotonic
        #: The early seconds sounded in this phase (back to none as a phase starts).
        self.sounded: set[int] = set()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.wake)

    def watch(self, engine: Engine, clock: Callable[[], float]) -> None:
        """Follow ``engine`` (a new workout or self-test) on ``clock``."""
        self.engine, self.clock = engine, clock
        self.sounded.clear()
        self.follow()

    def stop(self) -> None:
        self.engine = None
        self.timer.stop()

    def _remaining(self) -> tuple[float, float] | None:
        """(seconds left, the phase's length) of a running timed phase; None otherwise."""
        engine = self.engine
        if engine is None or engine.state != "running" or not self._wanted():
            return None
        left, length = engine.remaining(self.clock()), engine.length()
        return None if left is None or length is None else (left, length)

    def follow(self, new_phase: bool = False) -> None:
        """Arm the timer for the next early second, after anything that may move it (each
        engine event; +10 s, which has none)."""
        if new_phase:
            self.sounded.clear()
        timing = self._remaining()
        if timing is None:
            self.timer.stop()
            return
        left, length = timing
        # Longer again (+10 s, a step back): its early seconds come round again.
        self.sounded = {s for s in self.sounded if s >= left - 1}
        coming = [
            s
            for s in EARLY_SECONDS
            if COUNTDOWN < s < length and s not in self.sounded and s < left + LATE_S
        ]
        if not coming:
            self.timer.stop()
            return
        wait = max(0.0, left - max(coming))
        self.timer.start(math.ceil(wait * 1000))

    def wake(self) -> None:
        """Tick for a second that is due now, then arm for the next."""
        timing = self._remaining()
        if timing is not None:
            left, length = timing
            for second in EARLY_SECONDS:
                due = second - LATE_S < left <= second + EARLY_S
                if due and second < length and second not in self.sounded:
                    self.sounded.add(second)
                    self._play()
        self.follow()
