"""Two-line rows for the exercise list: the name, then the dose and main muscles.

The list is part of the window's first frame, which is drawn before anything uses the ``Qt``
namespace: its first use builds all of its enums, one of the largest costs of a start-up. PySide
makes that use in places one would not guess: merely checking an overload that takes a ``Qt``
enum is enough. ``QPainter.setPen`` has such an overload, ``QFontMetrics.elidedText`` takes a
``Qt.TextElideMode`` and ``QPainter.drawText`` in a rectangle takes ``Qt.AlignmentFlag``s, and
model roles are ``Qt.ItemDataRole``s. So the rows are drawn without them: the exercise comes
from the proxy, each line is a text layout coloured by its format, drawn at its top left
corner, and shortened by :func:`elided`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextLayout,
)
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from hiptrainer.catalog.custom import is_custom
from hiptrainer.domain.dose import dose_text
from hiptrainer.domain.model import Exercise
from hiptrainer.ui.i18n import vocabulary_label
from hiptrainer.ui.style.tokens import scaled_font

PADDING = 6
ELLIPSIS = "…"

AnyIndex = QModelIndex | QPersistentModelIndex


def subtitle(exercise: Exercise) -> str:
    """The second line of a row: the dose, then the main muscles."""
    muscles = ", ".join(vocabulary_label("muscles", m) for m in exercise.primary_muscles)
    return f"{dose_text(exercise.dosage, exercise.unilateral)} · {muscles}"


def elided(metrics: QFontMetricsF, text: str, width: float) -> str:
    """``text`` if it fits in ``width``, else its longest start that fits with an ellipsis.

    The cut of ``QFontMetrics.elidedText`` with ``ElideRight`` for the catalogue's texts (no
    right-to-left or combining characters): a single character is kept whole; else the text
    is cut at the first character that ends at or past the width left beside the ellipsis,
    each measured within the whole text (as kerning makes it), and nothing is left if not
    even the ellipsis fits.
    """
    length = len(text)
    if length <= 1 or metrics.horizontalAdvance(text) <= width:
        return text
    room = width - metrics.horizontalAdvance(ELLIPSIS)
    if room < 0:
        return ""
    fits, too_long = 0, length  # widths grow with the length: search for the boundary
    while too_long - fits > 1:
        middle = (fits + too_long) // 2
        if metrics.horizontalAdvance(text, middle) < room:
            fits = middle
        else:
            too_long = middle
    return text[:fits] + ELLIPSIS


def draw_line(painter: QPainter, text: str, font: QFont, brush: QBrush, top_left: QPointF) -> None:
    """Draw one line of ``text`` whose top left corner is ``top_left``, in ``brush``."""
    layout = QTextLayout(text, font)
    colour = QTextLayout.FormatRange()
    colour.start, colour.length = 0, len(text)
    colour.format.setForeground(brush)
    layout.setFormats([colour])
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    layout.draw(painter, top_left)


class _Fonts:
    """The two fonts of a row and their metrics, derived from the view's font."""

    def __init__(self, base: QFont) -> None:
        self.key = base.key()
        self.title = QFont(base)
        self.title.setBold(True)
        self.small = scaled_font(base, "small")
        self.title_metrics = QFontMetricsF(self.title)
        self.small_metrics = QFontMetricsF(self.small)
        # Line heights in whole pixels, as rows and their lines are laid out.
        self.title_height = QFontMetrics(self.title).height()
        self.small_height = QFontMetrics(self.small).height()


class ExerciseDelegate(QStyledItemDelegate):
    """Draws the exercise that ``exercise_at`` finds for an index of the view's model."""

    _cache: _Fonts | None = None

    def __init__(self, exercise_at: Callable[[AnyIndex], Exercise], parent: QWidget) -> None:
        super().__init__(parent)
        self._exercise_at = exercise_at
        #: The tag at the right end of the name line of an exercise of the user's own.
        self._yours = self.tr("Yours")

    def _fonts(self, option: QStyleOptionViewItem) -> _Fonts:
        if self._cache is None or self._cache.key != option.font.key():
            self._cache = _Fonts(option.font)
        return self._cache

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:  # noqa: N802
        # The base class fills the option from the model's roles (text, font, colours, check
        # state, icon, background); this model has none of those but the text, which paint()
        # draws itself. What the style needs to draw the row's panel is the index; and, as the
        # base class does, no style object, so that rows are not animated.
        option.index = index.sibling(index.row(), index.column())  # a QModelIndex, whichever came
        option.styleObject = None  # type: ignore[assignment]  # nullptr: the stub says QObject

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        fonts = self._fonts(option)
        return QSize(200, fonts.title_height + fonts.small_height + 3 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        # The base class draws the row's background, selection and focus frame (with no text,
        # see initStyleOption); the two lines of text are drawn here.
        super().paint(painter, option, index)
        exercise = self._exercise_at(index)
        view = option.widget
        selected = isinstance(view, QAbstractItemView) and view.selectionModel().isSelected(index)
        fonts = self._fonts(option)
        rect = option.rect.adjusted(PADDING * 2, PADDING, -PADDING * 2, -PADDING)
        width = rect.width()
        palette = option.palette
        title_brush = palette.brush(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        subtitle_brush = palette.brush(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        room: float = width
        if is_custom(exercise):
            # The tag first, so a long name gives way to it.
            tag = fonts.small_metrics.horizontalAdvance(self._yours)
            room = max(width - tag - 2 * PADDING, 0)
            tag_brush = palette.brush(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Link
            )
            # On the name's baseline.
            drop = fonts.title_metrics.ascent() - fonts.small_metrics.ascent()
            corner = QPointF(rect.left() + width - tag, rect.top() + drop)
            draw_line(painter, self._yours, fonts.small, tag_brush, corner)
        title = elided(fonts.title_metrics, exercise.name, room)
        draw_line(painter, title, fonts.title, title_brush, QPointF(rect.topLeft()))
        top = rect.top() + fonts.title_height + PADDING // 2
        line = elided(fonts.small_metrics, subtitle(exercise), width)
        draw_line(painter, line, fonts.small, subtitle_brush, QPointF(rect.left(), top))
