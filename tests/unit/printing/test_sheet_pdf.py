"""The PDFs themselves, read back with poppler: a file for every bundled exercise and
routine, whose text holds the names, doses and steps, whose words all lie inside the page,
which has no raster image and embeds its fonts; document information; user text printed as
it was typed; the printer path; and an atomic write."""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from hiptrainer.catalog import Catalog, load_catalog
from hiptrainer.domain.dose import dose_text
from hiptrainer.printing import (
    A4,
    LETTER,
    SheetOptions,
    exercise_sheet,
    page_of,
    pdf_bytes,
    print_sheet,
    routine_sheet,
    write_pdf,
)
from hiptrainer.printing.options import MARGIN
from hiptrainer.printing.output import with_info
from hiptrainer.printing.words import setup_lines

POPPLER = shutil.which("pdftotext") and shutil.which("pdfinfo")
pytestmark = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext) is not installed")
DAY = dt.date(2025, 3, 7)
KINDS = {"A4": SheetOptions(page=A4, date=DAY), "Letter": SheetOptions(page=LETTER, date=DAY),
         "Letter-large": SheetOptions(page=LETTER, large_print=True, date=DAY)}  # fmt: skip
PAGE_POINTS = {"A4": (595, 842), "Letter": (612, 792), "Letter-large": (612, 792)}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def pdfs(
    qapp: QGuiApplication, catalog: Catalog, tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str], Path]:
    """Every bundled exercise and routine, on A4 and Letter, and in large print on Letter."""
    folder = tmp_path_factory.mktemp("sheets")
    made = {}
    for kind, options in KINDS.items():
        for exercise in catalog.exercises.values():
            path = folder / f"{exercise.id}-{kind}.pdf"
            write_pdf(exercise_sheet([exercise], catalog, options), path)
            made[exercise.id, kind] = path
        for workout in catalog.workouts.values():
            path = folder / f"{workout.id}-{kind}.pdf"
            write_pdf(routine_sheet(workout, catalog, options), path)
            made[workout.id, kind] = path
    return made


def poppler(*args: str) -> str:
    result = subprocess.run(args, capture_output=True, text=True, timeout=60, check=True)
    return result.stdout


def plain(text: str) -> str:
    """Text as pdftotext gives it, compared loosely: ligatures undone, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def text_of(path: Path) -> str:
    """The text in the order it was painted (a strip's columns one after another); a line
    broken after a word's own hyphen ("mini-|band") joins up again."""
    raw = poppler("pdftotext", "-raw", "-enc", "UTF-8", str(path), "-")
    return plain(re.sub(r"(?<=\w)-\n", "-", raw))


def pages_of(path: Path) -> int:
    found = re.search(r"^Pages:\s+(\d+)$", poppler("pdfinfo", str(path)), re.M)
    assert found, path
    return int(found.group(1))


def test_every_exercise_pdf_holds_its_name_dose_steps_and_cues(
    catalog: Catalog, pdfs: dict[tuple[str, str], Path]
) -> None:
    """Every step, the dose and every safety line always; at least the first three cues, the
    first two mistakes and the why's first sentence; in large print, all of it."""
    for kind in KINDS:
        for exercise in catalog.exercises.values():
            text = text_of(pdfs[exercise.id, kind])
            assert plain(exercise.name) in text, (exercise.id, kind)
            assert plain(dose_text(exercise.dosage, exercise.unilateral)) in text
            for number, step in enumerate(exercise.steps, 1):
                assert plain(f"{number} {step.text}") in text, (exercise.id, number, kind)
            always = [*exercise.cues[:3], *exercise.mistakes[:2], *exercise.safety,
                      exercise.why.split(". ")[0]]  # fmt: skip
            setups = [label + line for label, line in setup_lines(exercise)]
            everything = [*exercise.cues, *exercise.mistakes, *exercise.safety, exercise.why,
                          *setups]  # fmt: skip
            for line in everything if kind.endswith("large") else always:
                assert plain(line) in text, (exercise.id, kind, line)
            whole = all(plain(line) in text for line in everything)
            assert whole == ("Shortened for print" not in text), (exercise.id, kind)
            assert "Pain 0–10" in text
            assert "Week 6" in text


def test_every_exercise_pdf_is_one_page_at_12_pt_and_at_most_two_in_large_print(
    catalog: Catalog, pdfs: dict[tuple[str, str], Path]
) -> None:
    counts = {(e.id, kind): pages_of(pdfs[e.id, kind])
              for kind in KINDS for e in catalog.exercises.values()}  # fmt: skip
    assert {
        key: n for key, n in counts.items() if n != (2 if key[1].endswith("large") else 1)
    } == {}


def test_every_routine_pdf_holds_each_exercise_with_its_own_dose(
    catalog: Catalog, pdfs: dict[tuple[str, str], Path]
) -> None:
    for kind in KINDS:
        for workout in catalog.workouts.values():
            text = text_of(pdfs[workout.id, kind])
            assert plain(workout.name) in text
            for index, block in enumerate(workout.blocks):
                exercise = catalog.exercises[block.exercise]
                dosage = catalog.dosage(workout.id, index)
                assert plain(f"{index + 1} {exercise.name}") in text
                assert plain(dose_text(dosage, exercise.unilateral)) in text, (workout.id, index)
                assert plain(exercise.cues[0]) in text
            assert "Name:" in text
            assert "Date: 7 March 2025" in text
            assert "Notes" in text
            assert "Prescribed by" not in text


def test_the_warm_up_and_the_post_run_routine_are_two_pages(
    pdfs: dict[tuple[str, str], Path],
) -> None:
    for kind in ("A4", "Letter"):
        assert pages_of(pdfs["runners_hip_warmup", kind]) == 2
        assert pages_of(pdfs["post_run_strength", kind]) == 2


def test_every_word_lies_inside_the_page_margins(pdfs: dict[tuple[str, str], Path]) -> None:
    margin = MARGIN - 1  # a glyph's box may start a hair before its pen position
    for (name, kind), path in pdfs.items():
        bbox = poppler("pdftotext", "-bbox", str(path), "-")
        pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', bbox, re.S)
        assert pages, name
        for width, height, words in pages:
            assert (round(float(width)), round(float(height))) == PAGE_POINTS[kind], name
            boxes = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"',
                               words)  # fmt: skip
            assert boxes, f"{name}: a page without text"
            for box in boxes:
                x0, y0, x1, y1 = map(float, box)
                assert margin <= x0, (name, kind, box)
                assert x1 <= float(width) - margin, (name, kind, box)
                assert margin <= y0, (name, kind, box)
                assert y1 <= float(height) - margin, (name, kind, box)


def test_no_raster_images_and_embedded_fonts(pdfs: dict[tuple[str, str], Path]) -> None:
    for (name, kind), path in pdfs.items():
        data = path.read_bytes()
        assert not re.search(rb"/Subtype\s*/Image", data), f"{name} {kind} holds a raster image"
        assert re.search(rb"/FontFile[23]?\b", data), f"{name} {kind} embeds no font"
    listed = poppler("pdfimages", "-list", str(pdfs["post_run_strength", "A4"]))
    assert len(listed.strip().splitlines()) == 2  # the column heads only


def test_document_information(pdfs: dict[tuple[str, str], Path]) -> None:
    info = poppler("pdfinfo", str(pdfs["copenhagen_plank", "A4"]))
    assert re.search(r"^Title:\s+Side plank with top leg on a bench$", info, re.M)
    assert re.search(r"^Subject:\s+Exercise sheet: Side plank with top leg on a bench$", info, re.M)
    assert re.search(r"^Author:\s+HipTrainer$", info, re.M)
    routine = poppler("pdfinfo", str(pdfs["post_run_strength", "A4"]))
    assert re.search(r"^Subject:\s+Routine sheet: Post-run hip & glute strength$", routine, re.M)


def test_user_text_is_printed_literally(catalog: Catalog, tmp_path: Path) -> None:
    typed = "<b>Dr A&amp;B</b> & co"
    options = SheetOptions(name="<i>Sam</i>", prescribed_by=typed, date=DAY)
    path = tmp_path / "mine.pdf"
    write_pdf(routine_sheet(catalog.workouts["runners_hip_warmup"], catalog, options), path)
    text = text_of(path)
    assert "Name: <i>Sam</i>" in text
    assert f"Prescribed by: {typed}" in text
    info = poppler("pdfinfo", str(path))
    assert re.search(r"^Author:\s+<b>Dr A&amp;B</b> & co$", info, re.M)


def test_printing_goes_through_the_same_pages(catalog: Catalog, tmp_path: Path) -> None:
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    page = page_of(printer)
    assert (round(page.width), round(page.height)) == (612, 792)
    sheet = routine_sheet(
        catalog.workouts["runners_hip_warmup"], catalog, SheetOptions(page=page, date=DAY)
    )
    print_sheet(sheet, printer)
    printed = tmp_path / "printed.pdf"
    assert re.search(rf"^Pages:\s+{sheet.page_count}$", poppler("pdfinfo", str(printed)), re.M)
    assert "Runner's hip warm-up" in text_of(printed)
    assert "7 March 2025 · page 2 of 2" in text_of(printed)


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = exercise_sheet([catalog.exercises["glute_bridge"]], catalog)
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OSError, match="No space left"):
        write_pdf(sheet, target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_document_information_needs_a_pdf_trailer() -> None:
    with pytest.raises(ValueError, match="classic trailer"):
        with_info(b"not a pdf", {"Title": "x"})


def test_a_greyscale_pdf_paints_in_grey(catalog: Catalog) -> None:
    """Qt's greyscale colour model: fills, strokes and shadings in DeviceGray, not RGB."""
    sheet = exercise_sheet([catalog.exercises["glute_bridge"]], catalog)

    def spaces(data: bytes) -> tuple[int, int]:
        return (len(re.findall(rb"/ColorSpace /DeviceRGB", data)),
                len(re.findall(rb"/ColorSpace /DeviceGray", data)))  # fmt: skip

    colour, grey = spaces(pdf_bytes(sheet)), spaces(pdf_bytes(sheet, grayscale=True))
    assert colour[0] > 0
    assert grey[0] == 0
    assert grey[1] > 0
