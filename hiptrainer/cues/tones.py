"""The cue tones through QtMultimedia; with no audio output they are simply not played."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

from hiptrainer.cues.sounds import TONES, wav_bytes
from hiptrainer.fileio import atomic_write

log = logging.getLogger(__name__)


class TonePlayer(QObject):
    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problem = ""
        self.played: list[str] = []
        self._effects: dict[str, object] = {}
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:  # e.g. the system's audio library is missing
            self.problem = f"tones are off: sound could not be loaded ({exc})"
            return
        if not QMediaDevices.audioOutputs():
            self.problem = "tones are off: there is no audio output device"
            return
        for name in TONES:
            path = folder / f"{name}.wav"
            try:
                if not path.is_file():
                    atomic_write(path, wav_bytes(name))
            except OSError as exc:
                self.problem = f"tones are off: cannot write {path} ({exc.strerror})"
                return
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[name] = effect

    @property
    def available(self) -> bool:
        return bool(self._effects)

    def set_volume(self, volume: float) -> None:
        for effect in self._effects.values():
            effect.setVolume(max(0.0, min(1.0, volume)))  # type: ignore[attr-defined]

    def play(self, name: str) -> None:
        effect = self._effects.get(name)
        if effect is not None:
            self.played.append(name)
            effect.play()  # type: ignore[attr-defined]
