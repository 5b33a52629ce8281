"""One workout being played: the plan, the engine on its timer, and every set saved at once.

Each completed (or skipped) work phase is written to the store as soon as the next phase is
on screen: the engine's events go out first (the cue sounds, the new phase is drawn), and the
commit, which waits for the disk, follows in the same turn of the event loop, after the paint.
A correction rewrites the same set. Before anything counts a set as saved (the summary, the
end of the workout, leaving it, the window closing) whatever waits is committed first. A set
the store cannot take (the disk is full for a moment) is kept in memory and tried again with
the next set, at the end and when the summary is saved; until then it is counted as unsaved,
never as saved. The workout always goes on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal

from hiptrainer.domain.engine import Engine, Event, WorkResult
from hiptrainer.domain.model import Exercise, Workout
from hiptrainer.domain.plan import PREPARE_S, SWITCH_SIDES_S, DoseLevel, Phase, SideOrder, expand
from hiptrainer.domain.records import SetRecord, Status
from hiptrainer.domain.resume import resume_index, seconds_before
from hiptrainer.domain.summary import (
    Summary,
    WorkKey,
    count_exercises,
    count_sides,
    kinds,
    merged,
    work_key,
)
from hiptrainer.storage.errors import StorageError
from hiptrainer.ui.player.driver import EngineDriver
from hiptrainer.ui.player.ports import SessionStore
from hiptrainer.ui.player.wording import pending_text

log = logging.getLogger(__name__)

# "Save what waits": posted below the priority of a widget's repaint, so the new phase is
# painted before the commit waits for the disk.
SAVE_LATER = QEvent.Type(QEvent.registerEventType())
SAVE_PRIORITY = Qt.EventPriority.LowEventPriority.value - 1


def _local_now() -> datetime:
    return datetime.now().astimezone()


class PlayerSession(QObject):
    # Every engine event, after its set has been saved (or kept to save later).
    engine_event = Signal(object)
    problem = Signal(str)  # a set or the session could not be saved: one line for the user
    # Everything done so far is in the store now (after sets had waited for it).
    stored = Signal()
    finished = Signal(object)  # Summary

    def __init__(
        self,
        workout: Workout,
        exercises: dict[str, Exercise],
        store: SessionStore | None,
        order: SideOrder = "left_first",
        level: DoseLevel = "low",
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], datetime] | None = None,
        parent: QObject | None = None,
        *,
        prepare_s: float = PREPARE_S,
        switch_s: float = SWITCH_SIDES_S,
    ) -> None:
        super().__init__(parent)
        self.workout = workout
        self.exercises = exercises
        self.store = store
        # The get-ready and switch-sides times are the settings' (the chooser's estimate
        # uses the same: what it says is what plays).
        self.phases: list[Phase] = expand(
            workout, exercises, order, level, switch_s=switch_s, prepare_s=prepare_s
        )
        self.engine = Engine(self.phases)
        self.driver = EngineDriver(self.engine, clock, self)
        self.driver.engine_event.connect(self._on_event)
        self._clock = clock
        self._wall_clock = wall_clock or _local_now
        self._mono_origin = 0.0
        self._wall_origin = self._wall_clock()
        self.session_id: int | None = None
        self._resume_index = 0
        # Sets done before an interruption, read back from the store when resuming.
        self._earlier: list[SetRecord] = []
        self._earlier_seconds = 0.0
        # Sets the store has not taken yet, oldest first.
        self._unsaved: dict[WorkKey, SetRecord] = {}
        # Why the store last refused something (one line), '' if it never did.
        self.last_error = ""
        self._save_posted = False

    # --- starting ------------------------------------------------------------------------

    def resume(self, session_id: int) -> None:
        """Continue an interrupted session at its first unfinished set (the rest or switch
        before it, if there is one, gives time to get ready). What was saved before the
        interruption counts in the summary."""
        self.session_id = session_id
        if self.store is not None:
            try:
                self._earlier = self.store.sets(session_id)
                started = self.store.session(session_id).started_at
            except StorageError as exc:
                log.error("Cannot read the interrupted session: %s", exc)
                self.problem.emit(
                    self.tr("The sets saved before could not be read: {problem}").format(
                        problem=exc
                    )
                )
            else:
                self._earlier_seconds = seconds_before(started, self._earlier)
        done = {work_key(record) for record in self._earlier}
        self._resume_index = resume_index(self.phases, done)
        self.start()

    def start(self) -> None:
        self._mono_origin = self._clock()
        self._wall_origin = self._wall_clock()
        if self.session_id is not None:
            self.driver.start(self._resume_index)
            return
        self._open_session()
        self.driver.start()

    def _open_session(self) -> bool:
        """A session row to save sets under; False if the store cannot make one (yet)."""
        if self.session_id is not None:
            return True
        if self.store is None:
            return False
        try:
            self.session_id = self.store.start_session(self.workout.id)
        except StorageError as exc:
            self.last_error = str(exc)
            log.error("Cannot start a session: %s", exc)
            self.problem.emit(
                self.tr("Not saving yet, will try again: {problem}").format(problem=exc)
            )
            return False
        return True

    def wall(self, mono: float) -> datetime:
        return self._wall_origin + timedelta(seconds=mono - self._mono_origin)

    # --- ending --------------------------------------------------------------------------

    def leave(self) -> None:
        """The user left before the end: what was done stays, the session is abandoned."""
        self.driver.finish_early()
        self._close("abandoned")

    def save_feedback(
        self, rpe: int | None, pain_during: int | None, pain_after: int | None, notes: str
    ) -> bool:
        """Store how it felt and close the session; False if the store could not take it
        (the unsaved sets and the feedback stay here, to try again)."""
        return self._close(
            "completed", rpe=rpe, pain_during=pain_during, pain_after=pain_after, notes=notes
        )

    def _close(
        self,
        status: Status,
        *,
        rpe: int | None = None,
        pain_during: int | None = None,
        pain_after: int | None = None,
        notes: str = "",
    ) -> bool:
        if self.store is None:
            return True  # a practice run: there was nothing to save
        if not self.save_pending() or self.session_id is None:
            return False
        try:
            self.store.finish_session(
                self.session_id,
                status,
                rpe=rpe,
                pain_during=pain_during,
                pain_after=pain_after,
                notes=notes,
            )
        except StorageError as exc:
            self.last_error = str(exc)
            log.error("Session not closed: %s", exc)
            self.problem.emit(
                self.tr("The session could not be saved: {problem}").format(problem=exc)
            )
            return False
        return True

    # --- saving sets ---------------------------------------------------------------------

    @property
    def unsaved(self) -> int:
        """Holds and sets done that the store has not taken yet."""
        return len(self._unsaved)

    @property
    def in_store(self) -> bool:
        """Everything done so far is in the store (a session row, and every set)."""
        return self.store is not None and self.session_id is not None and not self._unsaved

    def unsaved_work(self) -> tuple[int, int]:
        """The holds and the sets of reps the store has not taken yet."""
        return kinds(self._unsaved.values())

    def save_pending(self) -> bool:
        """Try the sets the store has not taken yet, oldest first; True when none is left."""
        if self.store is None:
            return True
        if not self._unsaved:
            return True
        if not self._open_session():
            return False
        assert self.session_id is not None
        for key, record in list(self._unsaved.items()):
            try:
                self.store.record_set(self.session_id, record)
            except StorageError as exc:
                self.last_error = str(exc)
                log.error("Set not saved (kept to try again): %s", exc)
                self.problem.emit(pending_text(*self.unsaved_work(), str(exc)))
                return False
            del self._unsaved[key]
        self.stored.emit()
        return True

    def _save_soon(self) -> None:
        """Commit what waits once the events just sent have been drawn (see SAVE_LATER)."""
        if not self._save_posted:
            self._save_posted = True
            QCoreApplication.postEvent(self, QEvent(SAVE_LATER), SAVE_PRIORITY)

    def customEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == SAVE_LATER:
            self._save_posted = False
            self.save_pending()
        else:
            super().customEvent(event)

    def _on_event(self, event: Event) -> None:
        if event.kind in ("set_completed", "set_corrected") and event.result is not None:
            self._keep(event.result)
            self._save_soon()
        self.engine_event.emit(event)
        if event.kind == "finished":
            # Done is done, summary filled in or not: a window closed on the summary page
            # must not leave the workout looking interrupted. Saving the summary adds to it.
            # The summary counts what the store holds, so everything is committed first.
            self._close("completed")
            self.finished.emit(self.summary())

    def _keep(self, result: WorkResult) -> None:
        if self.store is None:
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
        key = work_key(record)
        self._unsaved.pop(key, None)  # a correction goes to the back of the queue
        self._unsaved[key] = record

    # --- the summary ---------------------------------------------------------------------

    def summary(self) -> Summary:
        done = merged(self._earlier, self.engine.results)
        per_side, skipped = count_sides(done)
        return Summary(
            seconds=self._earlier_seconds + self._clock() - self._mono_origin,
            per_side=per_side,
            per_exercise=count_exercises(done),
            skipped=skipped,
            unsaved_holds=self.unsaved_work()[0],
            unsaved_rep_sets=self.unsaved_work()[1],
            recorded=self.store is not None,
            records=self._records(),
        )

    def _records(self) -> list[str]:
        """The records this session beat (longest hold, most reps in a set), in words: the
        same rule and words as the Progress tab's records, on the sets the store holds (what
        the Progress tab will show), against every session before this one."""
        if self.store is None or self.session_id is None:
            return []
        from hiptrainer.domain.progress_records import record_words, records_beaten
        from hiptrainer.storage.progress_queries import earlier_bests

        try:
            earlier = earlier_bests(self.store.conn, self.session_id)
            beaten = records_beaten(earlier, self.store.sets(self.session_id))
        except Exception as exc:  # noqa: BLE001 (records are a bonus; never fail the summary)
            log.warning("No records for the summary: %s", exc)
            return []
        return [f"{self._name(record.exercise)}: {record_words(record)}" for record in beaten]

    def _name(self, exercise: str) -> str:
        found = self.exercises.get(exercise)
        return found.name if found is not None else exercise
