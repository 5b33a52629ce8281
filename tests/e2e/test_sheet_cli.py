"""hiptrainer sheet: a PDF for an exercise or a routine; exit 1 with one line for an unknown
id or a file that cannot be written (a real full or read-only disk), exit 2 for a usage
mistake; never a half-written file."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers.cli import Run
from tests.helpers.storage import in_namespace, needs_mounts

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("hiptrainer: ")
    return lines[0]


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
                         timeout=60, check=True)  # fmt: skip
    return " ".join(out.stdout.split())


@needs_poppler
def test_an_exercise_sheet_and_a_routine_sheet(run_cli: Run, tmp_path: Path) -> None:
    one = tmp_path / "band walk.pdf"
    result = run_cli("sheet", "--exercise", "lateral_band_walk", "-o", str(one))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote {one} (1 page)\n"
    assert one.read_bytes().startswith(b"%PDF-")
    assert "Lateral band walk" in pdf_text(one)

    # The longest exercise text still takes one Letter page at 12 pt, and two in large print.
    letter = tmp_path / "plank.pdf"
    result = run_cli("sheet", "--exercise", "copenhagen_plank", "--page-size", "Letter",
                     "-o", str(letter))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote {letter} (1 page)\n"
    result = run_cli("sheet", "--exercise", "copenhagen_plank", "--page-size", "Letter",
                     "--large-print", "-o", str(letter))  # fmt: skip
    assert result.stdout == f"Wrote {letter} (2 pages)\n"

    several = tmp_path / "several.PDF"
    result = run_cli("sheet", "--exercise", "glute_bridge", "clamshell",
                     "--exercise", "side_plank", "-o", str(several))  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = pdf_text(several)
    assert all(n in text for n in ("Glute bridge", "Clamshell", "Side plank"))

    routine = tmp_path / "warm-up.pdf"
    result = run_cli("sheet", "--workout", "runners_hip_warmup", "--page-size", "letter",
                     "--large-print", "-o", str(routine))  # fmt: skip
    assert result.returncode == 0, result.stderr
    info = subprocess.run(["pdfinfo", str(routine)], capture_output=True, text=True, check=True)
    assert re.search(r"^Page size:\s+612 x 792 pts \(letter\)", info.stdout, re.M)
    assert "Runner's hip warm-up" in pdf_text(routine)


@needs_poppler
def test_typed_fields_are_printed_literally(run_cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "mine.pdf"
    result = run_cli("sheet", "--workout", "post_run_strength", "--name", "<b>Sam</b>",
                     "--prescribed-by", "A&amp;B <i>", "-o", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Name: <b>Sam</b>" in text
    assert "Prescribed by: A&amp;B <i>" in text


def test_unknown_ids_are_one_line_and_write_nothing(run_cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    line = one_line_error(run_cli("sheet", "--exercise", "clamshell", "nope", "-o", str(out)))
    assert line == 'hiptrainer: unknown exercise id "nope" (see: hiptrainer exercises)'
    line = one_line_error(run_cli("sheet", "--workout", "nope", "-o", str(out)))
    assert line == 'hiptrainer: unknown workout id "nope" (see: hiptrainer workouts)'
    assert not out.exists()


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--exercise", "clamshell", "-o", "x.png"], id="not-pdf"),
        pytest.param(["--exercise", "clamshell", "-o", "x"], id="no-extension"),
        pytest.param(["--exercise", "clamshell"], id="no-output"),
        pytest.param(["-o", "x.pdf"], id="nothing-to-print"),
        pytest.param(
            ["--exercise", "clamshell", "--workout", "runners_hip_warmup", "-o", "x.pdf"], id="both"
        ),  # fmt: skip
        pytest.param(["--exercise", "-o", "x.pdf"], id="exercise-without-id"),
        pytest.param(["--exercise", "clamshell", "--page-size", "A5", "-o", "x.pdf"], id="A5"),
    ],
)
def test_usage_mistakes_exit_2(run_cli: Run, tmp_path: Path, args: list[str]) -> None:
    result = run_cli("sheet", *args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "usage: hiptrainer sheet" in result.stderr
    assert list(tmp_path.glob("x*")) == []


# A sheet run inside the namespace, keeping its exit code and output in $OUT/NAME.*
RUN = """
run() {
    name=$1; shift
    "$PY" -m hiptrainer sheet "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"
    echo $? >"$OUT/$name.rc"
}
"""


def outcome(out: Path, name: str) -> subprocess.CompletedProcess[str]:
    code = int((out / f"{name}.rc").read_text().strip())
    return subprocess.CompletedProcess([], code, (out / f"{name}.out").read_text(),
                                       (out / f"{name}.err").read_text())  # fmt: skip


@needs_mounts
def test_a_full_disk_leaves_the_old_file_and_no_half_written_one(tmp_path: Path) -> None:
    out, mount = tmp_path / "out", tmp_path / "mnt"
    out.mkdir()
    mount.mkdir()
    result = in_namespace(RUN + """
        set -e
        mount -t tmpfs -o size=256k tmpfs "$M"
        printf old >"$M/sheet.pdf"
        dd if=/dev/zero of="$M/fill" bs=4k 2>/dev/null || true
        set +e
        run full --workout post_run_strength -o "$M/sheet.pdf"
        cat "$M/sheet.pdf" >"$OUT/after"
        ls -a "$M" >"$OUT/listing"
        """, OUT=out, M=mount)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    line = one_line_error(outcome(out, "full"))
    assert line == f"hiptrainer: cannot write {mount}/sheet.pdf: the disk is full"
    assert (out / "after").read_text() == "old"
    assert sorted((out / "listing").read_text().split()) == [".", "..", "fill", "sheet.pdf"]


@needs_mounts
def test_a_read_only_folder_is_one_line(tmp_path: Path) -> None:
    out, mount = tmp_path / "out", tmp_path / "mnt"
    out.mkdir()
    mount.mkdir()
    result = in_namespace(RUN + """
        set -e
        mount -t tmpfs -o size=2m tmpfs "$M"
        mount -o remount,ro "$M"
        set +e
        run ro --exercise clamshell -o "$M/sheet.pdf"
        ls -a "$M" >"$OUT/listing"
        """, OUT=out, M=mount)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    line = one_line_error(outcome(out, "ro"))
    assert line == f"hiptrainer: cannot write {mount}/sheet.pdf: Read-only file system"
    assert sorted((out / "listing").read_text().split()) == [".", ".."]
