"""The application's icon, for the window and the application object.

It is built from the PNGs rendered from the SVG (packaging/render_icons.py), never from the SVG
itself: a PNG needs no extra Qt plugin at start-up. QIcon reads each file's header when it is
added and decodes a size only when it is first drawn. The first QIcon of a run costs more than
the files (about 1.5 ms, measured: PySide builds its Python type then), which is why the icon is
made on the first call, not on import, and the window gets it just after its first frame
(``ui.app.open_data``).
"""

from __future__ import annotations

from functools import cache

from PySide6 import QtCore, QtGui  # QtGui.QIcon: naming QIcon here would build its type now

from hiptrainer.paths import resources_dir

APP_ID = "io.github.hiptrainer.hiptrainer"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def icon_file(size: int) -> str:
    """The PNG of the app icon at ``size`` pixels square."""
    return str(resources_dir() / "icons" / "app" / f"{size}x{size}" / f"{APP_ID}.png")


@cache
def app_icon() -> QtGui.QIcon:
    """HipTrainer's icon at every size it was rendered in (made once, on the first call)."""
    icon = QtGui.QIcon()
    for size in ICON_SIZES:
        icon.addFile(icon_file(size), QtCore.QSize(size, size))
    return icon
