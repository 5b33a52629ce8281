"""The cue tones, synthesised as small WAV files (no Qt): short, clean and distinct."""

from __future__ import annotations

import io
import math
import struct
import wave

RATE = 22050

#: Each cue as a list of (frequency in Hz, seconds); 0 Hz is a pause.
TONES: dict[str, list[tuple[float, float]]] = {
    "tick": [(1320.0, 0.07)],
    "work": [(660.0, 0.11), (0.0, 0.03), (990.0, 0.18)],
    "rest": [(880.0, 0.11), (0.0, 0.03), (587.0, 0.2)],
    "switch": [(784.0, 0.09), (0.0, 0.05), (784.0, 0.09), (0.0, 0.05), (1046.0, 0.14)],
    "finished": [(523.0, 0.12), (659.0, 0.12), (784.0, 0.12), (1046.0, 0.35)],
}


def _note(frequency: float, seconds: float) -> list[float]:
    count = int(RATE * seconds)
    if frequency <= 0:
        return [0.0] * count
    fade = max(1, int(RATE * 0.01))  # 10 ms fade in and out: no clicks
    samples = []
    for i in range(count):
        envelope = min(1.0, i / fade, (count - i) / fade)
        value = math.sin(2 * math.pi * frequency * i / RATE)
        value += 0.25 * math.sin(4 * math.pi * frequency * i / RATE)  # a little body
        samples.append(0.6 * envelope * value / 1.25)
    return samples


def wav_bytes(name: str) -> bytes:
    """The tone ``name`` as a 16-bit mono WAV file."""
    samples: list[float] = []
    for frequency, seconds in TONES[name]:
        samples += _note(frequency, seconds)
    frames = b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    return buffer.getvalue()
