"""Accessibility checks over a page: what Tab reaches, what a screen reader calls it, and
controls a large font or high scaling has cut short.

:func:`tab_order` follows the window's focus chain the way ``QWidget.focusNextPrevChild`` does
for Tab (controls that take focus by Tab, shown and enabled) and keeps those inside ``root``.
:func:`accessible_name` is the name assistive technology gets through Qt's accessibility
bridge: the accessible name if set, else what Qt derives (a button's text, a field's buddy
label), without the mnemonic's ampersand. :func:`unnamed` lists the controls Tab reaches that
would be read out without a name. :func:`cut_short` lists shown labels and buttons narrower or
lower than the smallest size their text needs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def _reachable(widget: QWidget, window: QWidget) -> bool:
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isEnabled()
        and widget.isVisibleTo(window)
        and widget.focusProxy() is None
    )


def tab_order(root: QWidget) -> list[QWidget]:
    """The controls inside ``root`` (or ``root`` itself) in the order Tab visits them."""
    window = root.window()
    start = window
    found: list[QWidget] = []
    seen: set[int] = set()
    widget = start.nextInFocusChain()
    # The chain is a cycle through every widget of the window, so one lap is bounded by it.
    for _ in range(len(window.findChildren(QWidget)) + 2):
        if widget is start or id(widget) in seen:
            break
        seen.add(id(widget))
        if (widget is root or root.isAncestorOf(widget)) and _reachable(widget, window):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return interface.text(QAccessible.Text.Name).replace("&", "").strip()


def describe(widget: QWidget) -> str:
    name = widget.objectName() or "-"
    return f"{type(widget).__name__}({name})"


def unnamed(root: QWidget) -> list[str]:
    """Controls Tab reaches in ``root`` that a screen reader would announce without a name."""
    return [describe(w) for w in tab_order(root) if not accessible_name(w)]


def cut_short(root: QWidget) -> list[str]:
    """Shown labels and buttons in ``root`` smaller than their text's minimum size."""
    window = root.window()
    found: list[str] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton) or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        need = widget.minimumSizeHint()
        if widget.width() + 1 < need.width() or widget.height() + 1 < need.height():
            found.append(
                f"{describe(widget)} {widget.width()}x{widget.height()}"
                f" < {need.width()}x{need.height()}"
            )
    return found
