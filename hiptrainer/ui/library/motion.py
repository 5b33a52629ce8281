"""Playing a step's movement in the Library: out from its start pose, a pause, and back.

One :class:`Movement` per place that plays (a step in the detail page, the larger view). A
``QTimer`` asks for a frame about 30 times a second; the moment of the movement is read off
an injected monotonic clock, never counted in ticks, so tests move the clock and ask for a
frame instead of waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from hiptrainer.domain.plan import SELF_PACED_TEMPO, TempoSeconds, parse_tempo

FRAME_MS = 33


def tempo_seconds(tempo: str | None) -> TempoSeconds:
    """Seconds to lift, hold and lower in the animation: the exercise's tempo, or for holds
    and self-paced reps the pace the player plans with. Lifting and lowering take at least
    half a second and a zero pause shows as a short one, so the movement can be followed."""
    lift, pause, lower = parse_tempo(tempo) if tempo else SELF_PACED_TEMPO
    return max(lift, 0.5), max(pause, 0.3), max(lower, 0.5)


def progress_at(elapsed: float, tempo: TempoSeconds) -> float | None:
    """How far toward the key pose the movement is ``elapsed`` seconds in (0 = the start
    pose, 1 = the key pose), or None once it is over."""
    lift, pause, lower = tempo
    if elapsed < 0:
        return 0.0
    if elapsed < lift:
        return elapsed / lift
    if elapsed < lift + pause:
        return 1.0
    if elapsed < lift + pause + lower:
        return 1.0 - (elapsed - lift - pause) / lower
    return None


class Movement(QObject):
    """Calls ``show_frame(t)`` on each frame while a movement plays, then ``show_frame(1.0)``
    (the key pose, as the still picture shows it) when it ends or is stopped."""

    def __init__(
        self,
        show_frame: Callable[[float], None],
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._show_frame = show_frame
        self.clock = clock
        self._started: float | None = None
        self._tempo: TempoSeconds = SELF_PACED_TEMPO
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.next_frame)

    @property
    def running(self) -> bool:
        return self._started is not None

    def start(self, tempo: str | None) -> None:
        self._tempo = tempo_seconds(tempo)
        self._started = self.clock()
        self._show_frame(0.0)
        self.timer.start()

    def stop(self) -> None:
        if self._started is not None:
            self._started = None
            self.timer.stop()
            self._show_frame(1.0)

    def next_frame(self) -> None:
        """Show the moment the clock says; the timer calls this, and tests do."""
        if self._started is None:
            return
        t = progress_at(self.clock() - self._started, self._tempo)
        if t is None:
            self.stop()
        else:
            self._show_frame(t)
