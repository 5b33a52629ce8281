"""Page breaking with stand-in blocks (no Qt): blocks stay whole, headings never end a page,
only what cannot fit a page splits, and columns balance."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pytest

from hiptrainer.printing.flow import Columns, Placed, Unit, frame_height, paginate


@dataclass
class Box:
    """A block of ``lines`` lines of 10 points; it splits between lines when ``splits``."""

    lines: int
    splits: bool = False
    name: str = ""
    width: float = 100.0

    @property
    def height(self) -> float:
        return self.lines * 10.0

    def paint(self, painter: object, x: float, y: float) -> None:  # pragma: no cover
        raise AssertionError("not painted in these tests")

    def split(self, room: float) -> tuple[Box, Box] | None:
        fits = int(room // 10)
        if not self.splits or fits < 1 or fits >= self.lines:
            return None
        return Box(fits, True, self.name + "<"), Box(self.lines - fits, True, self.name + ">")


def names(frames: Sequence[Sequence[Placed]]) -> list[list[str]]:
    return [[p.unit.block.name for p in frame] for frame in frames]  # type: ignore[attr-defined]


def test_units_fill_a_page_in_order_with_their_gaps() -> None:
    units = [Unit(Box(3, name="a")), Unit(Box(3, name="b"), gap=5), Unit(Box(3, name="c"), gap=5)]
    frames, rest = paginate(units, 100)
    assert names(frames) == [["a", "b", "c"]]
    assert not rest
    assert [p.y for p in frames[0]] == [0, 35, 70]


def test_a_block_that_fits_a_fresh_page_moves_whole_even_if_it_could_split() -> None:
    units = [Unit(Box(7, name="a")), Unit(Box(5, splits=True, name="block"), gap=5)]
    frames, _ = paginate(units, 100)
    assert names(frames) == [["a"], ["block"]]
    # The gap above a block is dropped at the top of a page.
    assert frames[1][0].y == 0


def test_a_heading_never_ends_a_page() -> None:
    units = [
        Unit(Box(6, name="a")),
        Unit(Box(2, name="heading"), keep_with_next=True),
        Unit(Box(1, name="sub"), keep_with_next=True),
        Unit(Box(4, name="body")),
    ]
    frames, _ = paginate(units, 100)
    assert names(frames) == [["a"], ["heading", "sub", "body"]]
    for frame in frames:
        assert not frame[-1].unit.keep_with_next


def test_a_heading_alone_on_its_page_stays_rather_than_loop() -> None:
    # Nothing else on the page to leave behind: the heading stays, the long block splits.
    units = [Unit(Box(2, name="heading"), keep_with_next=True), Unit(Box(25, True, "long"))]
    frames, _ = paginate(units, 100)
    assert names(frames) == [["heading", "long<"], ["long><"], ["long>>"]]


def test_a_block_taller_than_a_page_splits_to_fill_pages() -> None:
    units = [Unit(Box(3, name="a")), Unit(Box(25, splits=True, name="long"))]
    frames, _ = paginate(units, 100)
    assert names(frames) == [["a", "long<"], ["long><"], ["long>>"]]
    assert [frame_height(f) for f in frames] == [100, 100, 80]


def test_an_unsplittable_block_taller_than_a_page_gets_a_page_of_its_own() -> None:
    units = [Unit(Box(2, name="a")), Unit(Box(14, name="huge")), Unit(Box(2, name="b"))]
    frames, _ = paginate(units, 100)
    assert names(frames) == [["a"], ["huge"], ["b"]]


def test_break_before_starts_a_page_but_never_an_empty_one() -> None:
    units = [Unit(Box(2, name="a"), break_before=True), Unit(Box(2, name="b"), break_before=True)]
    frames, _ = paginate(units, 100)
    assert names(frames) == [["a"], ["b"]]


def test_a_flowing_block_splits_to_fill_the_page_it_starts_on() -> None:
    units = [Unit(Box(6, name="a")), Unit(Box(6, True, "columns"), keep_together=False)]
    frames, _ = paginate(units, 100)
    assert names(frames) == [["a", "columns<"], ["columns>"]]
    assert frame_height(frames[0]) == 100


def test_max_frames_hands_back_the_rest() -> None:
    units = [Unit(Box(6, name=str(i))) for i in range(5)]
    frames, rest = paginate(units, 100, max_frames=2)
    assert names(frames) == [["0"], ["1"]]
    assert [u.block.name for u in rest] == ["2", "3", "4"]  # type: ignore[attr-defined]


def test_a_heading_at_the_foot_of_the_last_frame_goes_back_with_the_rest() -> None:
    units = [
        Unit(Box(4, name="a")),
        Unit(Box(4, name="b")),
        Unit(Box(1, name="heading"), keep_with_next=True),
        Unit(Box(4, name="c")),
    ]
    frames, rest = paginate(units, 100, max_frames=1)
    assert names(frames) == [["a", "b"]]
    assert [u.block.name for u in rest] == ["heading", "c"]  # type: ignore[attr-defined]


def test_capacity_may_differ_per_page() -> None:
    units = [Unit(Box(4, name=str(i))) for i in range(4)]
    frames, _ = paginate(units, lambda index: 50.0 if index == 0 else 100.0)
    assert names(frames) == [["0"], ["1", "2"], ["3"]]


def test_columns_balance_and_keep_their_rules() -> None:
    units = [Unit(Box(3, name=f"item{i}"), gap=2) for i in range(6)]
    units.insert(3, Unit(Box(1, name="heading"), keep_with_next=True, gap=2))
    columns = Columns(units, 210, 2, 10)
    assert columns.column_width == pytest.approx(100)
    assert len(columns.frames) == 2
    heights = [frame_height(f) for f in columns.frames]
    # As short as they can be: moving any one unit across would make one column taller.
    assert max(heights) == pytest.approx(columns.height)
    assert columns.height < sum(u.gap + u.block.height for u in units) / 2 + 35
    for frame in columns.frames:
        assert not frame[-1].unit.keep_with_next
    assert [name for f in names(columns.frames) for name in f] == [
        u.block.name  # type: ignore[attr-defined]
        for u in units
    ]


def test_columns_split_at_a_page_end_and_flow_on() -> None:
    units = [Unit(Box(3, name=f"item{i}"), gap=2) for i in range(10)]
    columns = Columns(units, 210, 2, 10)
    parts = columns.split(70)
    assert parts is not None
    head, tail = parts
    assert head.height <= 70
    placed = [p.unit.block.name for f in head.frames for p in f]  # type: ignore[attr-defined]
    rest = [p.unit.block.name for f in tail.frames for p in f]  # type: ignore[attr-defined]
    assert placed + rest == [f"item{i}" for i in range(10)]
    assert len(placed) == 4


def test_columns_do_not_split_where_a_heading_would_end_a_column() -> None:
    units = [Unit(Box(1, name="heading"), keep_with_next=True), Unit(Box(7, name="whole"))]
    units += [Unit(Box(3, name=f"item{i}")) for i in range(6)]
    assert Columns(units, 210, 2, 10).split(60) is None


def test_at_a_page_foot_a_block_that_fits_the_next_page_waits_for_it() -> None:
    units = [Unit(Box(3, name="a")), Unit(Box(8, splits=True, name="b"))]
    frames, rest = paginate(units, 60, max_frames=2, fresh=100)
    assert names(frames) == [["a"]]
    assert [u.block.name for u in rest] == ["b"]  # type: ignore[attr-defined]
    # Without a roomier page to come, it splits to fill the columns.
    frames, rest = paginate(units, 60, max_frames=2)
    assert names(frames) == [["a", "b<"], ["b>"]]
    assert not rest


def test_a_float_waits_for_the_next_page_while_the_text_after_it_fills_this_one() -> None:
    units = [
        Unit(Box(6, name="a")),
        Unit(Box(5, name="pictures"), floats=True),
        Unit(Box(2, name="b")),
        Unit(Box(2, name="c")),
        Unit(Box(1, name="next"), break_before=True),
    ]
    frames, rest = paginate(units, 100)
    assert names(frames) == [["a", "b", "c"], ["pictures"], ["next"]]
    assert not rest


def test_a_float_at_a_page_foot_lets_the_columns_fill_and_goes_on_at_the_next_heading() -> None:
    units = [Unit(Box(2, name="a")), Unit(Box(5, name="pictures"), floats=True)]
    units += [Unit(Box(2, name=f"t{i}")) for i in range(4)]
    units += [Unit(Box(1, name="heading"), keep_with_next=True), Unit(Box(2, name="u"))]
    frames, rest = paginate(units, 40, max_frames=2, fresh=100)
    assert names(frames) == [["a", "t0"], ["t1", "t2"]]
    rest_names = [u.block.name for u in rest]  # type: ignore[attr-defined]
    assert rest_names == ["t3", "pictures", "heading", "u"]


def test_a_list_that_runs_on_past_a_float_ends_before_it() -> None:
    """The float does not split a list from its heading: its last items come first on the
    next frame, then the float, then the next heading."""
    units = [Unit(Box(6, name="why")), Unit(Box(5, name="pictures"), floats=True)]
    units += [Unit(Box(1, name="cues"), keep_with_next=True)]
    units += [Unit(Box(1, name=f"cue{i}")) for i in range(4)]
    units += [Unit(Box(1, name="mistakes"), keep_with_next=True), Unit(Box(1, name="m0"))]
    frames, _ = paginate(units, 100)
    assert names(frames) == [
        ["why", "cues", "cue0", "cue1", "cue2"],
        ["cue3", "pictures", "mistakes", "m0"],
    ]


def test_headings_go_on_with_a_block_that_can_only_split_on_the_next_page() -> None:
    units = [Unit(Box(5, name="a")), Unit(Box(1, name="heading"), keep_with_next=True)]
    units.append(Unit(Box(12, splits=True, name="grid")))
    # Half a line of room after the heading: too little to split the grid there.
    frames, _ = paginate(units, 65)
    assert names(frames)[0] == ["a"]
    assert names(frames)[1][:2] == ["heading", "grid<"]
