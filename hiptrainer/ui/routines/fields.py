"""Small editing widgets of the Routines tab: a low–high range, a checklist, a list of lines,
and the one-line error shown next to the field a :class:`DefinitionError` names.

Everything a user typed is shown as plain text: labels here never read markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.ui.i18n import vocabulary_label
from hiptrainer.ui.style.follow import follow_scheme
from hiptrainer.ui.style.tokens import ERROR, SPACE_XS

if TYPE_CHECKING:
    from hiptrainer.catalog.definitions import DefinitionError
    from hiptrainer.ui.style.tokens import Scheme


def error_style_sheet(scheme: Scheme) -> str:
    """A field's error line in ``scheme``: the tokens' error red, a little bolder."""
    return f"color: {ERROR[scheme]}; font-weight: 600;"


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` as written, never as markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


class ErrorLabel(QLabel):
    """A one-line problem under a field; hidden while there is none. Its words are the
    tokens' error red for the scheme shown (a deep red reads on a light window, a light one on
    a dark window), and follow a change of theme also on a page (ui/style/follow.py)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        follow_scheme(self, "errorFollower", error_style_sheet)
        self.hide()

    def say(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


class FieldErrors:
    """Where each field's problem is shown: the longest registered field path that the
    error's field starts with wins (``blocks[2].dosage.hold_s`` → ``dosage.hold_s`` of the
    block shown, once the block is selected)."""

    def __init__(self, general: ErrorLabel) -> None:
        self.general = general
        self._places: dict[str, tuple[QWidget, ErrorLabel]] = {}

    def register(self, field: str, widget: QWidget, label: ErrorLabel) -> None:
        self._places[field] = (widget, label)

    def clear(self) -> None:
        self.general.say("")
        for _, label in self._places.values():
            label.say("")

    def place(self, field: str) -> tuple[QWidget, ErrorLabel] | None:
        best = ""
        for name in self._places:
            if (field == name or field.startswith((name + ".", name + "["))) and len(name) > len(
                best
            ):
                best = name
        return self._places.get(best) if best else None

    def show_error(self, error: DefinitionError, field: str | None = None) -> QWidget | None:
        """Show ``error`` next to its field (``field`` overrides ``error.field``) and return
        the widget it belongs to (focused), or None when it went to the general line."""
        self.clear()
        found = self.place(error.field if field is None else field)
        if found is None:
            self.general.say(str(error))
            return None
        widget, label = found
        label.say(str(error))
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget


class RangeEdit(QWidget):
    """Two numbers, low and high; raising the low end past the high end raises the high
    end too (and the other way round), so the range is always in order."""

    changed = Signal()

    def __init__(self, least: int, most: int, suffix: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.low = QSpinBox()
        self.high = QSpinBox()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for box in (self.low, self.high):
            box.setRange(least, most)
            box.setSuffix(suffix)
            box.setKeyboardTracking(False)
            box.valueChanged.connect(self._changed)
        self.set_name("")
        row.addWidget(self.low)
        #: Between the two numbers of a range: "8 to 12" reps.
        row.addWidget(plain_label(self.tr("to")))
        row.addWidget(self.high)
        row.addStretch(1)
        self.setFocusProxy(self.low)

    def set_name(self, what: str) -> None:
        """Name the range and each of its ends after what it counts ("Reps a set"), so a
        screen reader says "Reps a set, lowest" rather than a bare "lowest"."""
        self.setAccessibleName(what)
        #: The two spin boxes of a range such as 8–12 reps: {what} is what the range counts.
        low = self.tr("{what}, lowest").format(what=what) if what else self.tr("lowest")
        high = self.tr("{what}, highest").format(what=what) if what else self.tr("highest")
        self.low.setAccessibleName(low)
        self.high.setAccessibleName(high)
        description = self.tr("Raising one end past the other moves that one too.")
        self.low.setAccessibleDescription(description)
        self.high.setAccessibleDescription(description)

    def _changed(self) -> None:
        sender = self.sender()
        if self.low.value() > self.high.value():
            if sender is self.low:
                self.high.setValue(self.low.value())
            else:
                self.low.setValue(self.high.value())
        self.changed.emit()

    def value(self) -> tuple[int, int]:
        return self.low.value(), self.high.value()

    def set_value(self, value: Sequence[int]) -> None:
        self.blockSignals(True)
        self.high.setValue(self.high.maximum())
        self.low.setValue(value[0])
        self.high.setValue(value[1])
        self.blockSignals(False)


class Checklist(QListWidget):
    """Words to tick: Space ticks the current one."""

    changed = Signal()

    def __init__(
        self, words: Iterable[str], group: str = "", parent: QWidget | None = None
    ) -> None:
        """``group``: the vocabulary group of ``words``, whose labels are shown."""
        super().__init__(parent)
        for word in words:
            item = QListWidgetItem(vocabulary_label(group, word) if group else word)
            item.setData(Qt.ItemDataRole.UserRole, word)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)  # fmt: skip
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        # A long name (an exercise's, a German word) wraps onto a second line: the list
        # scrolls down, never sideways.
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleDescription(self.tr("Space ticks or unticks the chosen word."))

    def set_words(self, words: Iterable[tuple[str, str]]) -> None:
        """Offer other words, (value, text) each; ticks on values kept go on."""
        ticked = self.checked()
        self.blockSignals(True)
        self.clear()
        for value, text in words:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)  # fmt: skip
            checked = value in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)

    def _items(self) -> list[QListWidgetItem]:
        return [item for i in range(self.count()) if (item := self.item(i)) is not None]

    def checked(self) -> list[str]:
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, words: Iterable[str]) -> None:
        wanted = set(words)
        self.blockSignals(True)
        for item in self._items():
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.blockSignals(False)


class LinesEdit(QPlainTextEdit):
    """A list of texts, one a line; Tab moves on to the next field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

    def lines(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def set_lines(self, lines: Iterable[str]) -> None:
        self.setPlainText("\n".join(lines))


def with_error(widget: QWidget, error: ErrorLabel, name: str = "") -> QWidget:
    """``widget`` with its error line under it; ``name`` (a label's text) becomes its
    accessible name, as its label is not its sibling and so does not name it."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(SPACE_XS)
    column.addWidget(widget)
    column.addWidget(error)
    holder.setFocusProxy(widget)
    if name:
        widget.setAccessibleName(name.replace("&", ""))
    return holder
