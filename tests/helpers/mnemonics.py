"""Keyboard mnemonics (the underlined letter that Alt+letter triggers) on a window or a page.

:func:`collect` walks a widget tree and finds the mnemonic of every control a user can reach
with Alt right now: visible, enabled buttons (push, tool, check and radio buttons), labels
with a buddy, group box titles, tabs of tab bars and menus of a menu bar. Two controls with
one letter make Alt+letter cycle between them instead of acting; :func:`duplicates` reports
them. :func:`reserved_clashes` reports controls of a page that take a letter the window keeps
for its menus and tabs.

Visibility is judged relative to ``root``: pass the window to check what is on screen now
(a tab's hidden page is left out), or a page to check that page alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabBar,
    QWidget,
)

#: Letters the main window keeps for itself: its menus and its tabs.
RESERVED: Mapping[str, str] = {
    "f": "File menu",
    "e": "Edit menu",
    "v": "View menu",
    "h": "Help menu",
    "l": "Library tab",
    "t": "Train tab",
    "p": "Progress tab",
}


@dataclass(frozen=True)
class Mnemonic:
    letter: str  # folded to lower case
    text: str  # the control's text, with its "&"
    widget: QWidget  # the button, label, group box, tab bar or menu bar that owns the text

    def __str__(self) -> str:
        name = self.widget.objectName()
        return f"{type(self.widget).__name__}{f' {name}' if name else ''} {self.text!r}"


def mnemonic(text: str) -> str | None:
    """The letter after the first single "&" ("&&" is a literal ampersand), lower case."""
    index = 0
    while (index := text.find("&", index)) >= 0 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].casefold()
        index += 2
    return None


def _reachable(widget: QWidget, root: QWidget) -> bool:
    return (widget is root or widget.isVisibleTo(root)) and widget.isEnabled()


def _texts(widget: QWidget, root: QWidget) -> list[str]:
    """The texts of ``widget`` that carry a mnemonic Alt can reach."""
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QLabel):
        buddy = widget.buddy()
        return [widget.text()] if buddy is not None and _reachable(buddy, root) else []
    if isinstance(widget, QTabBar):
        return [
            widget.tabText(i)
            for i in range(widget.count())
            if widget.isTabVisible(i) and widget.isTabEnabled(i)
        ]
    if isinstance(widget, QMenuBar):
        return [a.text() for a in widget.actions() if a.isVisible() and a.isEnabled()]
    return []


def collect(root: QWidget) -> list[Mnemonic]:
    """Every mnemonic reachable in ``root`` (itself included), in widget-tree order."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _reachable(widget, root):
            continue
        for text in _texts(widget, root):
            letter = mnemonic(text)
            if letter is not None:
                found.append(Mnemonic(letter, text, widget))
    return found


def duplicates(root: QWidget) -> dict[str, list[str]]:
    """Letters that more than one reachable control uses, each with the controls' names."""
    owners: dict[str, list[str]] = {}
    for item in collect(root):
        owners.setdefault(item.letter, []).append(str(item))
    return {letter: names for letter, names in owners.items() if len(names) > 1}


def reserved_clashes(page: QWidget, reserved: Mapping[str, str] = RESERVED) -> dict[str, list[str]]:
    """Controls of ``page`` (a tab's page, not the window) that take a reserved letter."""
    clashes: dict[str, list[str]] = {}
    for item in collect(page):
        if item.letter in reserved:
            clashes.setdefault(item.letter, [reserved[item.letter]]).append(str(item))
    return clashes
