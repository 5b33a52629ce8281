"""A routine sheet prints each side's dose where a block gives a side its own, and one dose
"each side" where both sides share it."""

from __future__ import annotations

import msgspec
import pytest
from PySide6.QtGui import QGuiApplication

from hiptrainer.catalog import Catalog, load_catalog
from hiptrainer.domain.model import Dosage, SideDosage
from hiptrainer.printing import SheetOptions, routine_sheet
from hiptrainer.printing.blocks import Text
from hiptrainer.printing.words import dose_line, dose_more
from tests.unit.printing.test_sheet_fit import placed_blocks

RIGHT = Dosage(sets=1, reps=(4, 4), hold_s=(20, 20), rest_s=60)
LEFT = Dosage(sets=1, reps=(4, 4), hold_s=(15, 15), rest_between_reps_s=10, rest_s=60)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(autouse=True)
def app(qapp: QGuiApplication) -> QGuiApplication:
    return qapp


def test_dose_words_name_each_side() -> None:
    assert dose_line(RIGHT, True, SideDosage(left=LEFT)) == (
        "Dose: ",
        "left: 4 × 15 s hold / right: 4 × 20 s hold.",
    )
    assert dose_line(RIGHT, True) == ("Dose: ", "4 × 20 s hold, each side.")
    # Rests that differ are said for each side; the sessions a week can be left out.
    more = dose_more(RIGHT, True, weekly=False, length=False, side_dosage=SideDosage(left=LEFT))
    assert more.startswith("Left side: Rest 10 s between holds. Right side: ")
    assert "sessions a week" not in more


def test_a_routine_sheet_prints_the_sides_doses(catalog: Catalog) -> None:
    workout = catalog.workouts["post_run_strength"]
    first = workout.blocks[0]
    assert first.exercise == "copenhagen_plank"
    held = msgspec.structs.replace(first, dosage=RIGHT, side_dosage=SideDosage(left=LEFT))
    mine = msgspec.structs.replace(workout, blocks=[held, *workout.blocks[1:]])
    sheet = routine_sheet(mine, catalog, SheetOptions())
    texts = [b.layout.text() for b in placed_blocks(sheet) if isinstance(b, Text)]
    assert any("Dose: left: 4 × 15 s hold / right: 4 × 20 s hold." in t for t in texts)
    plain = routine_sheet(workout, catalog, SheetOptions())
    plain_texts = [b.layout.text() for b in placed_blocks(plain) if isinstance(b, Text)]
    assert not any("left: " in t and " / right: " in t for t in plain_texts)
