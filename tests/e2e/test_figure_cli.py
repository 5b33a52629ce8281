"""hiptrainer figure: one illustration to SVG or PNG."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from tests.helpers.cli import Run


def test_svg_and_png_for_both_sides(run_cli: Run, tmp_path: Path) -> None:
    svg = tmp_path / "plank.svg"
    result = run_cli("figure", "copenhagen_plank", "--step", "3", "-o", str(svg))
    assert result.returncode == 0, result.stderr
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert any(e.tag.endswith(("polygon", "polyline", "path")) for e in root.iter())
    png = tmp_path / "plank-right.png"
    result = run_cli("figure", "copenhagen_plank", "--step", "3", "--side", "right",
                     "--size", "300", "--theme", "dark", "-o", str(png))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bad_requests(run_cli: Run, tmp_path: Path) -> None:
    out = str(tmp_path / "x.png")
    unknown = run_cli("figure", "nope", "--step", "1", "-o", out)
    assert unknown.returncode == 1
    assert unknown.stderr == 'hiptrainer: unknown exercise id "nope" (see: hiptrainer exercises)\n'
    step = run_cli("figure", "copenhagen_plank", "--step", "9", "-o", out)
    assert step.returncode == 1
    assert "has 4 steps; --step 9 is not one of them" in step.stderr
    assert run_cli("figure", "copenhagen_plank", "--step", "1", "-o", "x.jpg").returncode == 2
    assert run_cli("figure", "copenhagen_plank", "-o", out).returncode == 2
    assert not Path(out).exists()
