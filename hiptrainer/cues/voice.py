"""Spoken cues through QtTextToSpeech, one line at a time.

Lines wait in a queue, so none cuts another off. A rep count is urgent: it goes to the front,
and lines still waiting behind it are dropped as stale, so counts keep time with the reps.
"""

from __future__ import annotations

import logging
from collections import deque
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)


class SpeechQueue(QObject):
    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tts: QTextToSpeech | None = None
        self.problem = ""
        self.spoken: list[str] = []  # every line handed to the engine, for the record
        self._queue: deque[str] = deque()
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:  # pragma: no cover (depends on the installation)
            self.problem = f"the voice is off: text-to-speech is not installed ({exc})"
            return
        engines = [e for e in QTextToSpeech.availableEngines() if e != "mock" or engine == "mock"]
        if engine is None:
            engine = engines[0] if engines else None
        if engine is None or engine not in QTextToSpeech.availableEngines():
            self.problem = "the voice is off: no speech engine is installed"
            return
        tts = QTextToSpeech(engine, self)
        if tts.state() == QTextToSpeech.State.Error:
            self.problem = f"the voice is off: {tts.errorString() or 'the speech engine failed'}"
            return
        tts.stateChanged.connect(self._state_changed)
        self.tts = tts

    @property
    def available(self) -> bool:
        return self.tts is not None

    def set_volume(self, volume: float) -> None:
        if self.tts is not None:
            self.tts.setVolume(max(0.0, min(1.0, volume)))

    def say(self, text: str, urgent: bool = False) -> None:
        if not text or self.tts is None:
            return
        if urgent:
            self._queue.clear()
            self._queue.appendleft(text)
        else:
            self._queue.append(text)
        self._next()

    def pending(self) -> list[str]:
        return list(self._queue)

    def stop(self) -> None:
        self._queue.clear()
        if self.tts is not None:
            self.tts.stop()

    def _state_changed(self, _state: object) -> None:
        self._next()

    def _next(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        tts = self.tts
        if tts is None or not self._queue:
            return
        if tts.state() == QTextToSpeech.State.Ready:
            line = self._queue.popleft()
            self.spoken.append(line)
            tts.say(line)
