"""The wheel carries the catalogue: build it, install it into a fresh venv, list exercises."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_installed_wheel_lists_the_whole_catalogue(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(REPO),
        ],
        check=True,
        timeout=300,
    )
    wheel = next(dist.glob("hiptrainer-*.whl"))

    # A fresh environment with none of the base Python's packages. It borrows Qt, msgspec, …
    # from the environment running the tests (a plain path in a .pth file: that folder's own
    # .pth files, such as the editable install of this checkout, are not processed), so the
    # app and its resources must come from the wheel.
    env_dir = tmp_path / "venv"
    venv.create(env_dir, system_site_packages=False, with_pip=False)
    python = env_dir / "bin" / "python"
    site_packages = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    (site_packages / "borrowed-dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "-q",
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    clean_env = {
        "PATH": f"{env_dir / 'bin'}:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "HIPTRAINER_DATA_DIR": str(tmp_path / "data"),
    }
    where = subprocess.run(
        [
            str(python),
            "-c",
            "import hiptrainer, hiptrainer.paths as p, msgspec; "
            "print(hiptrainer.__file__); print(p.resources_dir())",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=clean_env,
        check=True,
    ).stdout.splitlines()
    assert all(line.startswith(str(env_dir)) for line in where), where

    listed = subprocess.run(
        [str(env_dir / "bin" / "hiptrainer"), "exercises", "--json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=clean_env,
        check=False,
    )
    assert listed.returncode == 0, listed.stderr
    ids = [item["id"] for item in json.loads(listed.stdout)]
    bundled = sorted(p.stem for p in (REPO / "resources" / "exercises").glob("*.toml"))
    assert sorted(ids) == bundled
    assert ids[:2] == ["copenhagen_plank", "standing_leg_lift_rotation"]
    assert not os.path.exists(tmp_path / "data")  # listing writes nothing
