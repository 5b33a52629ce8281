"""Turns the workout's events into tones and spoken lines, as the settings ask."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from hiptrainer.cues.lines import line_for, tone_for
from hiptrainer.cues.tones import ToneOutput, TonePlayer
from hiptrainer.cues.voice import SpeechQueue
from hiptrainer.domain.engine import Event
from hiptrainer.domain.model import Exercise
from hiptrainer.domain.plan import Phase


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
        self.tones = TonePlayer(sound_folder, tone_output, self)
        self.voice = SpeechQueue(speech_engine, self)
        self.set_volume(volume)
        self._told = False

    def problems(self) -> list[str]:
        found = []
        if self.tones_on and self.tones.problem:
            found.append(self.tones.problem)
        if self.voice_on and self.voice.problem:
            found.append(self.voice.problem)
        return found

    def announce_problems(self) -> None:
        if not self._told and self.problems():
            self._told = True
            self.notice.emit("; ".join(self.problems()).capitalize() + ".")

    def set_volume(self, volume: float) -> None:
        self.tones.set_volume(volume)
        self.voice.set_volume(volume)

    def handle(self, event: Event, phase: Phase, upcoming: Phase | None) -> None:
        if self.tones_on:
            tone = tone_for(event, phase)
            if tone:
                self.tones.play(tone)
        if self.voice_on:
            line = line_for(
                event, phase, self.names, upcoming, self.exercises, countdown=self.countdown_on
            )
            if line:
                # Counts keep time: they go first and drop lines gone stale behind them.
                self.voice.say(line, urgent=event.kind in ("rep", "countdown"))

    def stop(self) -> None:
        self.voice.stop()
