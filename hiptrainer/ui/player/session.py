"""One workout being played: the plan, the engine on its timer, and every set saved at once.

Each completed (or skipped) work phase is written to the store the moment the engine reports
it; a correction rewrites the same set. A storage problem is reported, never fatal: the
workout goes on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta

import msgspec
from PySide6.QtCore import QObject, Signal

from hiptrainer.domain.engine import Engine, Event, WorkResult
from hiptrainer.domain.model import Exercise, Workout
from hiptrainer.domain.plan import DoseLevel, Phase, SideOrder, expand
from hiptrainer.domain.records import SetRecord
from hiptrainer.storage.errors import StorageError
from hiptrainer.ui.player.driver import EngineDriver

log = logging.getLogger(__name__)


class SideTotals(msgspec.Struct):
    sets: int = 0
    reps: int = 0
    hold_s: float = 0.0


class Summary(msgspec.Struct):
    seconds: float
    sets_done: int
    sets_skipped: int
    per_side: dict[str, SideTotals]
    records: list[str] = []


class PlayerSession(QObject):
    event = Signal(object)  # every engine event, after it has been saved
    problem = Signal(str)  # a set could not be saved
    finished = Signal(object)  # Summary

    def __init__(
        self,
        workout: Workout,
        exercises: dict[str, Exercise],
        store: object | None,
        order: SideOrder = "left_first",
        level: DoseLevel = "low",
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workout = workout
        self.exercises = exercises
        self.store = store
        self.phases: list[Phase] = expand(workout, exercises, order, level)
        self.engine = Engine(self.phases)
        self.driver = EngineDriver(self.engine, clock, self)
        self.driver.event.connect(self._on_event)
        self._clock = clock
        self._wall_clock = wall_clock
        self._mono_origin = 0.0
        self._wall_origin = wall_clock()
        self.session_id: int | None = None
        self._resume_index = 0

    def resume(self, session_id: int, done: set[tuple[str, str, int, int]]) -> None:
        """Continue an interrupted session at its first unfinished set (the rest or switch
        before it, if there is one, gives time to get ready)."""
        self.session_id = session_id
        index = next(
            (
                i
                for i, p in enumerate(self.phases)
                if p.kind == "work" and (p.exercise, p.side, p.set_index, p.rep_index) not in done
            ),
            len(self.phases) - 1,
        )
        if index > 0 and self.phases[index - 1].kind != "work":
            index -= 1
        self._resume_index = index
        self.start()

    def start(self) -> None:
        self._mono_origin = self._clock()
        self._wall_origin = self._wall_clock()
        if self.session_id is not None:
            self.driver.start(self._resume_index)
            return
        if self.store is not None:
            try:
                self.session_id = self.store.start_session(self.workout.id)  # type: ignore[attr-defined]
            except StorageError as exc:
                log.error("Cannot start a session: %s", exc)
                self.problem.emit(str(exc))
        self.driver.start()

    def wall(self, mono: float) -> datetime:
        return self._wall_origin + timedelta(seconds=mono - self._mono_origin)

    def leave(self) -> None:
        """The user left before the end: what was done stays, the session is abandoned."""
        self.driver.finish_early()
        self._close("abandoned")

    def save_feedback(
        self, rpe: int | None, pain_during: int | None, pain_after: int | None, notes: str
    ) -> None:
        self._close(
            "completed", rpe=rpe, pain_during=pain_during, pain_after=pain_after, notes=notes
        )

    def _close(self, status: str, **feedback: object) -> None:
        if self.store is None or self.session_id is None:
            return
        try:
            self.store.finish_session(self.session_id, status, **feedback)  # type: ignore[attr-defined]
        except StorageError as exc:
            self.problem.emit(str(exc))

    def _on_event(self, event: Event) -> None:
        if event.kind in ("set_completed", "set_corrected") and event.result is not None:
            self._save(event.result)
        self.event.emit(event)
        if event.kind == "finished":
            self.finished.emit(self.summary())

    def _save(self, result: WorkResult) -> None:
        if self.store is None or self.session_id is None:
            return
        record = SetRecord(
            exercise=result.exercise,
            side=result.side,  # type: ignore[arg-type]
            set_index=result.set_index,
            rep_index=result.rep_index,
            target_reps=result.target_reps,
            reps=result.reps,
            target_hold_s=result.target_hold_s,
            hold_s=result.hold_s,
            started_at=self.wall(result.started),
            ended_at=self.wall(max(result.ended, result.started)),
            skipped=result.skipped,
        )
        try:
            self.store.record_set(self.session_id, record)  # type: ignore[attr-defined]
        except StorageError as exc:
            log.error("Set not saved: %s", exc)
            self.problem.emit(f"This set could not be saved: {exc}")

    def summary(self) -> Summary:
        per_side: dict[str, SideTotals] = {}
        done = skipped = 0
        for result in self.engine.results:
            if result.skipped:
                skipped += 1
                continue
            done += 1
            totals = per_side.setdefault(result.side, SideTotals())
            totals.sets += 1
            totals.reps += result.reps or 0
            totals.hold_s += result.hold_s or 0.0
        seconds = self._clock() - self._mono_origin
        return Summary(
            seconds=seconds,
            sets_done=done,
            sets_skipped=skipped,
            per_side=per_side,
            records=self._records(),
        )

    def _records(self) -> list[str]:
        """New bests (longest hold, most reps in a set) set in this session, in words."""
        if self.store is None or self.session_id is None:
            return []
        from hiptrainer.storage.queries import records_set_in

        try:
            found = records_set_in(self.store.conn, self.session_id)  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 (records are a bonus; never fail the summary)
            return []
        lines = []
        for record in found:
            if record.previous is None:
                continue  # a first time is not a record yet
            name = self.exercises[record.exercise].name
            side = "" if record.side == "both" else f", {record.side} side"
            if record.kind == "hold":
                lines.append(f"{name}{side}: {record.value:g} s hold (was {record.previous:g} s)")
            else:
                lines.append(f"{name}{side}: {record.value:g} reps (was {record.previous:g})")
        return lines
