"""The Train tab: choose a routine, play it hands-free, then say how it went."""

from __future__ import annotations

import math
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.catalog import Catalog
from hiptrainer.domain.engine import Event
from hiptrainer.domain.model import Exercise
from hiptrainer.domain.plan import planned_starts, total_seconds
from hiptrainer.settings import Settings
from hiptrainer.ui.player.awake import ScreenAwake
from hiptrainer.ui.player.chooser import RoutineChooser
from hiptrainer.ui.player.playing_view import SIDE_COLOURS, PlayingView
from hiptrainer.ui.player.session import PlayerSession, Summary
from hiptrainer.ui.player.summary_view import SummaryView

if TYPE_CHECKING:
    from hiptrainer.cues.player import CuePlayer

REFRESH_MS = 33  # about 30 redraws a second, only while a routine plays


def _work_step(exercise: Exercise, art: object | None) -> int:
    """The step to show while working: for a hold, the held position (the last step); for
    reps, the first step that is a movement (the rep itself)."""
    last = len(exercise.steps) - 1
    if art is None or exercise.dosage.is_hold:
        return last
    from hiptrainer.figures.poses import rep_pose

    rep = rep_pose(art.poses)  # type: ignore[attr-defined]
    for index, step in enumerate(exercise.steps):
        if step.pose == rep:
            return index
    return last


class TrainTab(QWidget):
    sessionFinished = Signal(object)  # noqa: N815 (Qt signal naming)

    def __init__(
        self,
        catalog: Catalog,
        store_getter: Callable[[], object | None] = lambda: None,
        clock: Callable[[], float] = time.monotonic,
        confirm_leave: Callable[[], bool] | None = None,
        settings: Settings | None = None,
        sound_folder: Path | None = None,
        speech_engine: str | None = None,
        awake: ScreenAwake | None = None,
        ask_number: Callable[[str, float, int], float | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("train")
        self.catalog = catalog
        self._store = store_getter
        self._clock = clock
        self._confirm_leave = confirm_leave or self._ask_leave
        self._ask_number = ask_number or self._ask_number_dialog
        self.session: PlayerSession | None = None
        self._art: dict[str, object | None] = {}
        self.settings = settings or Settings()
        self._sound_folder = sound_folder
        self._speech_engine = speech_engine
        self.cues: CuePlayer | None = None
        self.awake = awake or ScreenAwake()

        self.chooser = RoutineChooser(catalog, self.settings)
        self.routines = self.chooser.routines
        self.start_button = self.chooser.start_button
        self.options = self.chooser.options
        chooser = self.chooser

        self.playing = PlayingView()
        self.summary = SummaryView()
        self.pages = QStackedWidget()
        for page in (chooser, self.playing, self.summary):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.pages)

        self.refresh = QTimer(self)
        self.refresh.setInterval(REFRESH_MS)
        self.refresh.timeout.connect(self._redraw)
        self._flash = QTimer(self)
        self._flash.setSingleShot(True)
        self._flash.setInterval(350)
        self._flash.timeout.connect(self.playing.end_flash)

        self.routines.itemActivated.connect(lambda _item: self.start())
        self.start_button.clicked.connect(lambda: self.start())
        self.summary.saved.connect(self._save_summary)
        self._make_keys()

    # --- choosing ---------------------------------------------------------------------------

    def selected_workout(self) -> str:
        return str(self.routines.currentItem().data(Qt.ItemDataRole.UserRole))

    # --- playing ----------------------------------------------------------------------------

    def resume(self, workout_id: str, session_id: int) -> bool:
        """Continue an interrupted session; False if its routine no longer exists."""
        store = self._store()
        if workout_id not in self.catalog.workouts or store is None:
            return False
        done = {(s.exercise, s.side, s.set_index, s.rep_index) for s in store.sets(session_id)}  # type: ignore[attr-defined]
        for row in range(self.routines.count()):
            if self.routines.item(row).data(Qt.ItemDataRole.UserRole) == workout_id:
                self.routines.setCurrentRow(row)
        self.start(resume=(session_id, done))
        return True

    def start(self, resume: tuple[int, set[tuple[str, str, int, int]]] | None = None) -> None:
        workout = self.catalog.workouts[self.selected_workout()]
        self.session = PlayerSession(
            workout,
            self.catalog.exercises,
            self._store(),
            order=self.settings.side_order,  # type: ignore[arg-type]
            clock=self._clock,
            parent=self,
        )
        self._start_cues()
        self.session.event.connect(self._on_event)
        self.session.finished.connect(self._on_finished)
        self.session.problem.connect(self._on_problem)
        self._planned = total_seconds(self.session.phases)
        self._starts = planned_starts(self.session.phases)
        self.pages.setCurrentWidget(self.playing)
        self.playing.setFocus()
        if resume is not None:
            self.session.resume(*resume)
        else:
            self.session.start()
        self.refresh.start()

    def _illustration(self, exercise: Exercise) -> object | None:
        if exercise.id not in self._art:
            try:
                from hiptrainer.figures.poses import load_poses
                from hiptrainer.figures.render import Illustration

                self._art[exercise.id] = Illustration(
                    load_poses(exercise.id), exercise.primary_muscles
                )
            except Exception:  # noqa: BLE001 (a missing picture must never stop a workout)
                self._art[exercise.id] = None
        return self._art[exercise.id]

    def _start_cues(self) -> None:
        from hiptrainer.cues.player import CuePlayer

        if self.cues is None:
            names = {e.id: e.name for e in self.catalog.exercises.values()}
            folder = self._sound_folder or Path(tempfile.gettempdir()) / "hiptrainer-sounds"
            self.cues = CuePlayer(folder, names, speech_engine=self._speech_engine, parent=self)
            self.cues.notice.connect(self._on_problem)
        self.cues.tones_on, self.cues.voice_on = self.settings.tones, self.settings.voice
        self.cues.set_volume(self.settings.volume)
        self.cues.announce_problems()

    def _cue(self, event: Event) -> None:
        if self.cues is None or self.session is None:
            return
        phases = self.session.phases
        phase = phases[event.phase]
        upcoming = next((p for p in phases[event.phase + 1 :] if p.kind == "work"), None)
        self.cues.handle(event, phase, upcoming)

    def _on_event(self, event: Event) -> None:
        self._cue(event)
        if event.kind in ("phase_started", "resumed") and self.session is not None:
            if self.session.engine.state == "running":
                self.awake.hold()
        elif event.kind in ("paused", "finished"):
            self.awake.release()
        if event.kind in ("phase_started", "paused", "resumed"):
            self._show_current()
        if event.kind == "phase_started":
            phase = self.session.engine.phase  # type: ignore[union-attr]
            self.playing.flash_phase(SIDE_COLOURS.get(phase.side, "#495057"))
            self._flash.start()

    def _show_current(self) -> None:
        if self.session is None:
            return
        engine = self.session.engine
        phase = engine.phase
        if phase.kind == "done":
            return
        exercise = self.catalog.exercises[phase.exercise]
        art = self._illustration(exercise)
        step = _work_step(exercise, art) if phase.kind == "work" else 0
        next_name = ""
        if phase.kind in ("rest", "transition", "switch_sides"):
            upcoming = next(
                (p for p in engine.phases[engine.index + 1 :] if p.kind == "work"), None
            )
            if upcoming is not None:
                next_exercise = self.catalog.exercises[upcoming.exercise]
                next_name = next_exercise.name
                if upcoming.side != "both":
                    next_name += f", {upcoming.side} side"
        self.playing.show_phase(
            phase, exercise.name, exercise.steps[step].text, next_name, engine.state == "paused"
        )
        self._step = step
        self._redraw()

    def _redraw(self) -> None:
        if self.session is None:
            return
        engine = self.session.engine
        phase = engine.phase
        if phase.kind == "done":
            return
        now = self._clock()
        remaining = engine.remaining(now)
        exercise = self.catalog.exercises[phase.exercise]
        art = self._art.get(exercise.id)
        t = 1.0
        if remaining is None:
            self.playing.ring.show_value(
                str(phase.target_reps or ""), 1.0, "reps — Enter when done"
            )
        elif phase.kind == "work" and phase.rep_seconds:
            elapsed = engine.elapsed(now)
            rep = min(int(elapsed // phase.rep_seconds) + 1, phase.reps)
            within = elapsed - (rep - 1) * phase.rep_seconds
            lift, pause, lower = phase.tempo or (1.0, 1.0, 1.0)
            if within < lift:
                t = within / lift
            elif within > lift + pause:
                t = max(0.0, 1 - (within - lift - pause) / lower)
            self.playing.ring.show_value(
                str(rep), elapsed / (phase.duration or 1), f"rep of {phase.reps}"
            )
        else:
            duration = engine.length() or 0.0
            self.playing.ring.show_value(
                str(math.ceil(remaining)), 1 - remaining / max(duration, 1e-6), "seconds"
            )
        if art is not None:
            pose = exercise.steps[self._step].pose
            self.playing.figure.show_pose(
                art,
                pose,
                phase.side if phase.side != "both" else "left",
                t if phase.kind == "work" else 1.0,
            )
        done = self._starts[engine.index] + engine.elapsed(now)
        self.playing.progress.setValue(round(100 * min(done / max(self._planned, 1), 1.0)))
        left = max(0, round(self._planned - done))
        self.playing.time_left.setText(f"{left // 60}:{left % 60:02d} left")

    def _on_finished(self, summary: Summary) -> None:
        self.refresh.stop()
        self.summary.show_summary(summary, self.catalog.workouts[self.selected_workout()].name)
        self.pages.setCurrentWidget(self.summary)

    def _on_problem(self, message: str) -> None:
        self.playing.next_label.setText(f"⚠ {message}")
        self.playing.next_label.show()

    def _save_summary(self, rpe: int, pain_during: int, pain_after: int, notes: str) -> None:
        if self.session is not None:
            self.session.save_feedback(rpe, pain_during, pain_after, notes)
            self.sessionFinished.emit(self.session.session_id)
        self.session = None
        self.pages.setCurrentIndex(0)

    def leave(self) -> None:
        if self.session is None or self.pages.currentWidget() is not self.playing:
            return
        if self.session.engine.state == "running":
            self.session.driver.pause()
        if not self._confirm_leave():
            return
        self.refresh.stop()
        if self.cues is not None:
            self.cues.stop()
        self.session.leave()
        self.awake.release()
        self.session = None
        self.pages.setCurrentIndex(0)

    def _ask_number_dialog(self, question: str, current: float, top: int) -> float | None:
        from PySide6.QtWidgets import QInputDialog

        value, ok = QInputDialog.getInt(self, "Fix the last set", question, round(current), 0, top)
        return value if ok else None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.session is not None and self.pages.currentWidget() is self.playing:
            self.refresh.start()  # the display follows the clock only while it can be seen

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        self.refresh.stop()

    def _ask_leave(self) -> bool:
        answer = QMessageBox.question(
            self,
            "Leave the workout?",
            "The sets you have done are saved. Leave this workout now?",
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- keys -----------------------------------------------------------------------------

    def _make_keys(self) -> None:
        view = self.playing
        view.pause.connect(self._toggle_pause)
        view.skip.connect(self._skip)
        view.back.connect(self._back)
        view.extend.connect(self._extend)
        view.complete.connect(self._complete)
        view.leave.connect(self.leave)
        view.fix.connect(self.fix_last)
        view.fullscreen.connect(self._fullscreen)

    def _toggle_pause(self) -> None:
        if self.session is not None:
            self.session.driver.toggle_pause()

    def _skip(self) -> None:
        if self.session is not None:
            self.session.driver.skip()

    def _back(self) -> None:
        if self.session is not None:
            self.session.driver.back()

    def _extend(self) -> None:
        if self.session is not None:
            self.session.driver.extend()
            self._redraw()

    def _complete(self) -> None:
        if self.session is not None:
            self.session.driver.complete()

    def fix_last(self) -> None:
        """Correct the reps or the hold of the most recent set (saved again at once)."""
        if self.session is None or not self.session.engine.results:
            return
        last = self.session.engine.results[-1]
        name = self.catalog.exercises[last.exercise].name
        if last.target_hold_s is not None:
            held = self._ask_number(f"{name}: seconds held in the last hold", last.hold_s or 0, 600)
            if held is not None:
                self.session.driver.correct_last(hold_s=float(held))
        else:
            reps = self._ask_number(f"{name}: reps done in the last set", last.reps or 0, 200)
            if reps is not None:
                self.session.driver.correct_last(reps=int(reps))

    def _fullscreen(self) -> None:
        window = self.window()
        window.showNormal() if window.isFullScreen() else window.showFullScreen()
