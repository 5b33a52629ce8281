"""The print painter: a gradient that fades to transparent becomes one flat translucent
colour (Qt's PDF engine would print it opaque); opaque gradients and plain brushes stay."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QLinearGradient, QRadialGradient

from hiptrainer.catalog import load_catalog
from hiptrainer.printing import exercise_sheet, pdf_bytes
from hiptrainer.printing.painter import flat_if_fading


@pytest.fixture(autouse=True)
def app(qapp: QGuiApplication) -> QGuiApplication:
    return qapp


def test_a_fading_radial_gradient_becomes_its_mean_colour() -> None:
    gradient = QRadialGradient(QPointF(0, 0), 1.0)
    gradient.setColorAt(0.0, QColor(200, 100, 0, 200))
    gradient.setColorAt(1.0, QColor(200, 100, 0, 0))
    flat = flat_if_fading(QBrush(gradient))
    assert flat.gradient() is None
    colour = flat.color()
    assert (colour.red(), colour.green(), colour.blue()) == (200, 100, 0)
    # By area the faint rim outweighs the centre: well under the mean of the two stops.
    assert 40 < colour.alpha() < 100


def test_opaque_gradients_and_plain_brushes_stay() -> None:
    limb = QLinearGradient(QPointF(0, 0), QPointF(1, 0))
    limb.setColorAt(0.0, QColor("#8fa9c4"))
    limb.setColorAt(1.0, QColor("#4f6d8f"))
    assert flat_if_fading(QBrush(limb)).gradient() is not None
    plain = QBrush(QColor(10, 20, 30, 40))
    assert flat_if_fading(plain).color() == QColor(10, 20, 30, 40)


def test_sheets_hold_no_alpha_soft_masks() -> None:
    """The construct Qt gets wrong (a soft mask read from a shading group's alpha) is gone,
    so the figures' shadows and glows print translucent."""
    catalog = load_catalog()
    data = pdf_bytes(exercise_sheet([catalog.exercises["clamshell"]], catalog))
    assert not re.search(rb"/SMask\s*<<\s*/S\s*/Alpha", data)
