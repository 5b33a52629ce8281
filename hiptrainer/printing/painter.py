"""The painter for PDF files and printers, which works around a gap in Qt's PDF engine.

Qt (6.11) writes a gradient that fades to transparent with a soft mask that reads the mask
group's *alpha*, which a shading fills everywhere: every such gradient prints fully opaque.
The figures fade their contact shadows, muscle glows and floor that way, so they printed as
hard dark discs. This painter turns such a brush into one flat colour at the gradient's mean
opacity over its area, which PDF does draw translucent (an opaque gradient, such as a limb's
shading, stays as it is). Preview, printer and PDF all paint through it, so the preview shows
what will print.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor, QGradient, QPainter

#: Points along a gradient at which its opacity is averaged.
SAMPLES = 24


class PrintPainter(QPainter):
    def setBrush(self, brush: Any, /) -> None:
        if isinstance(brush, QBrush):
            brush = flat_if_fading(brush)
        super().setBrush(brush)


def flat_if_fading(brush: QBrush) -> QBrush:
    """``brush``, or for a gradient with any transparency, its mean colour and opacity (by
    area: a radial gradient's rim counts for more than its centre)."""
    gradient = brush.gradient()
    if gradient is None:
        return brush
    stops = gradient.stops()
    if not stops or all(colour.alpha() == 255 for _, colour in stops):
        return brush
    radial = gradient.type() == QGradient.Type.RadialGradient
    total = red = green = blue = alpha = 0.0
    for index in range(SAMPLES):
        t = (index + 0.5) / SAMPLES
        weight = t if radial else 1.0
        colour = _at(stops, t)
        share = weight * colour.alphaF()
        red, green, blue = red + share * colour.redF(), green + share * colour.greenF(), blue + (
            share * colour.blueF())  # fmt: skip
        alpha += share
        total += weight
    if alpha <= 0:
        return QBrush(QColor(0, 0, 0, 0))
    flat = QColor.fromRgbF(red / alpha, green / alpha, blue / alpha, alpha / total)
    return QBrush(flat)


def _at(stops: list[tuple[float, QColor]], t: float) -> QColor:
    """The gradient's colour at ``t`` (0 to 1), straight between its stops."""
    if t <= stops[0][0]:
        return QColor(stops[0][1])
    for (t0, c0), (t1, c1) in zip(stops, stops[1:], strict=False):
        if t0 <= t <= t1:
            k = 0.0 if t1 == t0 else (t - t0) / (t1 - t0)
            return QColor.fromRgbF(
                c0.redF() + (c1.redF() - c0.redF()) * k,
                c0.greenF() + (c1.greenF() - c0.greenF()) * k,
                c0.blueF() + (c1.blueF() - c0.blueF()) * k,
                c0.alphaF() + (c1.alphaF() - c0.alphaF()) * k,
            )
    return QColor(stops[-1][1])
