"""Cues: distinct tones (QtMultimedia) and a voice (QtTextToSpeech), loaded when the player
first needs them; with no audio device or no speech engine the player runs silently."""
