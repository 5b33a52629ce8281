"""How large the detail page's step pictures are (the page itself is :mod:`detail_html`).

About a third of the pane's width, at most :data:`MAX_PICTURE_WIDTH`, and low enough that the
first two steps are in sight when an exercise opens.
"""

from __future__ import annotations

MAX_PICTURE_WIDTH = 420
MIN_PICTURE_WIDTH = 160
MIN_PICTURE_HEIGHT = 110
#: Picture widths are whole multiples of this: a splitter drag redraws them now and then,
#: not at every pixel.
WIDTH_STEP = 20
#: Vertical room a step row takes besides its picture (the table's cell padding, spacing).
ROW_EXTRA = 12

_STEPS_TABLE = "<table"


def above_steps(page: str) -> str:
    """The part of a page above the first step picture: the header, the dose, the
    Steps heading and anything under it before the steps table."""
    start = page.find("<h3>Steps")
    table = page.find(_STEPS_TABLE, start) if start >= 0 else -1
    return page[:table] if table >= 0 else page


def picture_size(pane_width: int, aspect: float, height_room: float | None) -> tuple[int, int]:
    """Width and height of each step picture of an exercise whose scene is ``aspect`` (height
    over width) in a pane ``pane_width`` wide, with ``height_room`` pixels free below the
    Steps heading for two steps (None: no limit)."""
    width = (pane_width // 3) // WIDTH_STEP * WIDTH_STEP
    width = max(MIN_PICTURE_WIDTH, min(width, MAX_PICTURE_WIDTH))
    # A flat scene (a bridge) still gets some height; the figure fits in, centred.
    height = max(round(width * aspect), round(width * 0.5))
    if height_room is not None:
        cap = max(MIN_PICTURE_HEIGHT, int(height_room / 2 - ROW_EXTRA))
        if height > cap:
            height = cap
            # A narrower box for a scene that no longer fills the width; the text column
            # beside it gains what the picture gives up.
            width = min(width, max(round(cap / aspect), round(cap * 0.8), MIN_PICTURE_WIDTH))
    return width, height
