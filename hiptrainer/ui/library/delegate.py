"""Two-line rows for the exercise list: the name, then the dose and main muscles."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from hiptrainer.ui.library.model import SubtitleRole

PADDING = 6


class ExerciseDelegate(QStyledItemDelegate):
    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        return title, small

    def initStyleOption(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = ""

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title, small = self._fonts(option)
        height = QFontMetrics(title).height() + QFontMetrics(small).height() + 3 * PADDING
        return QSize(200, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # The base class draws the row's background, selection and focus frame (its text is
        # blanked in initStyleOption); the two lines of text are drawn here.
        super().paint(painter, option, index)
        view = option.widget
        selected = isinstance(view, QAbstractItemView) and view.selectionModel().isSelected(index)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        title, small = self._fonts(option)
        rect = option.rect.adjusted(PADDING * 2, PADDING, -PADDING * 2, -PADDING)
        title_height = QFontMetrics(title).height()
        name = QFontMetrics(title).elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            rect.width(),
        )
        subtitle = QFontMetrics(small).elidedText(
            str(index.data(SubtitleRole) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )

        painter.save()
        painter.setPen(option.palette.color(role))
        painter.setFont(title)
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), title_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.setFont(small)
        painter.drawText(
            QRect(
                rect.left(),
                rect.top() + title_height + PADDING // 2,
                rect.width(),
                rect.height() - title_height,
            ),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            subtitle,
        )
        painter.restore()
