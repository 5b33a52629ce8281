"""The Qt user interface. ``app.py`` is the composition root."""
