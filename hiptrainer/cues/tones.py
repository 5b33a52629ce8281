"""The cue tones: WAV files written once to a folder, played through an output.

The output is QtMultimedia's ``QSoundEffect`` unless one is handed in (tests hand in one that
records what it was asked to play). With no audio output the tones are simply not played, and
:attr:`TonePlayer.problem` says why, in the interface's language (a part of a sentence:
:meth:`hiptrainer.cues.player.CuePlayer.problem_line` joins the tones' and the voice's).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QUrl

from hiptrainer.cues.sounds import TONES, wav_bytes
from hiptrainer.fileio import atomic_write

log = logging.getLogger(__name__)


class ToneOutput(Protocol):
    """Where tones sound: ``load`` each tone's WAV file once, then ``play`` it by name."""

    def load(self, name: str, path: Path) -> None: ...

    def play(self, name: str) -> None: ...

    def set_volume(self, volume: float) -> None: ...


class NoToneOutput(Exception):
    """There is no way to play sound here; ``str()`` says why, in a few words."""


class SoundEffectOutput(QObject):
    """Tones through QtMultimedia, one ``QSoundEffect`` per tone (low latency, preloaded)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError as exc:  # e.g. the system's audio library is missing
            reason = QCoreApplication.translate("Sound", "sound could not be loaded ({reason})")
            raise NoToneOutput(reason.format(reason=exc)) from None
        if not QMediaDevices.audioOutputs():
            raise NoToneOutput(
                QCoreApplication.translate("Sound", "there is no audio output device")
            )
        from PySide6.QtMultimedia import QSoundEffect

        self._effects: dict[str, QSoundEffect] = {}

    def load(self, name: str, path: Path) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        self._effects[name] = effect

    def play(self, name: str) -> None:
        effect = self._effects.get(name)
        if effect is not None:
            effect.play()

    def set_volume(self, volume: float) -> None:
        for effect in self._effects.values():
            effect.setVolume(volume)


class TonePlayer(QObject):
    def __init__(
        self, folder: Path, output: ToneOutput | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.problem = ""
        # Every tone handed to the output, in order, for the record.
        self.played: list[str] = []
        self._output: ToneOutput | None = None
        if output is None:
            try:
                output = SoundEffectOutput(self)
            except NoToneOutput as exc:
                #: Why the cue tones do not sound: {reason} such as "there is no audio
                #: output device". Starts in lower case in English: it may follow another.
                off = QCoreApplication.translate("Sound", "tones are off: {reason}")
                self.problem = off.format(reason=exc)
                return
        for name in TONES:
            path = folder / f"{name}.wav"
            try:
                if not path.is_file():
                    atomic_write(path, wav_bytes(name))
            except OSError as exc:
                #: {path} is a file, {reason} the system's words ("No space left on device").
                unwritten = QCoreApplication.translate(
                    "Sound", "tones are off: cannot write {path} ({reason})"
                )
                self.problem = unwritten.format(path=path, reason=exc.strerror)
                return
            output.load(name, path)
        self._output = output

    @property
    def available(self) -> bool:
        return self._output is not None

    def set_volume(self, volume: float) -> None:
        if self._output is not None:
            self._output.set_volume(max(0.0, min(1.0, volume)))

    def play(self, name: str) -> None:
        if self._output is not None and name in TONES:
            self.played.append(name)
            self._output.play(name)
