"""The desktop entry, the AppStream metainfo and the app icon, as distributions read them.

The two validators are the ones Flathub and distributions run (desktop-file-utils and
appstream, in packaging/debian-packages.txt). The other tests hold the files to the code: the
release named in the metainfo is the package's version, every id names the same app, and the
icons and screenshots the metainfo and desktop entry point at exist at their stated sizes.
"""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import hiptrainer
from hiptrainer.ui import app_icon

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.hiptrainer.hiptrainer"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
ICON_DIR = ROOT / "resources" / "icons" / "app"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
SCREENSHOT_URL = "https://github.com/hiptrainer/hiptrainer/raw/main/"


def run_tool(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (the first one, right after the signature)."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-utils (desktop-file-validate) is not installed",
)
def test_desktop_file_passes_desktop_file_validate() -> None:
    result = run_tool("desktop-file-validate", str(DESKTOP))
    # It prints hints as well as errors, and exits 0 on hints: a clean file prints nothing.
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None, reason="appstream (appstreamcli) is not installed"
)
def test_metainfo_passes_appstreamcli_validate() -> None:
    result = run_tool("appstreamcli", "validate", "--no-net", "--explain", str(METAINFO))
    output = result.stdout + result.stderr
    # Warnings and errors make it exit non-zero; infos and pedantic notes do not.
    assert result.returncode == 0, output
    assert not re.search(r"^[EW]: ", output, re.MULTILINE), output


def test_metainfo_release_is_the_package_version() -> None:
    releases = metainfo().findall("releases/release")
    assert releases, "the metainfo lists no release"
    # AppStream lists releases newest first.
    assert releases[0].get("version") == hiptrainer.__version__


def test_every_file_names_the_same_app_id() -> None:
    root = metainfo()
    entry = desktop_entry()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("icon[@type='stock']") == APP_ID
    assert entry["Icon"] == APP_ID
    assert app_icon.APP_ID == APP_ID
    # Wayland compositors match the window to its desktop entry by this name: app.py gives
    # Qt app_icon's APP_ID (checked above), not a copy of the string.
    source = (ROOT / "hiptrainer" / "ui" / "app.py").read_text(encoding="utf-8")
    assert "from hiptrainer.ui.app_icon import APP_ID" in source
    assert "setDesktopFileName(APP_ID)" in source


def test_app_id_is_lower_case_and_no_file_keeps_the_old_one() -> None:
    # AppStream strongly encourages a lower-case id, and Flathub asks it of new apps.
    assert APP_ID.lower() == APP_ID
    shipped = [*PACKAGING.rglob("*"), *ICON_DIR.rglob("*")]
    named = [path for path in shipped if "HipTrainer." in path.name]
    assert named == []
    for path in shipped:
        # (packaging/README.md names the old id once, as history.)
        if path.suffix in {".desktop", ".xml", ".yml", ".py", ".svg", ".spec", ".sh"}:
            assert "hiptrainer.HipTrainer" not in path.read_text(encoding="utf-8"), path


def test_desktop_entry_starts_the_installed_command() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    command = desktop_entry()["Exec"].split()[0]
    assert scripts.get(command) == "hiptrainer.cli:run"


def test_app_icon_exists_as_svg_and_as_a_png_of_each_size() -> None:
    svg = ET.parse(ICON_DIR / f"{APP_ID}.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.get("viewBox") == "0 0 128 128"  # square, so every PNG is the whole drawing
    for size in PNG_SIZES:
        assert png_size(ICON_DIR / f"{size}x{size}" / f"{APP_ID}.png") == (size, size)
    assert app_icon.ICON_SIZES == PNG_SIZES


def test_screenshots_in_the_metainfo_are_the_committed_ones() -> None:
    screenshots = metainfo().findall("screenshots/screenshot")
    assert [shot.get("type") for shot in screenshots].count("default") == 1
    for shot in screenshots:
        assert (shot.findtext("caption") or "").strip(), "a screenshot without a caption"
        image = shot.find("image")
        assert image is not None
        assert image.text is not None
        assert image.text.startswith(SCREENSHOT_URL), image.text
        local = ROOT / image.text.removeprefix(SCREENSHOT_URL)
        assert png_size(local) == (int(image.get("width", 0)), int(image.get("height", 0)))


def test_app_icon_offers_every_rendered_size(qapp: object) -> None:
    app_icon.app_icon.cache_clear()
    icon = app_icon.app_icon()
    assert [s.width() for s in icon.availableSizes()] == list(PNG_SIZES)
    # A size that was drawn decodes from its PNG: a missing file would give a null pixmap.
    assert not icon.pixmap(32, 32).isNull()


#: Every screen packaging/screenshots.py --all draws, as named there.
SCREENS = ("library", "train", "player", "summary", "progress", "routines", "selftest", "settings")


def test_the_readme_shows_every_screen_from_the_committed_small_pngs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.findall(r"!\[[^\]]+\]\(packaging/screenshots/([a-z0-9-]+)\.png\)", readme)
    assert sorted(shown) == sorted(SCREENS)
    for name in shown:
        path = PACKAGING / "screenshots" / f"{name}.png"
        assert png_size(path)[0] in (1280, 1024), path  # 1024 when scaled down to stay small
        assert path.stat().st_size <= 210_000, f"{path} is {path.stat().st_size} bytes"


def test_the_screenshot_script_draws_a_screen_at_its_size(tmp_path: Path) -> None:
    import os
    import sys

    out = tmp_path / "player.png"
    script = PACKAGING / "screenshots.py"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    found = subprocess.run(
        [sys.executable, str(script), "--tab", "player", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert found.returncode == 0, found.stderr
    assert png_size(out) == (1280, 800)
    assert f"{out} 1280x800" in found.stdout
    import ast

    tree = ast.parse(script.read_text(encoding="utf-8"))
    shots = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "SHOTS"
    )
    assert shots == SCREENS  # the README test above covers every one of them
