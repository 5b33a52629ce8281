"""The Train tab: choose a routine, play it hands-free, then say how it went.

The tab can be built before the main window exists (the window may restore it as the last tab
from inside its constructor): it asks for the store only when it needs it, and the window
only for full screen.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from hiptrainer.catalog import Catalog
from hiptrainer.domain.engine import Event
from hiptrainer.settings import Settings
from hiptrainer.ui.player.awake import ScreenAwake
from hiptrainer.ui.player.chooser import Recording, RoutineChooser
from hiptrainer.ui.player.display import PhaseDisplay
from hiptrainer.ui.player.options import LEVEL
from hiptrainer.ui.player.playing_view import SIDE_COLOURS, PlayingView
from hiptrainer.ui.player.ports import SessionStore
from hiptrainer.ui.player.session import PlayerSession
from hiptrainer.ui.player.summary_view import SummaryView
from hiptrainer.ui.player.tally import Summary
from hiptrainer.ui.player.wording import work_text

if TYPE_CHECKING:
    from hiptrainer.cues.player import CuePlayer
    from hiptrainer.cues.tones import ToneOutput

REFRESH_MS = 33  # about 30 redraws a second, only while a routine plays


class TrainTab(QWidget):
    sessionFinished = Signal(object)  # noqa: N815 (Qt signal naming)

    def __init__(
        self,
        catalog: Catalog,
        store_getter: Callable[[], SessionStore | None] = lambda: None,
        clock: Callable[[], float] = time.monotonic,
        confirm_leave: Callable[[], bool] | None = None,
        settings: Settings | None = None,
        sound_folder: Path | None = None,
        speech_engine: str | None = None,
        awake: ScreenAwake | None = None,
        ask_number: Callable[[str, float, int], float | None] | None = None,
        wall_clock: Callable[[], datetime] | None = None,
        tone_output: ToneOutput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("train")
        self.catalog = catalog
        self._store = store_getter  # asked when needed: the store opens after the first paint
        self._clock = clock
        self._wall_clock = wall_clock
        self._confirm_leave = confirm_leave or self._ask_leave
        self._ask_number = ask_number or self._ask_number_dialog
        self.session: PlayerSession | None = None
        self.settings = settings or Settings()
        self._sound_folder = sound_folder
        self._speech_engine = speech_engine
        self._tone_output = tone_output
        self.cues: CuePlayer | None = None
        self.awake = awake or ScreenAwake()
        #: What the playing page keeps saying, by topic: "practice", "sound", "storage".
        self._notices: dict[str, str] = {}

        self.chooser = RoutineChooser(catalog, self.settings)
        self.routines = self.chooser.routines
        self.start_button = self.chooser.start_button
        self.options = self.chooser.options
        self.playing = PlayingView()
        self.display = PhaseDisplay(self.playing, catalog.exercises)
        self.summary = SummaryView()
        self.pages = QStackedWidget()
        for page in (self.chooser, self.playing, self.summary):
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

        self.chooser.chosen.connect(lambda: self.start())
        self.start_button.clicked.connect(lambda: self.start())
        self.summary.saved.connect(self._save_summary)
        self.summary.discarded.connect(self._back_to_chooser)
        self._make_keys()

    # --- choosing ---------------------------------------------------------------------------

    def selected_workout(self) -> str:
        return str(self.routines.currentItem().data(Qt.ItemDataRole.UserRole))

    def recording(self) -> Recording:
        """Whether a workout started now is saved, refused (read-only data) or practice."""
        store = self._store()
        if store is None:
            return "practice"
        return "read_only" if store.read_only else "saved"

    def storage_changed(self) -> None:
        """The training data opened, closed or changed; the chooser says what Start will do."""
        self.chooser.set_recording(self.recording())

    def _select(self, workout_id: str) -> None:
        for row in range(self.routines.count()):
            if self.routines.item(row).data(Qt.ItemDataRole.UserRole) == workout_id:
                self.routines.setCurrentRow(row)

    def start_routine(self, workout_id: str) -> bool:
        """Choose ``workout_id`` and play it (from elsewhere in the app, e.g. the Progress
        tab's empty page); False if it does not exist or cannot start now."""
        if workout_id not in self.catalog.workouts or self.session is not None:
            return False
        self._select(workout_id)
        return self.start()

    # --- playing ----------------------------------------------------------------------------

    def resume(self, workout_id: str, session_id: int) -> bool:
        """Continue an interrupted session; False if its routine no longer exists or its
        sets cannot be recorded (read-only or no training data: the chooser says which)."""
        self.storage_changed()
        if workout_id not in self.catalog.workouts or self.chooser.recording != "saved":
            return False
        self._select(workout_id)
        return self.start(resume_session=session_id)

    def start(self, resume_session: int | None = None) -> bool:
        """Play the selected routine (or continue ``resume_session``); False if refused."""
        self.storage_changed()
        if self.chooser.recording == "read_only" or self.session is not None:
            return False
        workout = self.catalog.workouts[self.selected_workout()]
        session = PlayerSession(
            workout,
            self.catalog.exercises,
            self._store(),
            order=self.settings.side_order,
            level=LEVEL,
            clock=self._clock,
            wall_clock=self._wall_clock,
            parent=self,
        )
        self.session = session
        self._notices = {}
        if session.store is None:
            self._notices["practice"] = "Practice run: nothing is saved"
        self._start_cues()
        session.engine_event.connect(self._on_event)
        session.finished.connect(self._on_finished)
        session.problem.connect(self._on_problem)
        self.display.begin(session.phases)
        self.playing.show_notices(list(self._notices.values()))
        self.pages.setCurrentWidget(self.playing)
        self.playing.setFocus()
        if resume_session is not None:
            session.resume(resume_session)
        else:
            session.start()
        if self.isVisible() and self.pages.currentWidget() is self.playing:
            self.refresh.start()
        return True

    def _start_cues(self) -> None:
        from hiptrainer.cues.player import CuePlayer

        if self.cues is None:
            names = {e.id: e.name for e in self.catalog.exercises.values()}
            folder = self._sound_folder or Path(tempfile.gettempdir()) / "hiptrainer-sounds"
            self.cues = CuePlayer(
                folder,
                names,
                speech_engine=self._speech_engine,
                tone_output=self._tone_output,
                parent=self,
                exercises=self.catalog.exercises,
            )
            self.cues.notice.connect(self._on_sound_notice)
        self.cues.tones_on, self.cues.voice_on = self.settings.tones, self.settings.voice
        self.cues.set_volume(self.settings.volume)
        self.cues.announce_problems()

    def _on_event(self, event: Event) -> None:
        session = self.session
        if session is None:
            return
        phases = session.phases
        if self.cues is not None:
            upcoming = next((p for p in phases[event.phase + 1 :] if p.kind == "work"), None)
            self.cues.handle(event, phases[event.phase], upcoming)
        if event.kind in ("phase_started", "resumed"):
            if session.engine.state == "running":
                self.awake.hold()
        elif event.kind in ("paused", "finished"):
            self.awake.release()
        if "storage" in self._notices and session.in_store:
            del self._notices["storage"]  # everything kept is in the store now
            self.playing.show_notices(list(self._notices.values()))
        if event.kind in ("phase_started", "paused", "resumed"):
            self.display.show_current(session.engine, self._clock())
        if event.kind == "phase_started":
            self.playing.flash_phase(SIDE_COLOURS.get(session.engine.phase.side, "#495057"))
            self._flash.start()

    def _redraw(self) -> None:
        if self.session is not None:
            self.display.redraw(self.session.engine, self._clock())

    def _on_finished(self, summary: Summary) -> None:
        self.refresh.stop()
        self.summary.show_summary(summary, self.catalog.workouts[self.selected_workout()].name)
        self.pages.setCurrentWidget(self.summary)

    def _on_problem(self, message: str) -> None:
        """The store refused a set or the session: said until it is saved after all."""
        if self.pages.currentWidget() is self.summary:
            self.summary.show_warning(message)
        else:
            self._notices["storage"] = message
            self.playing.show_notices(list(self._notices.values()))

    def _on_sound_notice(self, message: str) -> None:
        self._notices["sound"] = message
        self.playing.show_notices(list(self._notices.values()))

    def _save_summary(
        self, rpe: int | None, pain_during: int | None, pain_after: int | None, notes: str
    ) -> None:
        session = self.session
        if session is None:
            return
        if not session.save_feedback(rpe, pain_during, pain_after, notes):
            what = f"{work_text(*session.unsaved_work())} and " if session.unsaved else ""
            self.summary.save_failed(f"{what}how it felt — {session.last_error}")
            return
        if session.session_id is not None:
            self.sessionFinished.emit(session.session_id)
        self._back_to_chooser()

    def _back_to_chooser(self) -> None:
        self.session = None
        self.pages.setCurrentWidget(self.chooser)
        self.storage_changed()
        self.routines.setFocus()

    def leave(self) -> None:
        session = self.session
        if session is None or self.pages.currentWidget() is not self.playing:
            return
        if session.engine.state == "running":
            session.driver.pause()
        if not self._confirm_leave():
            return
        self.refresh.stop()
        if self.cues is not None:
            self.cues.stop()
        session.leave()
        self.awake.release()
        self._back_to_chooser()

    def _ask_number_dialog(self, question: str, current: float, top: int) -> float | None:
        from PySide6.QtWidgets import QInputDialog

        value, ok = QInputDialog.getInt(self, "Fix the last set", question, round(current), 0, top)
        return value if ok else None

    def _ask_leave(self) -> bool:
        session = self.session
        if session is not None and session.store is None:
            text = "This practice run is not saved. Leave it now?"
        elif session is not None and session.unsaved:
            lost = work_text(*session.unsaved_work())
            text = f"{lost} could not be saved and will be lost. Leave this workout now?"
        else:
            text = "The sets you have done are saved. Leave this workout now?"
        answer = QMessageBox.question(self, "Leave the workout?", text)
        return answer == QMessageBox.StandardButton.Yes

    # --- shown and hidden -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        page = self.pages.currentWidget()
        if page is self.chooser:
            # Ctrl+2 lands here: the list has the keys (↓ chooses, Enter starts).
            self.storage_changed()
            self.routines.setFocus()
        elif page is self.playing and self.session is not None:
            self.playing.setFocus()
            self.refresh.start()  # the display follows the clock only while it can be seen

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        self.refresh.stop()

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
