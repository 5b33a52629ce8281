"""A playing session on the page: each event sounds its cue, then shows; the page redraws only
when something on it changes; the screen stays awake while it plays; warnings stay said until
they are no longer true.

Order matters on time: a new phase's cue and its page come first, the set's commit after the
page is painted (:class:`hiptrainer.ui.player.session.PlayerSession` posts it below the
repaint), and the refresh sleeps until the next second or frame the display asks for.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

from hiptrainer.domain.engine import Event
from hiptrainer.settings import Settings
from hiptrainer.ui.player.awake import ScreenAwake
from hiptrainer.ui.player.display import PhaseDisplay, upcoming_work
from hiptrainer.ui.player.playing_view import PlayingView, side_colour
from hiptrainer.ui.player.session import PlayerSession
from hiptrainer.ui.player.wording import PlayerWords

if TYPE_CHECKING:
    from hiptrainer.cues.player import CuePlayer

FLASH_MS = 350
#: The next phase's picture is drawn this long after a phase begins: once its own page, cue
#: and commit are done.
AHEAD_MS = 200
#: A redraw due this close before the engine's next event (a countdown second, a rep, the
#: end of the phase) waits for it: the event redraws, and its cue is not kept waiting.
NEAR_S = 0.005
#: Topics of the warnings strip, in the order they are listed.
TOPICS = ("practice", "storage", "sound")


class Playback(QObject):
    def __init__(
        self,
        view: PlayingView,
        display: PhaseDisplay,
        make_cues: Callable[[], CuePlayer],
        clock: Callable[[], float] = time.monotonic,
        awake: ScreenAwake | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.display = display
        self._make_cues = make_cues
        self._clock = clock
        self.awake = awake or ScreenAwake()
        self.session: PlayerSession | None = None
        self.cues: CuePlayer | None = None
        #: What the warnings strip keeps saying, by topic: "practice", "storage", "sound".
        self.notices: dict[str, str] = {}
        #: Wakes the display when something on it changes next (a second, a frame); it runs
        #: only while a routine plays and the page can be seen.
        self.refresh = QTimer(self)
        self.refresh.setSingleShot(True)
        self.refresh.setTimerType(Qt.TimerType.PreciseTimer)
        self.refresh.timeout.connect(self.redraw)
        self._flash = QTimer(self)
        self._flash.setSingleShot(True)
        self._flash.setInterval(FLASH_MS)
        self._flash.timeout.connect(view.end_flash)
        self._ahead = QTimer(self)
        self._ahead.setSingleShot(True)
        self._ahead.setInterval(AHEAD_MS)
        self._ahead.timeout.connect(self._prepare_next)

    def ensure_cues(self) -> CuePlayer:
        """The cue player, made the first time a routine plays (sound loads late)."""
        if self.cues is None:
            self.cues = self._make_cues()
            self.cues.notice.connect(lambda line: self.warn("sound", line))
        return self.cues

    def begin(self, session: PlayerSession, settings: Settings) -> None:
        """Play ``session`` on the page (before it starts, so its first event is shown), with
        the sound ``settings`` say."""
        self.session = session
        # What exists now (the catalogue, its pictures, the other tabs' pages) outlives the
        # workout: collected once at Start, then frozen out of the cycle collector's sight, so
        # a full collection mid-workout (9 ms for the player's 40,000 objects, more with
        # charts loaded) never delays a new phase. Thawed when the workout ends.
        gc.collect()
        gc.freeze()
        self.notices = {}
        if session.store is None:
            self.notices["practice"] = PlayerWords.tr("Practice run: nothing is saved")
        cues = self.ensure_cues()
        cues.tones_on, cues.voice_on = settings.tones, settings.voice
        cues.countdown_on = settings.voice_countdown
        cues.set_volume(settings.volume)
        cues.announce_problems()
        session.engine_event.connect(self._on_event)
        session.stored.connect(lambda: self.warn("storage", ""))
        self.display.begin(session.phases)
        self._show_notices()

    def end(self, hush: bool = False) -> None:
        """The session is over: nothing more redraws or keeps the screen on; ``hush`` (the
        runner left) also cuts off what the voice was still to say."""
        self.refresh.stop()
        self._ahead.stop()
        gc.unfreeze()
        if hush and self.cues is not None:
            self.cues.stop()
        self.awake.release()
        self.session = None

    def warn(self, topic: str, line: str) -> None:
        """Say ``line`` in the warnings strip under ``topic`` ('' takes the topic away)."""
        if line:
            self.notices[topic] = line
        else:
            self.notices.pop(topic, None)
        self._show_notices()

    def _show_notices(self) -> None:
        ordered = sorted(self.notices.items(), key=lambda item: TOPICS.index(item[0]))
        self.view.show_notices([line for _, line in ordered])

    def _on_event(self, event: Event) -> None:
        session = self.session
        if session is None:
            return
        phases = session.phases
        if self.cues is not None:  # the cue first: it is heard before anything is drawn
            self.cues.handle(event, phases[event.phase], upcoming_work(phases, event.phase))
        if event.kind in ("phase_started", "resumed") and session.engine.state == "running":
            self.awake.hold()
        elif event.kind in ("paused", "finished"):
            self.awake.release()
        if event.kind in ("phase_started", "paused", "resumed"):
            self._arm(self.display.show_current(session.engine, self._clock()))
        elif event.kind in ("countdown", "rep"):
            self.redraw()
        if event.kind == "phase_started" and session.engine.phase.kind != "done":
            if not self.tones_heard():
                colour = side_colour(session.engine.phase.side, self.view.palette())
                self.view.flash_phase(colour.name())
                self._flash.start()
            self._ahead.start()

    def tones_heard(self) -> bool:
        """The tones mark each new phase; without them, a coloured flash of the page does."""
        cues = self.cues
        return cues is not None and cues.tones_on and cues.tones.available

    def _prepare_next(self) -> None:
        if self.session is not None and self.view.isVisible():
            self.display.prepare_next(self.session.engine)

    def redraw(self) -> None:
        if self.session is not None:
            self._arm(self.display.redraw(self.session.engine, self._clock()))

    def _arm(self, due: float | None) -> None:
        """Sleep until ``due`` seconds from now, while the page can be seen, unless the
        engine's own next event comes first or at the same moment: it redraws then."""
        engine = self.session.engine if self.session is not None else None
        upcoming = engine.next_event_time() if engine is not None else None
        seen = due is not None and self.view.isVisible()
        first = upcoming is None or (due is not None and self._clock() + due < upcoming - NEAR_S)
        if due is not None and seen and first:
            self.refresh.start(max(1, math.ceil(due * 1000)))
        else:
            self.refresh.stop()
