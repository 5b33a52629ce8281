"""One self-test being played: its phases on the engine, and each side saved as it ends.

The plan comes from the domain (:func:`hiptrainer.domain.selftest.selftest_phases`): a
countdown into each side, an open-ended hold or rep count, a rest between the sides. The
driver wakes for the countdowns and rests; the open-ended effort has no deadline and ends on
the user's stop (Space), the last tap or a typed count.

A side's result is written to the store the moment the side ends (the sitting's row with
the first of them), not later: a crash or a closed window after the left side keeps the
left side. A result the store refuses (the disk full for a moment) is kept and tried again
with the next side and at the end, and said until it is saved.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from hiptrainer.domain.engine import Engine, Event
from hiptrainer.domain.plan import SideOrder
from hiptrainer.domain.selftest import SelfTest, result_value, selftest_phases
from hiptrainer.storage.errors import StorageError
from hiptrainer.ui.player.driver import EngineDriver
from hiptrainer.ui.player.selftest.ports import SelfTestStore

log = logging.getLogger(__name__)


class OpenEndedDriver(EngineDriver):
    """The player's driver with the open-ended operations: stop and tap."""

    def stop(self) -> None:
        self._apply(self.engine.stop)

    def tap_rep(self) -> None:
        self._apply(self.engine.tap_rep)


class SelfTestRun(QObject):
    # Every engine event, after a side's result went to the store.
    engine_event = Signal(object)
    # A result could not be saved: one line for the user (kept until it is).
    problem = Signal(str)
    # Every result so far is in the store.
    stored = Signal()
    finished = Signal()

    def __init__(
        self,
        test: SelfTest,
        store: SelfTestStore | None,
        order: SideOrder = "left_first",
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.test = test
        self.store = store
        self.engine = Engine(selftest_phases(test, order))
        self.driver = OpenEndedDriver(self.engine, clock, self)
        self.driver.engine_event.connect(self._on_event)
        self.clock = clock
        # The sitting's row in the store, made with the first result saved.
        self.sitting: int | None = None
        # Each side's result, saved or not ("left" → 72.4).
        self.results: dict[str, float] = {}
        self._unsaved: dict[str, float] = {}
        self.last_error = ""

    def start(self) -> None:
        self.driver.start()

    @property
    def unsaved(self) -> list[str]:
        """The sides whose result the store has not taken yet."""
        return list(self._unsaved)

    def leave(self) -> None:
        """End now: the side under way is not counted; the sides done stay saved."""
        self.driver.finish_early()

    def _on_event(self, event: Event) -> None:
        if event.kind in ("set_completed", "set_corrected") and event.result is not None:
            value = result_value(self.test, event.result)
            if value is not None:
                self.results[event.result.side] = value
                self._unsaved[event.result.side] = value
                self.save_pending()
        self.engine_event.emit(event)
        if event.kind == "finished":
            self.save_pending()
            self.finished.emit()

    def save_pending(self) -> bool:
        """Write every result not yet in the store; True when none waits."""
        if self.store is None:
            self._unsaved.clear()  # a practice run keeps nothing
            return True
        for side, value in list(self._unsaved.items()):
            try:
                if self.sitting is None:
                    self.sitting = self.store.start_selftest(self.test.id)
                self.store.record_selftest_side(self.sitting, side, value, self.test.unit)
            except StorageError as exc:
                self.last_error = str(exc)
                log.error("Self-test result not saved (kept to try again): %s", exc)
                if side == "left":
                    line = self.tr("The left side's result is not saved yet: {problem}")
                else:
                    line = self.tr("The right side's result is not saved yet: {problem}")
                self.problem.emit(line.format(problem=exc))
                return False
            del self._unsaved[side]
        self.stored.emit()
        return True
