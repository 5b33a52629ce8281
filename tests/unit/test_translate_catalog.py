"""The catalogue's German texts: complete, current, side-true, and applied as an overlay."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import msgspec
import pytest

from hiptrainer.catalog import Catalog, CatalogError, load_catalog
from hiptrainer.catalog.selftests import load_selftests
from hiptrainer.catalog.translate import (
    VOCABULARY,
    Overlay,
    english_texts,
    load_overlay,
    overlay_problems,
    side_words,
    swap_sides_de,
    text_hash,
    translate_catalog,
    translate_selftests,
)
from hiptrainer.domain.selftest import SelfTest
from hiptrainer.paths import display_path


@cache
def english() -> tuple[Catalog, dict[str, SelfTest]]:
    catalog = load_catalog()
    return catalog, load_selftests(catalog.exercises)


@cache
def german() -> Overlay:
    return load_overlay("de")


def all_pairs() -> list[tuple[str, str, str, str]]:
    """(item, field, English, German) for every text of the bundled catalogue."""
    catalog, tests = english()
    overlay = german()
    pairs = []
    for kind, items in (
        ("exercises", catalog.exercises),
        ("workouts", catalog.workouts),
        ("selftests", tests),
    ):
        for item_id, item in items.items():
            entries = overlay.items[kind][item_id].entries  # type: ignore[index]
            for field, text in english_texts(kind, item).items():  # type: ignore[arg-type]
                pairs.append((f"{kind}/{item_id}", field, text, entries[field].text))
    return pairs


def here(exercise_id: str) -> str:
    """How a problem names the bundled German file of an exercise."""
    return display_path(german().root / "exercises" / f"{exercise_id}.toml")


def write(root: Path, relative: str, text: str) -> Path:
    path = root / "i18n" / "de" / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def entry(field: str, english_text: str, german_text: str) -> str:
    return f'["{field}"]\nsource = "{text_hash(english_text)}"\ntext = "{german_text}"\n'


# --- the bundled German -----------------------------------------------------------------------


def test_every_text_of_the_catalogue_has_a_current_german_text() -> None:
    catalog, tests = english()
    assert overlay_problems(german(), catalog, tests) == []


def test_the_check_counts_every_text() -> None:
    # 24 exercises, 2 routines, 3 self-tests, each with several texts.
    assert len(all_pairs()) > 500


def test_the_german_is_not_the_english_copied() -> None:
    # Names may stay as runners know them ("Bird Dog", "Hip Thrust"); sentences may not.
    copied = [
        (item, field)
        for item, field, en, de in all_pairs()
        if en == de and not field.startswith(("name", "aliases")) and " " in en
    ]
    assert copied == []


def test_german_says_left_and_right_exactly_as_often_as_the_english() -> None:
    # A side changed in translation would put the user on the wrong leg.
    differ = [
        (item, field)
        for item, field, en, de in all_pairs()
        if side_words(en, "en") != side_words(de, "de")
    ]
    assert differ == []


def test_every_german_setup_line_names_the_left_side_and_swaps_whole() -> None:
    setups = [(item, de) for item, field, _, de in all_pairs() if field == "setup"]
    assert len(setups) >= 20
    for item, line in setups:
        left, right = side_words(line, "de")
        assert left >= 1, item
        swapped = swap_sides_de(line)
        assert side_words(swapped, "de") == (right, left), item
        assert swap_sides_de(swapped) == line, item
        # A compound such as "linksseitig" would not swap: set-up lines use none.
        for word in re.findall(r"\b(?:link|recht)\w*", line, re.IGNORECASE):
            assert word.lower() in {"links", "rechts"} or re.fullmatch(
                r"(link|recht)(e|en|er|es|em)", word.lower()
            ), (item, word)


def test_the_german_catalogue_keeps_everything_but_the_words() -> None:
    catalog, _ = english()
    translated = translate_catalog(catalog, german())
    assert translated is not catalog
    assert set(translated.exercises) == set(catalog.exercises)
    for exercise_id, exercise in catalog.exercises.items():
        other = translated.exercises[exercise_id]
        assert other.dosage == exercise.dosage
        assert [s.pose for s in other.steps] == [s.pose for s in exercise.steps]
        assert other.primary_muscles == exercise.primary_muscles
        assert other.sources == exercise.sources
        assert other.unilateral == exercise.unilateral
    assert translated.exercises["clamshell"].name == "Clamshell (Muschel)"
    assert translated.exercises["side_plank"].setup == (
        "Legen Sie sich auf die linke Seite: linker Unterarm und linker Fuß am Boden."
    )
    assert translated.workouts["post_run_strength"].blocks == (
        catalog.workouts["post_run_strength"].blocks
    )
    # The English catalogue is untouched.
    assert catalog.exercises["side_plank"].name == "Side plank"


def test_the_german_library_lists_the_article_first_then_by_german_name() -> None:
    catalog, _ = english()
    exercises = list(translate_catalog(catalog, german()).exercises.values())
    from_article = [e for e in exercises if e.from_article]
    assert exercises[: len(from_article)] == from_article
    rest = [e.name.casefold() for e in exercises[len(from_article) :]]
    assert rest == sorted(rest)


def test_german_self_tests_are_sorted_by_their_german_names() -> None:
    _, tests = english()
    translated = translate_selftests(tests, german())
    assert translated["side_bridge"].name == "Seitstütz-Haltetest"
    assert translated["side_bridge"].groups[0].right == tests["side_bridge"].groups[0].right
    names = [t.name.casefold() for t in translated.values()]
    assert names == sorted(names)


def test_every_controlled_word_has_a_german_label() -> None:
    overlay = german()
    for group, words in VOCABULARY.items():
        for word in words:
            assert (
                overlay.label(group, word) != word
                or word == "tensor fasciae latae"
                or (word == "quadratus lumborum")
            ), (group, word)
    assert overlay.label("muscles", "gluteus medius") == "mittlerer Gesäßmuskel (Glutaeus medius)"
    assert overlay.label("muscles", "hip adductors") == "Adduktoren"


# --- German side words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "swapped"),
    [
        ("Linkes Knie auf der Bank", "Rechtes Knie auf der Bank"),
        (
            "auf die rechte Seite, auf den rechten Unterarm",
            "auf die linke Seite, auf den linken Unterarm",
        ),
        ("linker Fuß, rechter Arm", "rechter Fuß, linker Arm"),
        ("mit dem linkem", "mit dem rechtem"),
        ("nach links, dann nach rechts", "nach rechts, dann nach links"),
        ("LINKS", "RECHTS"),
        ("Gelenk, aufrecht, linksseitig, Rechteck", "Gelenk, aufrecht, linksseitig, Rechteck"),
    ],
)
def test_german_left_and_right_swap_in_every_form(text: str, swapped: str) -> None:
    assert swap_sides_de(text) == swapped


def test_side_words_counts_each_language() -> None:
    assert side_words("Left knee opens: lie on your right side, left leg on top.", "en") == (2, 1)
    assert side_words("Linkes Knie öffnet sich: rechte Seite, linke Hand.", "de") == (2, 1)
    assert side_words("Aufrecht stehen.", "de") == (0, 0)


def test_the_player_swaps_a_german_setup_line_for_the_right_side() -> None:
    from hiptrainer.domain.sides import setup_line

    catalog, _ = english()
    exercise = translate_catalog(catalog, german()).exercises["clamshell"]
    assert setup_line(exercise, "right") == (
        "Rechtes Knie öffnet sich: Legen Sie sich auf die linke Seite, das rechte Bein oben."
    )


# --- applying an overlay ----------------------------------------------------------------------


def test_a_stale_text_gives_way_to_the_english(tmp_path: Path) -> None:
    catalog, _ = english()
    clamshell = catalog.exercises["clamshell"]
    write(
        tmp_path,
        "exercises/clamshell.toml",
        entry("name", clamshell.name, "Muschel")
        + '["summary"]\nsource = "000000000000"\ntext = "Veraltet."\n',
    )
    translated = translate_catalog(catalog, load_overlay("de", tmp_path))
    assert translated.exercises["clamshell"].name == "Muschel"
    assert translated.exercises["clamshell"].summary == clamshell.summary
    # Items without a file keep their English.
    assert translated.exercises["side_plank"] == catalog.exercises["side_plank"]


def test_list_and_table_fields_are_translated_in_place(tmp_path: Path) -> None:
    catalog, _ = english()
    plank = catalog.exercises["side_plank"]
    write(
        tmp_path,
        "exercises/side_plank.toml",
        entry("cues[1]", plank.cues[1], "Oberer Fuß auf dem unteren.")
        + entry("steps[2].text", plank.steps[2].text, "Becken heben."),
    )
    translated = translate_catalog(catalog, load_overlay("de", tmp_path)).exercises["side_plank"]
    assert translated.cues == [plank.cues[0], "Oberer Fuß auf dem unteren.", *plank.cues[2:]]
    assert translated.steps[2].text == "Becken heben."
    assert translated.steps[2].pose == plank.steps[2].pose


def test_an_unknown_id_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "exercises/moon_walk.toml", entry("name", "x", "Mondgang"))
    with pytest.raises(CatalogError) as caught:
        translate_catalog(english()[0], load_overlay("de", tmp_path))
    message = str(caught.value)
    assert "\n" not in message
    assert str(path) in message
    assert 'no exercise has the id "moon_walk"' in message


def test_an_unknown_field_is_refused_naming_the_file_and_field(tmp_path: Path) -> None:
    path = write(tmp_path, "workouts/runners_hip_warmup.toml", entry("steps[0].text", "x", "y"))
    with pytest.raises(CatalogError) as caught:
        translate_catalog(english()[0], load_overlay("de", tmp_path))
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f'{path}: "steps[0].text": ')


def test_a_field_past_the_end_of_a_list_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "exercises/clamshell.toml", entry("cues[99]", "x", "y"))
    with pytest.raises(CatalogError, match=r'"cues\[99\]": the English exercise "clamshell"'):
        translate_catalog(english()[0], load_overlay("de", tmp_path))


def test_an_unknown_self_test_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "selftests/plank_to_dawn.toml", entry("name", "x", "y"))
    with pytest.raises(CatalogError, match='no selftest has the id "plank_to_dawn"'):
        translate_selftests(english()[1], load_overlay("de", tmp_path))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('["name"]\nsource = "abc"\ntext = "Muschel"\n', r'"name": .*12 hex digits'),
        ('["name"]\ntext = "Muschel"\n', r'"name": .*source'),
        ('["name"]\nsource = "088ea4a56528"\ntext = ""\n', r'"name": .*non-empty'),
        ('["name"]\nsource = "088ea4a56528"\ntext = "x"\nnote = 1\n', r'"name": .*note'),
        ('["name"\nsource = 1\n', r"invalid TOML"),
    ],
)
def test_a_damaged_overlay_file_is_one_line_naming_it(
    tmp_path: Path, content: str, expected: str
) -> None:
    path = write(tmp_path, "exercises/clamshell.toml", content)
    with pytest.raises(CatalogError) as caught:
        load_overlay("de", tmp_path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    assert re.search(expected, message), message


def test_a_translated_text_must_still_fit_the_schema(tmp_path: Path) -> None:
    catalog, _ = english()
    long_name = "N" * 201
    path = write(tmp_path, "exercises/clamshell.toml", entry("name", "Clamshell", long_name))
    with pytest.raises(CatalogError, match=re.escape(str(path))):
        translate_catalog(catalog, load_overlay("de", tmp_path))


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "exercises/clamshell.toml", "")
    path.write_bytes('["name"]\ntext = "Gesäß"\n'.encode("latin-1"))
    with pytest.raises(CatalogError, match="not a UTF-8 text file"):
        load_overlay("de", tmp_path)


def test_an_unreadable_overlay_file_says_so(tmp_path: Path) -> None:
    path = write(tmp_path, "exercises/clamshell.toml", "")
    path.unlink()
    path.mkdir()  # a folder where the file should be: reading it fails with an OSError
    (path.parent / "side_plank.toml").mkdir()
    with pytest.raises(CatalogError, match="cannot read"):
        load_overlay("de", tmp_path)


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(CatalogError, match='language: "fr" is not one of en, de'):
        load_overlay("fr")


def test_a_language_without_files_is_an_empty_overlay(tmp_path: Path) -> None:
    overlay = load_overlay("de", tmp_path)
    catalog, _ = english()
    assert translate_catalog(catalog, overlay).exercises == catalog.exercises
    assert overlay.label("muscles", "hamstrings") == "hamstrings"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('[muscles]\n"big toe" = "großer Zeh"\n', 'muscles: "big toe" is not a word'),
        ('[colours]\n"red" = "rot"\n', '"colours": not a vocabulary group'),
        ("[muscles]\nhamstrings = 3\n", "Expected `str`"),
    ],
)
def test_a_bad_vocabulary_file_is_refused(tmp_path: Path, content: str, expected: str) -> None:
    path = write(tmp_path, "vocabulary.toml", content)
    with pytest.raises(CatalogError) as caught:
        load_overlay("de", tmp_path)
    assert str(caught.value).startswith(str(path))
    assert expected in str(caught.value)


# --- what the check reports -------------------------------------------------------------------


def test_a_changed_english_text_is_reported_until_its_german_is_revised() -> None:
    catalog, tests = english()
    clamshell = catalog.exercises["clamshell"]
    changed = msgspec.structs.replace(
        clamshell, cues=[*clamshell.cues[:4], "Close the knee slowly, over 3 seconds."]
    )
    edited = Catalog(
        exercises={**catalog.exercises, "clamshell": changed}, workouts=catalog.workouts
    )
    problems = overlay_problems(german(), edited, tests)
    assert problems == [
        f'{here("clamshell")}: "cues[4]": the English changed; revise '
        f'the text, then set source = "{text_hash(changed.cues[4])}"'
    ]
    # At run time the changed cue is said in English, not in its outdated German.
    translated = translate_catalog(edited, german()).exercises["clamshell"]
    assert translated.cues[4] == "Close the knee slowly, over 3 seconds."
    assert translated.cues[3] == "Nur so weit öffnen, wie das Becken ruhig bleibt."


def test_a_new_english_text_or_item_is_reported_as_untranslated() -> None:
    catalog, tests = english()
    clamshell = catalog.exercises["clamshell"]
    added = msgspec.structs.replace(clamshell, safety=[*clamshell.safety, "Breathe."])
    new_item = msgspec.structs.replace(clamshell, id="clamshell_two")
    edited = Catalog(
        exercises={**catalog.exercises, "clamshell": added, "clamshell_two": new_item},
        workouts=catalog.workouts,
    )
    problems = overlay_problems(german(), edited, tests)
    assert f'{here("clamshell")}: "safety[2]": no translation' in problems
    assert f'{here("clamshell_two")}: "name": no translation' in problems
    assert len(problems) == 1 + len(english_texts("exercises", new_item))


def test_a_removed_english_text_or_item_is_reported(tmp_path: Path) -> None:
    catalog, tests = english()
    clamshell = catalog.exercises["clamshell"]
    fewer = msgspec.structs.replace(clamshell, aliases=clamshell.aliases[:1])
    exercises = {k: v for k, v in catalog.exercises.items() if k != "side_plank"}
    edited = Catalog(exercises={**exercises, "clamshell": fewer}, workouts=catalog.workouts)
    problems = overlay_problems(german(), edited, tests)
    assert f'{here("clamshell")}: "aliases[1]": the English has no such text' in problems
    assert f"{here('side_plank')}: no exercise has the id 'side_plank'" in problems


def test_a_missing_vocabulary_label_is_reported(tmp_path: Path) -> None:
    catalog, tests = english()
    write(tmp_path, "vocabulary.toml", '[muscles]\n"hamstrings" = "Ischiocrurale"\n')
    problems = overlay_problems(load_overlay("de", tmp_path), catalog, tests)
    assert any(p.endswith('vocabulary.toml: muscles: "calves": no label') for p in problems)
    assert not any('"hamstrings": no label' in p for p in problems)


def test_an_entry_that_is_not_a_table_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "exercises/clamshell.toml", 'name = "Muschel"\n')
    with pytest.raises(CatalogError) as caught:
        load_overlay("de", tmp_path)
    assert str(caught.value) == f'{path}: "name": expected a table of source and text'
