"""Breaking a run of blocks into pages (or columns): the rules that keep a sheet readable.

- A block that fits on a fresh page is never split: it moves to the next page whole. An
  exercise on a routine sheet is one such block.
- A heading (``keep_with_next``) never ends a page: it moves to the next page with what
  it heads.
- Only a block taller than a whole page splits, where it allows (text between lines, with
  at least two on each side), or one marked ``keep_together=False`` (flowing columns).
- ``break_before`` starts a new page (each exercise of a several-exercise sheet).

:func:`paginate` knows blocks only by their heights and their ``split``, so it is tested
with plain stand-ins.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from hiptrainer.printing.blocks import EPS

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

    from hiptrainer.printing.blocks import Block


@dataclass(frozen=True)
class Unit:
    block: Block
    #: Space above the block, dropped at the top of a page or column.
    gap: float = 0.0
    keep_with_next: bool = False
    #: False for a block that may split wherever a page ends (columns of short items);
    #: True keeps it whole unless it is taller than a page.
    keep_together: bool = True
    #: A block that may wait for the next page or column while the text after it fills the
    #: rest of this one (a picture with its caption); it goes on at the next heading there.
    floats: bool = False
    break_before: bool = False
    #: What the page is about, for its footer (a new value starts applying on its page).
    section: str | None = None


@dataclass(frozen=True)
class Placed:
    y: float
    unit: Unit


Frame = list[Placed]


def paginate(
    units: Sequence[Unit], capacity: Callable[[int], float] | float,
    max_frames: int | None = None, fresh: float | None = None,
) -> tuple[list[Frame], list[Unit]]:  # fmt: skip
    """Fill frames (pages or columns) of height ``capacity`` (a number, or a function of the
    frame's index) with ``units``; stop after ``max_frames`` and return what is left.

    ``fresh`` is the room a unit finds if it waits for a later frame, by default the next
    frame's: columns that end at a page's foot give it a whole column of the next page, so a
    block that fits there moves on rather than split."""
    pager = _Pager(units, capacity, max_frames, fresh)
    pager.run()
    return pager.frames, pager.rest


class _Pager:
    """The state of one run of :func:`paginate`."""

    def __init__(
        self, units: Sequence[Unit], capacity: Callable[[int], float] | float,
        max_frames: int | None, fresh: float | None,
    ) -> None:  # fmt: skip
        self.room_of = capacity if callable(capacity) else (lambda _index, c=capacity: c)
        self.max_frames, self.fresh = max_frames, fresh
        self.frames: list[Frame] = [[]]
        self.queue = list(units)
        #: Floating blocks waiting for the next frame while the text after them fills this one.
        self.deferred: list[Unit] = []
        self.used = 0.0
        self.rest: list[Unit] = []

    def next_frame(self) -> bool:
        """Start a new frame; False if no frame is left. The waiting floats go on at the
        next heading (or page break): a list that runs on into this frame ends first, rather
        than part of it stray below the floats, away from its heading."""
        if self.max_frames is not None and len(self.frames) >= self.max_frames:
            return False
        self.frames.append([])
        self.used = 0.0
        self.queue = _with_floats(self.queue, self.deferred)
        self.deferred = []
        return True

    def place(self, unit: Unit, gap: float) -> None:
        self.frames[-1].append(Placed(self.used + gap, unit))
        self.used += gap + unit.block.height

    def split_here(self, unit: Unit, room: float) -> bool:
        """Fill this frame with the head of ``unit``, the rest first in the queue."""
        parts = unit.block.split(room) if room > 0 else None
        if parts is None:
            return False
        head, tail = parts
        self.place(replace(unit, block=head, keep_with_next=False), unit.gap if self.frames[-1]
                   else 0.0)  # fmt: skip
        self.queue[0] = replace(unit, block=tail, gap=0.0, break_before=False, section=None)
        return True

    def run(self) -> None:
        going = True
        while going and (self.queue or self.deferred):
            going = self.step() if self.queue else self.next_frame()
        if self.queue:  # stopped at max_frames: a heading at the foot goes on with its text
            carried = _trailing_headings(self.frames[-1])
            del self.frames[-1][len(self.frames[-1]) - len(carried) :]
            self.queue[0:0] = [p.unit for p in carried]
        self.rest = _with_floats(self.queue, self.deferred)
        if not self.frames[-1] and len(self.frames) > 1:
            self.frames.pop()

    def step(self) -> bool:
        """Place, split, defer or move on with the first unit; False when out of frames."""
        unit, frame = self.queue[0], self.frames[-1]
        if unit.break_before and (frame or self.deferred):
            return self.next_frame()
        gap = unit.gap if frame else 0.0
        room = self.room_of(len(self.frames) - 1) - self.used
        height = unit.block.height
        if gap + height <= room + EPS:
            self.place(unit, gap)
            self.queue.pop(0)
            return True
        later = self.fresh if self.fresh is not None else self.room_of(len(self.frames))
        # It does not fit here. Split where it may, filling this frame?
        if not unit.keep_together and self.split_here(unit, room - gap):
            return self.next_frame()
        # A float waits for the next frame while what follows fills this one.
        # (Or, on a short frame at a page's foot, while the text after it fills this one.)
        if unit.floats and (frame or self.fresh is not None) and height <= later + EPS:
            self.deferred.append(self.queue.pop(0))
            return True
        # Whole on the next frame, with the headings above it: if it fits a fresh frame,
        # and if anything but headings stays behind (else moving on would leave them alone).
        carried = _trailing_headings(frame)
        need = height
        if self.fresh is not None:  # headings and all wait for the roomier page to come
            need += sum(p.unit.block.height + p.unit.gap for p in carried)
        if (len(carried) < len(frame) or self.fresh is not None) and need <= later + EPS:
            del frame[len(frame) - len(carried) :]
            self.queue[0:1] = [p.unit for p in carried] + [unit]
            return self.next_frame()
        # Taller than a whole frame: split it to fill this one.
        if self.split_here(unit, room - gap):
            return self.next_frame()
        if not frame:  # nothing splits and the frame is empty: it overflows (clipped)
            self.place(unit, 0.0)
            self.queue.pop(0)
        elif len(carried) < len(frame):  # it splits on the next frame, under its headings
            del frame[len(frame) - len(carried) :]
            self.queue[0:1] = [p.unit for p in carried] + [unit]
        return self.next_frame()


def _with_floats(queue: list[Unit], floats: list[Unit]) -> list[Unit]:
    """``queue`` with the ``floats`` put in before its first heading or page break."""
    at = next((i for i, u in enumerate(queue) if u.keep_with_next or u.break_before), len(queue))
    return [*queue[:at], *floats, *queue[at:]]


def _trailing_headings(frame: Frame) -> Frame:
    count = 0
    while count < len(frame) and frame[len(frame) - 1 - count].unit.keep_with_next:
        count += 1
    return frame[len(frame) - count :]


def frame_height(frame: Frame) -> float:
    return max((p.y + p.unit.block.height for p in frame), default=0.0)


class Columns:
    """Units flowed into ``count`` columns of equal width, as short as they can be.

    The height is found by bisection: the smallest height at which the units fill no more
    than ``count`` columns under the same rules as pages. Taller than a page, the columns
    split: the head fills its columns to the room left, the rest flows on.
    """

    def __init__(self, units: Sequence[Unit], width: float, count: int, gutter: float,
                 height: float | None = None, page: float | None = None) -> None:  # fmt: skip
        #: The height of a page's columns: what does not fit at a page's foot but fits a
        #: column of the next page goes there whole.
        self.page = page
        self.units = list(units)
        self._width, self.count, self.gutter = width, count, gutter
        self.column_width = (width - gutter * (count - 1)) / count
        self.frames = self._balance() if height is None else self._fill(height)[0]

    @property
    def width(self) -> float:
        return self._width

    @property
    def height(self) -> float:
        return max((frame_height(f) for f in self.frames), default=0.0)

    def _fill(self, height: float) -> tuple[list[Frame], list[Unit]]:
        return paginate(self.units, height, max_frames=self.count)

    def _balance(self) -> list[Frame]:
        total = sum(u.gap + u.block.height for u in self.units)
        low, high = 0.0, total + EPS
        best = self._fill(high)[0]
        for _ in range(24):
            middle = (low + high) / 2
            frames, rest = self._fill(middle)
            if rest or any(frame_height(f) > middle + EPS for f in frames):
                low = middle
            else:
                high, best = middle, frames
            if high - low < 0.5:
                break
        return best

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        for index, frame in enumerate(self.frames):
            left = x + index * (self.column_width + self.gutter)
            for placed in frame:
                placed.unit.block.paint(painter, left, y + placed.y)

    def split(self, room: float) -> tuple[Block, Block] | None:
        frames, rest = paginate(self.units, room, max_frames=self.count, fresh=self.page)
        if not rest or not any(frames):
            return None
        if any(frame and frame[-1].unit.keep_with_next for frame in frames):
            return None  # a heading would end a column: better the whole block moves on
        head = Columns(self.units[:0], self._width, self.count, self.gutter, height=0.0)
        head.frames = frames
        tail = Columns(rest, self._width, self.count, self.gutter, page=self.page)
        return head, tail
