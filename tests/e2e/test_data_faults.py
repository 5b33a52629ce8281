"""The data commands on a full disk, a read-only disk and an unusable data folder, made for
real with a tmpfs in user and mount namespaces (``unshare -rm``): one line, exit 1, and the
database left byte for byte where it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from hiptrainer.storage.backup import manual_backup
from hiptrainer.storage.database import database_path
from hiptrainer.storage.transfer import export_json
from tests.helpers.cli import Run
from tests.helpers.storage import FakeClock, in_namespace, needs_mounts, recorded_store

COMMANDS = ("export", "import", "restore", "backup")

# Runs one command against $DATA, keeping its exit code and output in $OUT/NAME.*
RUN = """
run() {
    name=$1; shift
    HIPTRAINER_DATA_DIR="$DATA" "$PY" -m hiptrainer "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"
    echo $? >"$OUT/$name.rc"
}
every_command() {
    run export export --format csv -o "$OUT/sets.csv"
    run import import "$JSON"
    run restore restore "$SNAPSHOT"
    run backup backup
}
"""


class Outcome:
    """What one command printed and returned inside the namespace."""

    def __init__(self, out: Path, name: str) -> None:
        self.code = int((out / f"{name}.rc").read_text().strip())
        self.stdout = (out / f"{name}.out").read_text(encoding="utf-8")
        self.stderr = (out / f"{name}.err").read_text(encoding="utf-8")

    def one_line_error(self) -> str:
        assert self.code == 1, self.stderr
        assert "Traceback" not in self.stderr, self.stderr
        lines = self.stderr.splitlines()
        assert len(lines) == 1, self.stderr
        assert lines[0].startswith("hiptrainer: "), lines[0]
        return lines[0]


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, Path]:
    """A healthy database with one session, its JSON export and a snapshot, outside any
    mount; and the folders the namespace scripts use."""
    source = tmp_path / "source"
    clock = FakeClock()
    store = recorded_store(source, clock=clock)
    json_file = tmp_path / "all.json"
    json_file.write_bytes(export_json(store))
    snapshot = manual_backup(store.conn, source, clock())
    store.conn.close()
    out = tmp_path / "out"
    out.mkdir()
    mount = tmp_path / "mnt"
    mount.mkdir()
    return {
        "SRC": database_path(source),
        "JSON": json_file,
        "SNAPSHOT": snapshot,
        "OUT": out,
        "M": mount,
        "DATA": mount / "data",
    }


def namespace(script: str, inputs: dict[str, Path]) -> None:
    result = in_namespace(RUN + script, **inputs)
    assert result.returncode == 0, result.stdout + result.stderr


@needs_mounts
def test_full_disk_is_not_damage_and_the_database_stays_in_place(inputs: dict[str, Path]) -> None:
    namespace(
        """
        set -e
        mount -t tmpfs -o size=512k tmpfs "$M"
        mkdir "$DATA"
        cp "$SRC" "$DATA/hiptrainer.db"
        dd if=/dev/zero of="$M/fill" bs=4k 2>/dev/null || true
        set +e
        every_command
        cp "$DATA/hiptrainer.db" "$OUT/after.db"
        ls -a "$DATA" >"$OUT/listing"
        rm "$M/fill"
        run again export --format csv -o "$OUT/again.csv"
        """,
        inputs,
    )
    out = inputs["OUT"]
    for command in COMMANDS:
        line = Outcome(out, command).one_line_error()
        assert "damaged" not in line
        assert "the disk is full" in line, line
    assert (out / "after.db").read_bytes() == inputs["SRC"].read_bytes()
    listing = (out / "listing").read_text().split()
    assert "hiptrainer.db" in listing
    assert not [name for name in listing if ".damaged-" in name], listing
    # Space again: the same database, untouched, exports as before.
    assert Outcome(out, "again").code == 0
    assert "runners_hip_warmup,clamshell,left" in (out / "again.csv").read_text()


@needs_mounts
def test_read_only_disk_exports_and_refuses_writers_in_one_line(inputs: dict[str, Path]) -> None:
    namespace(
        """
        set -e
        mount -t tmpfs -o size=2m tmpfs "$M"
        mkdir "$DATA"
        cp "$SRC" "$DATA/hiptrainer.db"
        touch "$DATA/hiptrainer.lock"  # left by an earlier start, as the window leaves it
        mount -o remount,ro "$M"
        set +e
        every_command
        "$PY" -c 'import sys
from pathlib import Path
from hiptrainer.storage.session import opened_store
with opened_store(Path(sys.argv[1]), write=False) as store:
    print(store.read_only)' "$DATA" >"$OUT/flag" 2>&1
        cp "$DATA/hiptrainer.db" "$OUT/after.db"
        """,
        inputs,
    )
    out = inputs["OUT"]
    export = Outcome(out, "export")
    assert export.code == 0, export.stderr
    assert "runners_hip_warmup,clamshell,left" in (out / "sets.csv").read_text()
    assert (out / "flag").read_text().strip() == "True"
    for writer in ("import", "restore"):
        line = Outcome(out, writer).one_line_error()
        assert "hiptrainer.db: the database cannot be written (read-only)" in line, line
    assert "Read-only file system" in Outcome(out, "backup").one_line_error()
    assert (out / "after.db").read_bytes() == inputs["SRC"].read_bytes()


@needs_mounts
@pytest.mark.parametrize(
    ("problem", "setup", "reason"),
    [
        (
            "read-only folder",
            'mount -t tmpfs -o size=256k tmpfs "$M"; mkdir "$DATA"; mount -o remount,ro "$M"',
            "Read-only file system",
        ),
        (
            "full disk",
            # Two inodes: the mount's root and the data folder; no file can be made.
            'mount -t tmpfs -o size=256k,nr_inodes=2 tmpfs "$M"; mkdir "$DATA"',
            "No space left on device",
        ),
        (
            "missing folder that cannot be made",
            'mount -t tmpfs -o size=256k tmpfs "$M"; mount -o remount,ro "$M"',
            "cannot create the data folder",
        ),
    ],
)
def test_a_data_folder_problem_is_one_line_for_every_command(
    inputs: dict[str, Path], problem: str, setup: str, reason: str
) -> None:
    namespace(f"set -e\n{setup}\nset +e\nevery_command\n", inputs)
    for command in COMMANDS:
        line = Outcome(inputs["OUT"], command).one_line_error()
        assert str(inputs["DATA"]) in line, (problem, line)
        assert reason in line, (problem, line)


def test_a_data_folder_inside_a_file_is_one_line_for_every_command(
    run_cli: Run, inputs: dict[str, Path], tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    data = blocker / "data"
    arguments = {
        "export": ["--format", "csv", "-o", str(tmp_path / "sets.csv")],
        "import": [str(inputs["JSON"])],
        "restore": [str(inputs["SNAPSHOT"])],
        "backup": [],
    }
    for command, rest in arguments.items():
        result = run_cli(command, *rest, env={"HIPTRAINER_DATA_DIR": str(data)})
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr
        assert result.stderr.count("\n") == 1, result.stderr
        assert result.stderr.startswith(f"hiptrainer: cannot create the data folder {data}: ")
