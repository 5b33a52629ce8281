"""The tests' stand-in for the start-up dialogs (tests/helpers/prompts.py) takes and gives
exactly the types of the Prompts protocol, so a test that hands it to the app type-checks
(``mypy --strict``) and an answer it is told to give is one the app knows."""

from __future__ import annotations

import inspect
from typing import get_args, get_type_hints

import pytest

from hiptrainer.ui.prompts import Prompts, Resume
from tests.helpers.prompts import FakePrompts

#: The protocol's questions and messages, by name.
ASKED = sorted(
    name
    for name, member in inspect.getmembers(Prompts, inspect.isfunction)
    if not name.startswith("_")
)


def test_the_protocol_has_questions_to_compare() -> None:
    assert {"interrupted", "damaged", "morning_pain"} <= set(ASKED)


@pytest.mark.parametrize("name", ASKED)
def test_each_answer_has_the_protocols_types(name: str) -> None:
    assert get_type_hints(getattr(FakePrompts, name)) == get_type_hints(getattr(Prompts, name))


@pytest.mark.parametrize("answer", get_args(Resume))
def test_the_interrupted_session_is_answered_as_told(answer: Resume) -> None:
    prompts = FakePrompts()
    assert prompts.interrupted("short", "today", 3) == "later"  # not told: ask again later
    prompts.resume_choice = answer
    assert prompts.interrupted("short", "today", 3) == answer
    assert prompts.calls == [("interrupted", "short|3")] * 2
