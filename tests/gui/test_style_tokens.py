"""Design tokens: the type scale follows the system font, spacing grows in steps, and the
sides stay apart in colour (for the common colour-vision deficiencies too), letter and shape."""

from __future__ import annotations

import math

import pytest
from PySide6.QtGui import QColor, QFont

from hiptrainer.ui.style.theme import build_palette
from hiptrainer.ui.style.tokens import (
    ERROR,
    NOTICE,
    ON_NOTICE,
    SIDES,
    SPACING,
    TYPE_SCALE,
    Scheme,
    TextRole,
    scaled_font,
)
from tests.gui.test_style_theme import contrast

# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
DEFICIENCIES = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}  # fmt: skip


def linear(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of a linear RGB colour."""
    r, g, b = (min(1.0, max(0.0, c)) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def seen(colour: str, deficiency: str | None) -> tuple[float, float, float]:
    c = QColor(colour)
    rgb = (linear(c.redF()), linear(c.greenF()), linear(c.blueF()))
    if deficiency is not None:
        m = DEFICIENCIES[deficiency]
        rgb = (
            sum(m[0][i] * rgb[i] for i in range(3)),
            sum(m[1][i] * rgb[i] for i in range(3)),
            sum(m[2][i] * rgb[i] for i in range(3)),
        )
    return lab(rgb)


def difference(a: str, b: str, deficiency: str | None) -> float:
    return math.dist(seen(a, deficiency), seen(b, deficiency))


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("deficiency", [None, *DEFICIENCIES])
def test_left_and_right_stay_apart_for_colour_blind_eyes(
    scheme: Scheme, deficiency: str | None
) -> None:
    left, right = SIDES["left"].colour(scheme), SIDES["right"].colour(scheme)
    # ΔE*ab above 40 is two clearly different colours, not two shades of one.
    assert difference(left, right, deficiency) > 40, (scheme, deficiency)


def test_the_check_tells_a_pair_colour_blind_eyes_confuse() -> None:
    # Red and green of equal lightness: apart for most eyes, nearly one colour without
    # green cones. The check above would catch such a pair.
    assert difference("#d62728", "#2ca02c", None) > 40
    assert difference("#d62728", "#2ca02c", "deuteranopia") < 25


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_side_colours_stand_out_from_the_background(scheme: Scheme) -> None:
    palette = build_palette(scheme)
    for side in SIDES.values():
        for background in (palette.base().color(), palette.window().color()):
            assert contrast(QColor(side.colour(scheme)), background) >= 3, (side.word, scheme)


def test_sides_differ_by_letter_and_shape_as_well() -> None:
    assert len({s.letter for s in SIDES.values()}) == len(SIDES)
    assert len({s.shape for s in SIDES.values()}) == len(SIDES)
    assert len({s.symbol for s in SIDES.values()}) == len(SIDES)
    assert (SIDES["left"].letter, SIDES["right"].letter) == ("L", "R")
    # The Okabe-Ito pair the brief of the progress charts and the player share.
    assert (SIDES["left"].light, SIDES["right"].light) == ("#0072B2", "#D55E00")


@pytest.mark.parametrize("points", [9.0, 10.0, 18.0])
def test_the_type_scale_is_relative_to_the_system_font(points: float) -> None:
    base = QFont("Sans")
    base.setPointSizeF(points)
    sizes = {role: scaled_font(base, role).pointSizeF() for role in TYPE_SCALE}
    assert sizes["body"] == pytest.approx(points)
    assert sizes["small"] < sizes["body"] < sizes["title"] < sizes["display"]
    assert sizes["display"] == pytest.approx(points * TYPE_SCALE["display"])
    assert base.pointSizeF() == points  # the base font is not changed
    assert scaled_font(base, "title").weight() > scaled_font(base, "body").weight()


@pytest.mark.parametrize("role", ["small", "body", "title", "display"])
def test_a_font_set_in_pixels_scales_too(role: TextRole) -> None:
    base = QFont("Sans")
    base.setPixelSize(20)
    assert scaled_font(base, role).pixelSize() == round(20 * TYPE_SCALE[role])


def test_spacing_grows_in_steps() -> None:
    assert list(SPACING) == sorted(set(SPACING))
    assert SPACING[0] >= 2


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_error_colour_reads_on_its_scheme(scheme: Scheme) -> None:
    palette = build_palette(scheme)
    for background in (palette.window().color(), palette.base().color()):
        assert contrast(QColor(ERROR[scheme]), background) >= 4.5, scheme


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_notice_reads_on_its_yellow_which_stands_out_from_the_window(scheme: Scheme) -> None:
    """A notice's words (a practice run saves nothing, the sound is off, new records) keep
    4.5:1 on the notice colour, and the strip is a colour apart from the window and the
    fields' base, not a shade of them."""
    assert contrast(QColor(ON_NOTICE[scheme]), QColor(NOTICE[scheme])) >= 4.5, scheme
    palette = build_palette(scheme)
    for background in (palette.window().color(), palette.base().color()):
        # ΔE*ab above 25: plainly another colour at a glance.
        assert difference(NOTICE[scheme], background.name(), None) > 25, scheme
