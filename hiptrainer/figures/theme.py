"""Colours of the illustrations, for light and dark surroundings."""

from __future__ import annotations

import msgspec


class Theme(msgspec.Struct, frozen=True):
    background: str
    floor: str
    prop: str
    prop_edge: str
    near: str
    far: str
    head: str
    highlight: str
    arrow: str
    band: str
    #: Contact shadows, as #AARRGGBB.
    shadow: str


LIGHT = Theme(
    "#ffffff",
    "#d9dee4",
    "#c9b79c",
    "#8c7a60",
    "#5d7fa3",
    "#3f5a78",
    "#6a8cb0",
    "#ff6b35",
    "#d9480f",
    "#e64980",
    "#9021303f",
)
DARK = Theme(
    "#1f2329",
    "#3a4049",
    "#7d6a52",
    "#a8916f",
    "#8fb3d9",
    "#5f80a6",
    "#a3c2e3",
    "#ff8a5c",
    "#ffa94d",
    "#f06595",
    "#b0000000",
)
THEMES = {"light": LIGHT, "dark": DARK}
