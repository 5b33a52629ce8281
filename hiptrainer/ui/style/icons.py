"""The app's icons: one family (Lucide, ISC licence), bundled as SVGs in resources/icons/ui.

``icon(name)`` gives a QIcon that draws its SVG in the palette's text colour at paint time, so
one icon serves the light, the dark and a high-contrast theme, and follows a switch between
them without being made again. An icon is read on its first use and kept; nothing here runs
at start-up unless an icon is asked for.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

from hiptrainer.paths import resources_dir

if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtGui import QAction
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QTabWidget

log = logging.getLogger(__name__)

#: Each icon the app uses, by what it means, and the Lucide drawing that shows it.
ICON_FILES: dict[str, str] = {
    "library": "book-open",
    "train": "play",
    "play": "play",
    "progress": "chart-line",
    "routines": "list-checks",
    "print": "printer",
    "pdf": "file-down",
    "import": "file-input",
    "export": "file-output",
    "settings": "settings",
    "about": "info",
    "quit": "log-out",
    "pause": "pause",
    "skip-forward": "skip-forward",
    "skip-back": "skip-back",
    "plus": "plus",
    "check": "check",
    "search": "search",
    "undo": "undo-2",
    "trash": "trash-2",
    "copy": "copy",
    "save": "save",
    "test": "timer",
}

#: The window's menu actions (ui/actions.py names) and the icon each carries.
ACTION_ICONS: dict[str, str] = {
    "import_file": "import",
    "export_pack": "export",
    "export_csv": "export",
    "export_json": "export",
    "backup_now": "save",
    "restore": "undo",
    "print": "print",
    "export_pdf": "pdf",
    "quit": "quit",
    "find": "search",
    "edit_copy": "copy",
    "library": "library",
    "train": "train",
    "progress": "progress",
    "routines": "routines",
    "selftests": "test",
    "settings": "settings",
    "about": "about",
}
#: The tabs (by objectName) and their icons.
TAB_ICONS: dict[str, str] = {
    "library": "library",
    "train": "train",
    "progress": "progress",
    "routines": "routines",
}

_CURRENT_COLOUR = b"currentColor"
_CLONES: list[SvgIconEngine] = []


class SvgIconEngine(QIconEngine):
    """Draws one monochrome SVG in the colour the application's palette gives its mode."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[int, int, int, int, int], QPixmap] = {}

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(colour_for(mode)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        colour = colour_for(mode)
        key = (size.width(), size.height(), mode.value, state.value, colour.rgba())
        found = self._pixmaps.get(key)
        if found is not None:
            return QPixmap(found)
        picture = QPixmap(size)
        picture.fill(QColor(0, 0, 0, 0))  # not Qt.transparent: Qt's namespace costs
        if not size.isEmpty():
            painter = QPainter(picture)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._renderer(colour).render(painter, QRectF(0, 0, size.width(), size.height()))
            painter.end()
        if len(self._pixmaps) > 64:  # sizes x modes x themes: a bound that is never reached
            self._pixmaps.clear()
        self._pixmaps[key] = picture
        return QPixmap(picture)

    def clone(self) -> QIconEngine:
        # Qt clones an engine when a copy of an icon is changed, and owns the clone; PySide
        # does not hand the returned object over, so Python would free it under Qt's feet.
        # Kept here until Qt deletes it (which leaves its wrapper invalid).
        copy = SvgIconEngine(self._svg)
        _CLONES[:] = [kept for kept in _CLONES if shiboken6.isValid(kept)]
        _CLONES.append(copy)
        return copy

    def key(self) -> str:
        return "hiptrainer-svg"

    def _renderer(self, colour: QColor) -> QSvgRenderer:
        from PySide6.QtSvg import QSvgRenderer

        name = colour.name(QColor.NameFormat.HexArgb)
        renderer = self._renderers.get(name)
        if renderer is None:
            svg = self._svg.replace(_CURRENT_COLOUR, colour.name().encode("ascii"))
            renderer = QSvgRenderer(svg)
            self._renderers[name] = renderer
        return renderer


def colour_for(mode: QIcon.Mode) -> QColor:
    """The palette's text colour for an icon in ``mode`` (dimmed when disabled, the
    highlighted text's colour on a selected row)."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name`` (a key of :data:`ICON_FILES`; another name is a bug and
    raises KeyError). A bundled file that cannot be read gives an empty icon, logged."""
    file_name = f"{ICON_FILES[name]}.svg"
    path = resources_dir() / "icons" / "ui" / file_name
    try:
        svg = path.read_bytes()
    except OSError as exc:
        log.warning("Cannot read the icon %s: %s", path, exc)
        return QIcon()
    return QIcon(SvgIconEngine(svg))


def decorate(actions: Mapping[str, QAction], tabs: QTabWidget) -> None:
    """Give the window's actions and tabs their icons (those named in :data:`ACTION_ICONS`
    and :data:`TAB_ICONS`; others are left as they are)."""
    for action_name, icon_name in ACTION_ICONS.items():
        action = actions.get(action_name)
        if action is not None:
            action.setIcon(icon(icon_name))
    for index in range(tabs.count()):
        page = tabs.widget(index)
        tab_icon = TAB_ICONS.get(page.objectName()) if page is not None else None
        if tab_icon is not None:
            tabs.setTabIcon(index, icon(tab_icon))
