#!/usr/bin/env bash
# Build the one-folder PyInstaller app (dist/hiptrainer/) and check that it starts.
#
#   packaging/build-bundle.sh            # PYTHON=python3.12 packaging/build-bundle.sh for another
#
# Everything it installs goes into its own venv, build/bundle-venv (never the Python that runs
# it, never the project's .venv). Then, on throwaway data folders and with
# QT_QPA_PLATFORM=offscreen unless a platform is set:
#   1. every module of the package, and each Qt module the app loads on first use, imports
#      inside the bundle (HIPTRAINER_BUNDLE_CHECK, packaging/bundle_main.py);
#   2. `dist/hiptrainer/hiptrainer --smoke-test` passes, three times, timed: the median is the
#      bundle's start-up to the first frame (the first run, from a cold page cache, is shown
#      but not counted);
#   3. it prints the bundle's size (du -sh) and what takes the most room.
# Not part of the test suite: it downloads PyInstaller and takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
venv=build/bundle-venv
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
# Installed next to PyQt6 (not here, but in a reused venv), pyqtgraph would pick that binding.
export PYQTGRAPH_QT_LIB=PySide6

if [ ! -x "$venv/bin/python" ]; then
    echo "+ $python -m venv $venv"
    "$python" -m venv "$venv"
fi
echo "+ pip install . pyinstaller (into $venv)"
"$venv/bin/python" -m pip install -q --upgrade pip
# Not editable: the bundle must hold what the wheel holds (hiptrainer/resources included).
"$venv/bin/python" -m pip install -q --upgrade --force-reinstall --no-deps .
"$venv/bin/python" -m pip install -q . "pyinstaller>=6.10"

echo "+ pyinstaller packaging/hiptrainer.spec"
"$venv/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/hiptrainer.spec

bundle=dist/hiptrainer/hiptrainer
scratch=$(mktemp -d "${TMPDIR:-/tmp}/hiptrainer-bundle.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

echo "+ HIPTRAINER_BUNDLE_CHECK=1 $bundle"
HIPTRAINER_BUNDLE_CHECK=1 HIPTRAINER_DATA_DIR="$scratch/check" "$bundle"

echo "+ $bundle --version"
"$bundle" --version

# Each run is paired with the same smoke test of the venv's installed `hiptrainer`, so a busy
# machine shows in both columns.
times=()
venv_times=()
elapsed_ms() {
    local start
    start=$(date +%s%N)
    "$@" || return 1
    echo $((($(date +%s%N) - start) / 1000000))
}
for run in 0 1 2 3; do
    if ! ms=$(elapsed_ms "$bundle" --data-dir "$scratch/smoke-$run" --smoke-test); then
        echo "build-bundle: the bundle's smoke test failed (run $run)" >&2
        exit 1
    fi
    venv_ms=$(elapsed_ms "$venv/bin/hiptrainer" --data-dir "$scratch/venv-$run" --smoke-test)
    if [ "$run" -eq 0 ]; then
        echo "smoke test, cold start: bundle ${ms} ms, venv ${venv_ms} ms (not counted)"
    else
        echo "smoke test, run $run: bundle ${ms} ms, venv ${venv_ms} ms"
        times+=("$ms")
        venv_times+=("$venv_ms")
    fi
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
venv_median=$(printf '%s\n' "${venv_times[@]}" | sort -n | sed -n 2p)

echo
echo "largest parts of dist/hiptrainer/_internal:"
du -s dist/hiptrainer/_internal/* dist/hiptrainer/_internal/PySide6/Qt/lib/* 2>/dev/null \
    | sort -rn | head -12 | awk '{ printf "  %6.1f MB  %s\n", $1 / 1024, $2 }'
size=$(du -sh dist/hiptrainer | cut -f1)
echo
echo "bundle size: $size (dist/hiptrainer)"
echo "smoke start median of 3: ${median} ms (the same from the venv: ${venv_median} ms)"
