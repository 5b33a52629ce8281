"""Accessibility checks over a page: what Tab reaches, what a screen reader calls it, and
controls a large font or high scaling has cut short.

:func:`tab_order` follows the window's focus chain the way ``QWidget.focusNextPrevChild`` does
for Tab (controls that take focus by Tab, shown and enabled) and keeps those inside ``root``;
a group of exclusive radio buttons is one stop, as Tab treats it (the arrow keys move within).
:func:`accessible_name` is the name a screen reader says: the accessible name set on the
widget, else what Qt's accessibility bridge derives (a button's text, a field's buddy label),
without the mnemonic's ampersand. :func:`unnamed` lists the controls Tab reaches that would be
read out without a name. :func:`cut_short` lists shown labels and buttons narrower or lower
than the smallest size their text needs (leaving out the parts Qt sizes itself: a line edit's
clear button, a tab bar's scroll arrows).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QRadioButton, QTabBar, QWidget


def _reachable(widget: QWidget, window: QWidget) -> bool:
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isEnabled()
        and widget.isVisibleTo(window)
        and widget.focusProxy() is None
    )


def radio_group(widget: QWidget) -> int | None:
    """Which group of exclusive radio buttons ``widget`` is in (None: not one): its exclusive
    button group, else its parent's auto-exclusive radio buttons."""
    if not isinstance(widget, QRadioButton):
        return None
    group = widget.group()
    if group is not None:
        return id(group) if group.exclusive() else None
    return id(widget.parentWidget()) if widget.autoExclusive() else None


def tab_order(root: QWidget) -> list[QWidget]:
    """The controls inside ``root`` (or ``root`` itself) in the order Tab visits them.

    Tab stops once in a group of exclusive radio buttons, at the first of them in the chain
    that takes Tab focus, and then leaves the group: every button of the group takes Tab
    focus until one has had the focus (Qt then keeps it on that one only), yet Tab passes the
    others by either way."""
    window = root.window()
    start = window
    found: list[QWidget] = []
    seen: set[int] = set()
    groups: set[int] = set()
    widget: QWidget | None = start.nextInFocusChain()
    # The chain is a cycle through every widget of the window, so one lap is bounded by it.
    for _ in range(len(window.findChildren(QWidget)) + 2):
        if widget is None or widget is start or id(widget) in seen:
            break
        seen.add(id(widget))
        if (widget is root or root.isAncestorOf(widget)) and _reachable(widget, window):
            group = radio_group(widget)
            if group is None or group not in groups:
                found.append(widget)
            if group is not None:
                groups.add(group)
        widget = widget.nextInFocusChain()
    return found


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says for ``widget``: the accessible name set on it, else the
    one Qt's bridge derives. (The bridge alone would not do: on Linux it hands a choice box's
    current value over as its name, although readers name it by its accessible name or its
    label.)"""
    given = widget.accessibleName()
    if given.strip():
        return given.replace("&", "").strip()
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
        if isinstance(widget.parentWidget(), QLineEdit | QTabBar):
            continue  # a clear button, a tab bar's scroll arrows: Qt sizes its own parts
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        need = widget.minimumSizeHint()
        if widget.width() + 1 < need.width() or widget.height() + 1 < need.height():
            found.append(
                f"{describe(widget)} {widget.width()}x{widget.height()}"
                f" < {need.width()}x{need.height()}"
            )
    return found
