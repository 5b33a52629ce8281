"""The Train tab: choose a routine, play it hands-free, then say how it went.

The tab assembles its three pages (:mod:`chooser`, :mod:`playing_view`, :mod:`summary_view`),
starts a :class:`PlayerSession` for the chosen routine, hands it to :class:`Playback` (cues,
display, the screen kept awake) and forwards the player's keys to it. The rules live in the
domain: the plan, the engine, where a resumed session goes on, the summary's totals.

The tab can be built before the main window exists (the window may restore it as the last tab
from inside its constructor): it asks for the store only when it needs it, and the window
only for full screen.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from hiptrainer.catalog import Catalog
from hiptrainer.settings import Settings
from hiptrainer.ui.player.asking import ask_number, ask_yes
from hiptrainer.ui.player.awake import ScreenAwake
from hiptrainer.ui.player.chooser import CatalogPictures, Recording, RoutineChooser
from hiptrainer.ui.player.display import PhaseDisplay
from hiptrainer.ui.player.options import LEVEL
from hiptrainer.ui.player.playback import Playback
from hiptrainer.ui.player.playing_view import PlayingView
from hiptrainer.ui.player.ports import SessionStore
from hiptrainer.ui.player.selftest.mode import SelfTestMode
from hiptrainer.ui.player.selftest.ports import CatalogOwner
from hiptrainer.ui.player.selftest.suggestion_keeper import SuggestionKeeper
from hiptrainer.ui.player.session import PlayerSession
from hiptrainer.ui.player.summary_view import SummaryView
from hiptrainer.ui.player.wording import feeling_unsaved_text, fix_question, leave_question

if TYPE_CHECKING:
    from hiptrainer.cues.player import CuePlayer
    from hiptrainer.cues.tones import ToneOutput
    from hiptrainer.domain.selftest import SelfTest
    from hiptrainer.domain.summary import Summary


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
        selftests: Mapping[str, SelfTest] | None = None,
        catalog_owner: Callable[[], CatalogOwner | None] | None = None,
        today: Callable[[], date] = date.today,
        ask_count: Callable[[str, int], int | None] | None = None,
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
        self._sound_folder = sound_folder
        self._speech_engine = speech_engine
        self._tone_output = tone_output
        self.session: PlayerSession | None = None
        self.settings = settings or Settings()

        # Each exercise's illustration (the user's own too) for the chooser and the player.
        pictures = CatalogPictures()
        self.chooser = RoutineChooser(catalog, self.settings, pictures)
        self.routines = self.chooser.routines
        self.start_button = self.chooser.start_button
        self.options = self.chooser.options
        self.playing = PlayingView()
        self.display = PhaseDisplay(self.playing, catalog.exercises, pictures)
        self.playback = Playback(self.playing, self.display, self._make_cues, clock, awake, self)
        self.awake = self.playback.awake
        self.refresh = self.playback.refresh
        self.summary = SummaryView()
        if selftests is None:
            from hiptrainer.catalog.selftests import bundled_selftests

            selftests = bundled_selftests()
        self.tests = SelfTestMode(
            selftests, catalog.exercises, self._store, clock, today,
            confirm_leave, ask_count, pictures, sound=self._sound,
        )  # fmt: skip
        self._owner = catalog_owner or self._window_owner
        self._today = today
        self.suggestions = SuggestionKeeper(
            [self.chooser.suggestions, self.summary.suggestions],
            lambda: self.catalog, self._store, self._owner, today, self,
        )  # fmt: skip
        self.pages = QStackedWidget()
        for page in (self.chooser, self.playing, self.summary, self.tests):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.pages)

        self.chooser.chosen.connect(lambda: self.start())
        self.start_button.clicked.connect(lambda: self.start())
        self.summary.saved.connect(self._save_summary)
        self.summary.discarded.connect(self._back_to_chooser)
        self.summary.ratings_changed.connect(self._suggest_after)
        self.chooser.test_button.clicked.connect(self.show_tests)
        self.chooser.routines.currentRowChanged.connect(lambda _row: self._suggest_before())
        self.tests.back.connect(self._back_to_chooser)
        self.suggestions.applied.connect(self.chooser.select)
        self._forward_keys()

    @property
    def cues(self) -> CuePlayer | None:
        return self.playback.cues

    # --- choosing ---------------------------------------------------------------------------

    def selected_workout(self) -> str:
        return self.chooser.selected()

    def recording(self) -> Recording:
        """Whether a workout started now is saved, refused (read-only data) or practice."""
        store = self._store()
        if store is None:
            return "practice"
        return "read_only" if store.read_only else "saved"

    def storage_changed(self) -> None:
        """The training data opened, closed or changed; the chooser says what Start will do
        and what the rules suggest for the chosen routine."""
        self.chooser.set_recording(self.recording())
        self._suggest_before()

    def set_catalog(self, catalog: Catalog) -> None:
        """A new catalogue (the user's own routines read, imported, edited, or a suggestion
        applied): the chooser lists it; a workout under way plays on as it began."""
        self.catalog = catalog
        self.display.exercises = catalog.exercises
        self.chooser.set_catalog(catalog)
        self._suggest_before()

    def _window_owner(self) -> CatalogOwner | None:
        """The window keeps the user's definitions and hands every tab a new catalogue."""
        window = self.window()
        if hasattr(window, "definitions") and hasattr(window, "set_catalog"):
            return window
        return None

    # --- suggestions ------------------------------------------------------------------------

    def _suggest_before(self) -> None:
        """The chosen routine's suggestions for its next session, in the chooser."""
        if self.routines.currentItem() is not None:
            workout = self.catalog.workouts.get(self.selected_workout())
            if workout is not None:
                self.suggestions.show(self.chooser.suggestions, workout)

    def _suggest_after(self) -> None:
        """The summary's suggestions, with the ratings as the page has them now."""
        session = self.session
        if session is None or session.session_id is None or session.store is None:
            return
        from hiptrainer.domain.progress_pain import SessionScores

        scores = SessionScores(
            session.session_id, self._today(), self.summary.rpe.value(),
            self.summary.pain_during.value(), self.summary.pain_after.value(),
        )  # fmt: skip
        self.suggestions.show(self.summary.suggestions, session.workout, scores)

    # --- self-tests -------------------------------------------------------------------------

    def show_tests(self) -> bool:
        """The Test mode's page (not during a workout)."""
        if self.session is not None:
            return False
        self.tests.order = self.settings.side_order
        self.tests.show_picker()
        self.pages.setCurrentWidget(self.tests)
        return True

    def start_routine(self, workout_id: str) -> bool:
        """Choose ``workout_id`` and play it (from elsewhere in the app, e.g. the Progress
        tab's empty page); False if it does not exist or cannot start now."""
        if workout_id not in self.catalog.workouts or self.session is not None:
            return False
        if self.tests.run is not None:
            return False  # a self-test is under way
        self.chooser.select(workout_id)
        return self.start()

    # --- playing ----------------------------------------------------------------------------

    def resume(self, workout_id: str, session_id: int) -> bool:
        """Continue an interrupted session; False if its routine no longer exists or its
        sets cannot be recorded (read-only or no training data: the chooser says which)."""
        self.storage_changed()
        if workout_id not in self.catalog.workouts or self.chooser.recording != "saved":
            return False
        self.chooser.select(workout_id)
        return self.start(resume_session=session_id)

    def start(self, resume_session: int | None = None) -> bool:
        """Play the selected routine (or continue ``resume_session``); False if refused."""
        self.storage_changed()
        if self.chooser.recording == "read_only" or self.session is not None:
            return False
        if self.tests.run is not None and self.tests.playing:
            return False
        session = PlayerSession(
            self.catalog.workouts[self.selected_workout()],
            self.catalog.exercises,
            self._store(),
            order=self.settings.side_order,
            level=LEVEL,
            clock=self._clock,
            wall_clock=self._wall_clock,
            parent=self,
            prepare_s=self.settings.prepare_s,
            switch_s=self.settings.switch_sides_s,
        )
        self.session = session
        self.playback.begin(session, self.settings)
        self._sound().watch(session.engine, self._clock)
        session.finished.connect(self._on_finished)
        session.problem.connect(self._on_problem)
        self.pages.setCurrentWidget(self.playing)
        self.playing.setFocus()
        if resume_session is not None:
            session.resume(resume_session)
        else:
            session.start()
        return True

    def settings_changed(self) -> None:
        """The Settings dialog changed the settings (the window's object, held here): the
        options row, the lengths and the sound follow (a workout under way keeps its times)."""
        self.options.follow_settings()
        self.chooser.show_lengths()
        if self.cues is not None:
            self.cues.follow_settings(self.settings)

    def _sound(self) -> CuePlayer:
        """The cue player (made the first time), sounding as the settings say now."""
        cues = self.playback.ensure_cues()
        cues.follow_settings(self.settings)
        return cues

    def _make_cues(self) -> CuePlayer:
        from hiptrainer.cues.player import CuePlayer

        names = {e.id: e.name for e in self.catalog.exercises.values()}
        names.update({test.id: test.name for test in self.tests.tests.values()})
        folder = self._sound_folder or Path(tempfile.gettempdir()) / "hiptrainer-sounds"
        return CuePlayer(
            folder, names, speech_engine=self._speech_engine, tone_output=self._tone_output,
            parent=self, exercises=self.catalog.exercises,
        )  # fmt: skip

    def _on_finished(self, summary: Summary) -> None:
        self.playback.end()
        session = self.session
        assert session is not None
        names = {e.id: e.name for e in session.exercises.values()}
        self.summary.show_summary(summary, session.workout.name, names)
        self._suggest_after()
        self.pages.setCurrentWidget(self.summary)

    def _on_problem(self, message: str) -> None:
        """The store refused a set or the session: said until it is saved after all."""
        if self.pages.currentWidget() is self.summary:
            self.summary.show_warning(message)
        else:
            self.playback.warn("storage", message)

    def _save_summary(
        self, rpe: int | None, pain_during: int | None, pain_after: int | None, notes: str
    ) -> None:
        session = self.session
        if session is None:
            return
        if not session.save_feedback(rpe, pain_during, pain_after, notes):
            unsaved = session.unsaved_work() if session.unsaved else (0, 0)
            self.summary.save_failed(feeling_unsaved_text(unsaved, session.last_error))
            return
        if session.session_id is not None:
            self.sessionFinished.emit(session.session_id)
        self._back_to_chooser()

    def _back_to_chooser(self) -> None:
        self.session = None
        self.tests.run = None
        self.pages.setCurrentWidget(self.chooser)
        self.storage_changed()
        self.routines.setFocus()

    def leave(self) -> None:
        session = self.session
        if session is None or self.pages.currentWidget() is not self.playing:
            return
        if session.engine.state == "running":
            session.driver.pause()
        session.save_pending()  # so the question counts as saved only what is
        if not self._confirm_leave():
            return
        self.playback.end(hush=True)
        session.leave()
        self._back_to_chooser()

    def _ask_number_dialog(self, question: str, current: float, top: int) -> float | None:
        return ask_number(self, self.tr("Fix the last set"), question, current, top)

    def _ask_leave(self) -> bool:
        if self.session is None:
            return True
        text = leave_question(self.session.store is not None, self.session.unsaved_work())
        return ask_yes(self, self.tr("Leave the workout?"), text)

    # --- shown and hidden -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        page = self.pages.currentWidget()
        if page is self.chooser:
            # Ctrl+2 lands here: the list has the keys (↓ chooses, Enter starts).
            self.storage_changed()
            self.routines.setFocus()
        elif page is self.tests and self.tests.run is None:
            self.tests.show_picker()
        elif page is self.playing and self.session is not None:
            self.playing.setFocus()
            self.playback.redraw()  # the display follows the clock only while it can be seen

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        self.refresh.stop()
        if self.session is not None:
            # The window may be closing: what waits for the disk goes in now.
            self.session.save_pending()

    # --- keys -----------------------------------------------------------------------------

    def _forward_keys(self) -> None:
        view = self.playing
        for signal, operation in (
            (view.pause, "toggle_pause"),
            (view.skip, "skip"),
            (view.back, "back"),
            (view.extend, "extend"),
            (view.complete, "complete"),
        ):
            signal.connect(lambda name=operation: self._drive(name))
        view.leave.connect(self.leave)
        view.fix.connect(self.fix_last)
        view.fullscreen.connect(self._fullscreen)

    def _drive(self, operation: str) -> None:
        if self.session is not None:
            getattr(self.session.driver, operation)()
            if operation == "extend":  # the engine says nothing of it: redraw, re-time
                self.playback.redraw()
                if self.cues is not None:
                    self.cues.early.follow()

    def fix_last(self) -> None:
        """Correct the reps or the hold of the most recent set (saved again at once)."""
        if self.session is None or not self.session.engine.results:
            return
        last = self.session.engine.results[-1]
        name = self.catalog.exercises[last.exercise].name
        question, current, top = fix_question(last, name)
        answer = self._ask_number(question, current, top)
        if answer is None:
            return
        if last.target_hold_s is not None:
            self.session.driver.correct_last(hold_s=float(answer))
        else:
            self.session.driver.correct_last(reps=int(answer))

    def _fullscreen(self) -> None:
        window = self.window()
        window.showNormal() if window.isFullScreen() else window.showFullScreen()
