"""The Progress tab's cached reads stay bounded however many exercises and ranges are seen."""

from __future__ import annotations

from collections.abc import Callable

from hiptrainer.ui.progress import data
from hiptrainer.ui.progress.data import ProgressReader


class CountingReads:
    def __init__(self) -> None:
        self.calls: list[tuple[object, ...]] = []

    def read(self, key: tuple[object, ...]) -> Callable[[], list[object]]:
        def run() -> list[object]:
            self.calls.append(key)
            return [key]

        return run


def test_switching_back_reads_nothing_again() -> None:
    reader, reads = ProgressReader(lambda: None), CountingReads()
    for key in [("totals", "clamshell", None), ("totals", "bird_dog", None)] * 2:
        assert reader.memo(key, reads.read(key)) == [key]
    assert len(reads.calls) == 2


def test_only_the_latest_reads_of_a_kind_are_kept() -> None:
    reader, reads = ProgressReader(lambda: None), CountingReads()
    exercises = [f"exercise_{n}" for n in range(data.KEPT_PER_KIND + 2)]
    for name in exercises:
        reader.memo(("totals", name, None), reads.read(("totals", name, None)))
    reader.memo(("weeks", None), reads.read(("weeks", None)))
    kept = [key for key in reader._cache if key[0] == "totals"]
    assert kept == [("totals", name, None) for name in exercises[-data.KEPT_PER_KIND :]]
    assert ("weeks", None) in reader._cache  # another kind is not pushed out
    # The first exercise was let go: seeing it again reads it again.
    reader.memo(("totals", exercises[0], None), reads.read(("totals", exercises[0], None)))
    assert reads.calls.count(("totals", exercises[0], None)) == 2


def test_the_most_recently_used_read_of_a_kind_is_kept_longest() -> None:
    reader, reads = ProgressReader(lambda: None), CountingReads()
    first = ("totals", "first", None)
    reader.memo(first, reads.read(first))
    for n in range(data.KEPT_PER_KIND + 3):
        reader.memo(first, reads.read(first))  # used again before each new one
        reader.memo(("totals", n, None), reads.read(("totals", n, None)))
    assert first in reader._cache
    assert reads.calls.count(first) == 1


def test_all_the_reads_kept_are_bounded() -> None:
    reader, reads = ProgressReader(lambda: None), CountingReads()
    for n in range(data.KEPT_READS * 2):
        reader.memo((f"kind_{n}",), reads.read((f"kind_{n}",)))
    assert len(reader._cache) == data.KEPT_READS
    assert (f"kind_{data.KEPT_READS * 2 - 1}",) in reader._cache
