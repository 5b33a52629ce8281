"""Spoken cues through QtTextToSpeech, one line at a time.

Lines wait in a queue, so none cuts another off. A rep count is urgent: it goes to the front,
and lines still waiting behind it are dropped as stale, so counts keep time with the reps.
The voice is chosen by name (the settings' voice); one no longer installed falls back to the
engine's default voice, said once in the log.
"""

from __future__ import annotations

import logging
from collections import deque
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

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
        # The voice asked for by name ("" the default), and the one speaking ("" the default).
        self.voice_asked = ""
        self.voice_name = ""
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:  # pragma: no cover (depends on the installation)
            #: Why the spoken cues are silent; {reason} is the system's (English) words.
            missing = QCoreApplication.translate(
                "Sound", "the voice is off: text-to-speech is not installed ({reason})"
            )
            self.problem = missing.format(reason=exc)
            return
        engines = [e for e in QTextToSpeech.availableEngines() if e != "mock" or engine == "mock"]
        if engine is None:
            engine = engines[0] if engines else None
        if engine is None or engine not in QTextToSpeech.availableEngines():
            self.problem = QCoreApplication.translate(
                "Sound", "the voice is off: no speech engine is installed"
            )
            return
        tts = QTextToSpeech(engine, self)
        if tts.state() == QTextToSpeech.State.Error:
            # The engine's own words (English, whatever the interface's language) follow in
            # brackets, for whoever looks into it; the line is ours.
            reason = tts.errorString().strip().rstrip(".")
            self.problem = QCoreApplication.translate(
                "Sound", "the voice is off: the speech engine did not start"
            )
            if reason:
                self.problem += f" ({reason})"
            return
        tts.stateChanged.connect(self._state_changed)
        self.tts = tts
        self._default_voice = tts.voice()

    @property
    def available(self) -> bool:
        return self.tts is not None

    def set_volume(self, volume: float) -> None:
        if self.tts is not None:
            self.tts.setVolume(max(0.0, min(1.0, volume)))

    def choose_voice(self, name: str) -> None:
        """Speak with the voice called ``name`` ("": the engine's default). A voice that is
        not installed (any more) gives the default voice and one line in the log, once for
        that name; asking again for the voice already asked for changes nothing."""
        tts = self.tts
        if tts is None or name == self.voice_asked:
            return
        self.voice_asked = name
        found = next((v for v in tts.availableVoices() if v.name() == name), None) if name else None
        if name and found is None:
            log.warning("The voice %r is not installed; the default voice speaks instead", name)
        tts.setVoice(found if found is not None else self._default_voice)
        self.voice_name = found.name() if found is not None else ""

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
