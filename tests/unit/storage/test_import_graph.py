"""The storage modules import each other in one direction only, lazily or not."""

from __future__ import annotations

import grimp
import pytest


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    # grimp reads every import statement, including the ones inside functions.
    return grimp.build_graph("hiptrainer")


def test_no_storage_module_imports_itself_through_another(graph: grimp.ImportGraph) -> None:
    modules = sorted(name for name in graph.modules if name.startswith("hiptrainer.storage."))
    assert "hiptrainer.storage.database" in modules
    cycles = [
        (first, second)
        for first in modules
        for second in modules
        if first < second
        and graph.chain_exists(importer=first, imported=second)
        and graph.chain_exists(importer=second, imported=first)
    ]
    assert cycles == []


def test_the_errors_module_is_the_bottom_of_storage(graph: grimp.ImportGraph) -> None:
    imported = graph.find_modules_directly_imported_by("hiptrainer.storage.errors")
    assert not {name for name in imported if name.startswith("hiptrainer.")}
    assert "hiptrainer.storage.database" not in graph.find_modules_directly_imported_by(
        "hiptrainer.storage.migrations"
    )
