"""Turns the workout's (or a self-test's) events into tones and spoken lines, as the settings
ask: tones and voice on or off, volume, the voice by name, the spoken countdown, and whether
the tones count down the last 3 or the last 5 seconds (:mod:`hiptrainer.cues.countdown`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from hiptrainer.cues.countdown import EarlyTicks
from hiptrainer.cues.lines import line_for, selftest_line, tone_for
from hiptrainer.cues.tones import ToneOutput, TonePlayer
from hiptrainer.cues.voice import SpeechQueue
from hiptrainer.domain.engine import Engine, Event
from hiptrainer.domain.model import Exercise
from hiptrainer.domain.plan import Phase

if TYPE_CHECKING:
    from hiptrainer.settings import Settings


class CuePlayer(QObject):
    #: Said once, when tones or the voice cannot work here (the workout goes on silently).
    notice = Signal(str)

    def __init__(
        self,
        sound_folder: Path,
        names: dict[str, str],
        tones: bool = True,
        voice: bool = True,
        volume: float = 0.8,
        speech_engine: str | None = None,
        tone_output: ToneOutput | None = None,
        parent: QObject | None = None,
        exercises: Mapping[str, Exercise] | None = None,
    ) -> None:
        super().__init__(parent)
        self.names = names
        #: For the set-up line a side starts with ("Right leg on the bench: lie on your
        #: left side."); without them the lines name the exercise and side only.
        self.exercises = exercises
        self.tones_on, self.voice_on = tones, voice
        #: Count the last three seconds of a hold, a rest or a switch aloud.
        self.countdown_on = False
        #: How many of a timed phase's last seconds the tones count down: 3 or 5.
        self.countdown_beeps = 3
        self.tones = TonePlayer(sound_folder, tone_output, self)
        self.voice = SpeechQueue(speech_engine, self)
        self.early = EarlyTicks(
            lambda: self.tones.play("tick"),
            lambda: self.tones_on and self.countdown_beeps == 5,
            self,
        )
        self.set_volume(volume)
        self._told = False

    def follow_settings(self, settings: Settings) -> None:
        """Sound as ``settings`` say now (before each workout or self-test, and when the
        Settings dialog changes them)."""
        self.tones_on, self.voice_on = settings.tones, settings.voice
        self.countdown_on = settings.voice_countdown
        self.countdown_beeps = settings.countdown_beeps
        self.set_volume(settings.volume)
        self.voice.choose_voice(settings.voice_name)
        self.early.follow()

    def watch(self, engine: Engine, clock: Callable[[], float]) -> None:
        """The engine whose events come next (for the early countdown seconds)."""
        self.early.watch(engine, clock)

    def problems(self) -> list[str]:
        found = []
        if self.tones_on and self.tones.problem:
            found.append(self.tones.problem)
        if self.voice_on and self.voice.problem:
            found.append(self.voice.problem)
        return found

    def problem_line(self) -> str:
        """The problems as one sentence ("Tones are off: …; the voice is off: …."), or "".
        Only the first letter is raised: ``str.capitalize`` would also lower the rest, and
        German writes its nouns with a capital ("kein Audioausgabegerät")."""
        found = "; ".join(self.problems())
        return found[:1].upper() + found[1:] + "." if found else ""

    def announce_problems(self) -> None:
        if not self._told and self.problems():
            self._told = True
            self.notice.emit(self.problem_line())

    def set_volume(self, volume: float) -> None:
        self.tones.set_volume(volume)
        self.voice.set_volume(volume)

    def handle(
        self, event: Event, phase: Phase, upcoming: Phase | None, selftest: bool = False
    ) -> None:
        """Sound ``event`` (of ``phase``; ``upcoming`` the next work); ``selftest``: a
        self-test's event, whose start, stop and end have their own lines."""
        if self.tones_on:
            tone = tone_for(event, phase)
            if tone:
                self.tones.play(tone)
        self.early.follow(new_phase=event.kind == "phase_started")
        if self.voice_on:
            line = selftest_line(event, phase) if selftest else None
            if line is None:
                line = line_for(
                    event, phase, self.names, upcoming, self.exercises, countdown=self.countdown_on
                )
            if line:
                # Counts keep time: they go first and drop lines gone stale behind them.
                self.voice.say(line, urgent=event.kind in ("rep", "countdown"))

    def stop(self) -> None:
        self.voice.stop()
        self.early.stop()
