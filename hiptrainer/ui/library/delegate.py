"""Two-line rows for the exercise list: the name, then the dose and main muscles."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from hiptrainer.ui.library.model import SubtitleRole

PADDING = 6


class _Fonts:
    """The two fonts of a row and their metrics, derived from the view's font."""

    def __init__(self, base: QFont) -> None:
        self.key = base.key()
        self.title = QFont(base)
        self.title.setBold(True)
        self.small = QFont(base)
        self.small.setPointSizeF(base.pointSizeF() * 0.9)
        self.title_metrics = QFontMetrics(self.title)
        self.small_metrics = QFontMetrics(self.small)


class ExerciseDelegate(QStyledItemDelegate):
    _cache: _Fonts | None = None

    def _fonts(self, option: QStyleOptionViewItem) -> _Fonts:
        if self._cache is None or self._cache.key != option.font.key():
            self._cache = _Fonts(option.font)
        return self._cache

    def initStyleOption(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = ""

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        fonts = self._fonts(option)
        height = fonts.title_metrics.height() + fonts.small_metrics.height() + 3 * PADDING
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
        fonts = self._fonts(option)
        rect = option.rect.adjusted(PADDING * 2, PADDING, -PADDING * 2, -PADDING)
        title_height = fonts.title_metrics.height()
        name = fonts.title_metrics.elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            rect.width(),
        )
        subtitle = fonts.small_metrics.elidedText(
            str(index.data(SubtitleRole) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )

        painter.save()
        painter.setPen(option.palette.color(role))
        painter.setFont(fonts.title)
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), title_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.setFont(fonts.small)
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
