"""The voice's German lines: one for every English line the player can say."""

from __future__ import annotations

import ast
import inspect
import re

import pytest

from hiptrainer.cues import lines
from hiptrainer.cues.lines_de import (
    COUNT_OF,
    ENGLISH_LINES,
    GERMAN_LINES,
    german_line,
    placeholders,
    side_forms,
)

#: The functions of hiptrainer.cues.lines whose return values are spoken.
SPOKEN = ("line_for", "_side", "last_words", "countdown_line", "selftest_line")
SIDE_FORMS = {"side_adverb", "side_e", "side_en", "Side_e"}


def _templates(node: ast.expr) -> list[str]:
    """The spoken strings an expression of a return statement can give, each formatted
    value as ``{}``: ``f"Hold {x:g} seconds."`` -> ``"Hold {} seconds."``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if node.value.strip() else []
    if isinstance(node, ast.JoinedStr):
        parts = [
            str(part.value) if isinstance(part, ast.Constant) else "{}" for part in node.values
        ]
        return ["".join(parts)]
    if isinstance(node, ast.IfExp):
        return _templates(node.body) + _templates(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return _templates(node.func.value)  # f"...".strip()
    return []


def english_in_code() -> set[str]:
    tree = ast.parse(inspect.getsource(lines))
    found: set[str] = set()
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef) and function.name in SPOKEN:
            for node in ast.walk(function):
                if isinstance(node, ast.Return) and node.value is not None:
                    found.update(_templates(node.value))
    found.update(lines.COUNTDOWN_WORDS.values())
    return found


def _normalised(template: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", template)


def test_the_english_table_is_exactly_what_the_code_says() -> None:
    # A line changed, added or removed in cues/lines.py fails here until the English
    # template and its German are brought along.
    in_code = english_in_code()
    assert len(in_code) > 10  # the extraction reads the real module
    assert {_normalised(t) for t in ENGLISH_LINES.values()} == in_code


def test_the_extraction_sees_a_new_line() -> None:
    source = 'def line_for():\n    return f"Drink {amount} ml of water." if x else "Stop."\n'
    function = ast.parse(source).body[0]
    assert isinstance(function, ast.FunctionDef)
    returned = function.body[0]
    assert isinstance(returned, ast.Return)
    assert returned.value is not None
    assert _templates(returned.value) == ["Drink {} ml of water.", "Stop."]


def test_every_english_line_has_a_german_line() -> None:
    assert set(GERMAN_LINES) == set(ENGLISH_LINES)


@pytest.mark.parametrize("key", sorted(ENGLISH_LINES))
def test_each_german_line_fills_from_the_english_values(key: str) -> None:
    english = placeholders(ENGLISH_LINES[key])
    german = GERMAN_LINES[key]
    forms = german if isinstance(german, tuple) else (german,)
    for template in forms:
        # The German needs no value the English code does not have ("Side" is the English
        # capitalised side; its German forms come from "side").
        assert placeholders(template) <= english | SIDE_FORMS
        if placeholders(template) & SIDE_FORMS:
            assert english & {"side", "Side"}
    if isinstance(german, tuple):
        assert COUNT_OF[key] in english


def test_german_lines_read_as_a_german_physio_would_say_them() -> None:
    assert german_line("finished") == "Training geschafft. Gut gemacht!"
    assert german_line("countdown_1") == "Eins"
    hold = {"last": "Letzte Wiederholung. ", "side_words": "Linke Seite. ", "seconds": 20.0}
    assert german_line("hold", hold) == "Letzte Wiederholung. Linke Seite. 20 Sekunden halten."
    assert german_line("hold", {**hold, "seconds": 1}).endswith(" 1 Sekunde halten.")
    assert german_line("reps_tempo", {"last": "", "side_words": "", "reps": 12}) == (
        "12 Wiederholungen."
    )
    assert german_line("reps_tempo", {"last": "", "side_words": "", "reps": 1}) == (
        "1 Wiederholung."
    )
    assert german_line("rest_next_setup", {"name": "Seitstütz", "setup": "Legen Sie …"}) == (
        "Pause. Als Nächstes: Seitstütz. Legen Sie …"
    )


@pytest.mark.parametrize(
    ("side", "expected_side", "expected_steps", "expected_lead"),
    [
        (
            "left",
            "Linke Seite. ",
            "15 Schritte nach links.",
            "mit dem linken Fuß voran, zurück nach links.",
        ),
        (
            "right",
            "Rechte Seite. ",
            "15 Schritte nach rechts.",
            "mit dem rechten Fuß voran, zurück nach rechts.",
        ),
    ],
)
def test_the_side_is_said_in_the_german_form_each_sentence_needs(
    side: str, expected_side: str, expected_steps: str, expected_lead: str
) -> None:
    assert german_line("side", {"side": side}) == expected_side
    assert german_line("steps_each_way", {"side": side, "reps": 15}) == expected_steps
    assert german_line("lead_with", {"side": side}).endswith(expected_lead)


def test_no_german_line_leaves_a_placeholder_unfilled() -> None:
    values = {"name": "Seitstütz", "setup": "Aufbau.", "side": "left", "reps": 8, "seconds": 20,
              "last": "", "side_words": ""}  # fmt: skip
    for key in GERMAN_LINES:
        said = german_line(key, values)
        assert "{" not in said
        assert "}" not in said


def test_a_side_that_is_not_left_or_right_is_refused() -> None:
    with pytest.raises(ValueError, match="side"):
        side_forms("both")
    with pytest.raises(KeyError):
        german_line("lead_with", {"side": "both"})  # no German form to fill it with
