"""A routine in the chooser's list, as a small card: its name and length, its exercises with
their doses, what it needs and which exercises are one-sided.

The facts come from the domain (the length is the player's own estimate, the doses the
Library's words); the card is rich text drawn by :class:`CardDelegate`, so the list keeps
its keys, its selection and an item text a screen reader reads.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from hiptrainer.catalog import Catalog
from hiptrainer.domain.dose import dose_text, minutes_text, workout_seconds
from hiptrainer.domain.model import Workout
from hiptrainer.domain.plan import DoseLevel, SideOrder
from hiptrainer.ui.i18n import vocabulary_label

# The card's rich text, in the item's data under this role.
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
PADDING = 10


def equipment(workout: Workout, catalog: Catalog) -> list[str]:
    """What the routine needs, each thing once, in the order the exercises need it (the
    catalogue's words: :func:`vocabulary_label` gives each its label)."""
    found: list[str] = []
    for block in workout.blocks:
        for item in catalog.exercises[block.exercise].equipment:
            if item not in found:
                found.append(item)
    return found


def length_text(workout: Workout, catalog: Catalog, order: SideOrder, level: DoseLevel) -> str:
    """The routine's length as the player will play it, with the chosen side order."""
    return minutes_text(workout_seconds(workout, catalog.exercises, order=order, level=level))


def card_html(workout: Workout, catalog: Catalog, order: SideOrder, level: DoseLevel) -> str:
    """The card: a title line, one line per exercise with its dose, a line of needs."""
    lines = [
        f"<div style='font-size:large'><b>{escape(workout.name)}</b> · "
        f"{escape(length_text(workout, catalog, order, level))}</div>"
    ]
    one_sided = 0
    for index, block in enumerate(workout.blocks):
        exercise = catalog.exercises[block.exercise]
        one_sided += exercise.unilateral
        dose = dose_text(catalog.dosage(workout.id, index), exercise.unilateral)
        lines.append(f"<div>{escape(exercise.name)} — {escape(dose)}</div>")
    needs = equipment(workout, catalog)
    if needs:
        facts = [
            QCoreApplication.translate("RoutineCard", "Needs: {things}").format(
                things=", ".join(vocabulary_label("equipment", item) for item in needs)
            )
        ]
    else:
        facts = [QCoreApplication.translate("RoutineCard", "No equipment")]
    count = len(workout.blocks)
    if one_sided == 0:
        facts.append(QCoreApplication.translate("RoutineCard", "both sides together throughout"))
    else:
        line = QCoreApplication.translate(
            "RoutineCard", "one-sided: {one_sided} of {count}, each side in turn"
        )
        facts.append(line.format(one_sided=one_sided, count=count))
    lines.append(f"<div class='facts'>{escape(' · '.join(facts))}</div>")
    return "".join(lines)


class CardDelegate(QStyledItemDelegate):
    def _document(
        self,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        selected: bool = False,
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        # The facts line is quieter than the rest, but never faint on the selection colour.
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        colour = option.palette.color(role).name()
        document.setDefaultStyleSheet(f".facts {{ color: {colour}; }}")
        card = index.data(CARD_ROLE)
        document.setHtml(str(card) if card else escape(str(index.data() or "")))
        width = option.rect.width() or self._view_width()
        document.setTextWidth(max(120, width - 2 * PADDING))
        return document

    def _view_width(self) -> int:
        view = self.parent()
        return view.viewport().width() if isinstance(view, QAbstractItemView) else 400

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        document = self._document(option, index)
        return QSize(round(document.idealWidth()), round(document.size().height()) + 2 * PADDING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        text, option.text = option.text, ""
        if widget is not None:  # the selection and focus, as the style draws them
            widget.style().drawControl(
                QStyle.ControlElement.CE_ItemViewItem, option, painter, widget
            )
        option.text = text
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document = self._document(option, index, selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        rect = option.rect
        painter.save()
        painter.translate(rect.left() + PADDING, rect.top() + PADDING)
        context.clip = QRectF(0, 0, rect.width() - 2 * PADDING, rect.height() - 2 * PADDING)
        document.documentLayout().draw(painter, context)
        painter.restore()
