"""The project's own rules, run as tests so the README's one command checks everything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=300, check=False)


def test_domain_catalog_and_storage_import_no_qt() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = run(str(lint_imports), "--no-cache", "--config", str(REPO / "pyproject.toml"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_ruff_check_is_clean() -> None:
    result = run(sys.executable, "-m", "ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_on_the_whole_package() -> None:
    result = run(sys.executable, "-m", "mypy", "--no-incremental")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("module", sorted(p for p in (REPO / "hiptrainer").rglob("*.py")))
def test_no_module_grows_past_400_lines(module: Path) -> None:
    lines = module.read_text(encoding="utf-8").count("\n")
    assert lines <= 400, f"{module.relative_to(REPO)} has {lines} lines"


def test_ci_runs_the_readme_test_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "<!-- test command -->" in readme
    assert "README.md" in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_ci_and_readme_share_one_list_of_system_packages() -> None:
    listed = REPO / "packaging" / "debian-packages.txt"
    packages = [
        line.strip()
        for line in listed.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert "libpulse0" in packages
    assert "libegl1" in packages
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "packaging/debian-packages.txt" in ci
    assert not any(name in ci for name in packages), "a package is named in .ci/run itself"
    assert "packaging/debian-packages.txt" in (REPO / "README.md").read_text(encoding="utf-8")
