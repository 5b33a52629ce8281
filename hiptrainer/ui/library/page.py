"""How the detail page is arranged and how large its step pictures are.

The page's text comes from :mod:`detail_html`. Here the Library puts the steps right after
the dose (what to do and how much come first; why and which muscles can be read after), makes
each step picture a link to the larger view (clicked, or reached with Tab and opened with
Enter), and sizes the pictures: about a third of the pane's width, at most
:data:`MAX_PICTURE_WIDTH`, and low enough that the first two steps are in sight when an
exercise opens.
"""

from __future__ import annotations

import re

from hiptrainer.ui.library.detail_html import escape

VIEW_SCHEME = "view"
MAX_PICTURE_WIDTH = 420
MIN_PICTURE_WIDTH = 160
MIN_PICTURE_HEIGHT = 110
#: Picture widths are whole multiples of this: a splitter drag redraws them now and then,
#: not at every pixel.
WIDTH_STEP = 20
#: Vertical room a step row takes besides its picture (the table's cell padding, spacing).
ROW_EXTRA = 12

#: Sections that follow the dose, in this order: the sides the steps are written for, then
#: the steps.
UP_FRONT = ("<h3>Sides</h3>", "<h3>Steps</h3>")
_SECTION = re.compile(r"(?=<h3>)")
_FIGURE = re.compile(r"<img src='figure:[^/']+/(\d+)'[^>]*>")
_STEPS_TABLE = "<table"


def view_url(step: int) -> str:
    return f"{VIEW_SCHEME}:{step}"


def _link_picture(match: re.Match[str]) -> str:
    step = int(match.group(1))
    title = escape(f"Step {step + 1}: a larger view, both sides")
    return f"<a href='{view_url(step)}' title='{title}'>{match.group(0)}</a>"


def arrange(html: str, hint: str = "") -> str:
    """The page with its Sides and Steps sections moved up after the Dose, ``hint`` (HTML)
    after the Steps heading on its line, and every step picture a link to its larger view."""
    sections = _SECTION.split(html)
    titles = [section[: section.find("</h3>") + 5] for section in sections]
    if "<h3>Dose</h3>" in titles:
        moved = []
        for title in UP_FRONT:
            if title in titles:
                moved.append(sections.pop(titles.index(title)))
                titles.remove(title)
        where = titles.index("<h3>Dose</h3>") + 1
        sections[where:where] = moved
    page = "".join(sections)
    if hint:
        page = page.replace("<h3>Steps</h3>", f"<h3>Steps{hint}</h3>", 1)
    return _FIGURE.sub(_link_picture, page)


def above_steps(page: str) -> str:
    """The part of an arranged page above the first step picture: the header, the dose, the
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
