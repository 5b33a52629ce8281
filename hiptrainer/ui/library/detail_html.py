"""An exercise as rich text for the Library's detail pane (Qt's HTML subset)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication

from hiptrainer.catalog.custom import is_custom
from hiptrainer.domain.dose import dose_details, dose_length_text, dose_text
from hiptrainer.domain.model import Exercise
from hiptrainer.domain.sides import convention, setup_line
from hiptrainer.ui.i18n import vocabulary_label

EXERCISE_SCHEME = "exercise"
FIGURE_SCHEME = "figure"
PLAY_SCHEME = "play"
#: Each step picture links to its larger view (clicked, or reached with Tab and opened with
#: Enter).
VIEW_SCHEME = "view"
#: "Edit a copy" (or "Edit" for your own exercise): the exercise editor of the Routines tab.
EDIT_SCHEME = "edit"
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    """HTML-escape ``text`` (as ``html.escape`` does, without importing ``html``)."""
    return text.translate(_ESCAPES)


def exercise_link(exercise_id: str) -> str:
    return f"{EXERCISE_SCHEME}:{exercise_id}"


def _items(tag: str, lines: Iterable[str]) -> str:
    body = "".join(f"<li style='margin-bottom:4px'>{escape(line)}</li>" for line in lines)
    return f"<{tag}>{body}</{tag}>" if body else ""


def _section(title: str, body: str) -> str:
    return f"<h3>{escape(title)}</h3>{body}" if body else ""


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _labels(group: str, words: Iterable[str]) -> str:
    """Controlled words by their labels in the interface's language, comma-separated."""
    return ", ".join(vocabulary_label(group, word) for word in words)


def _level(difficulty: int) -> str:
    return "●" * difficulty + "○" * (5 - difficulty)


def figure_url(exercise_id: str, step: int) -> str:
    return f"{FIGURE_SCHEME}:{exercise_id}/{step}"


def view_url(step: int) -> str:
    return f"{VIEW_SCHEME}:{step}"


def _steps(e: Exercise, picture: tuple[int, int] | None, playable: Callable[[int], bool]) -> str:
    if picture is None:
        return _items("ol", (step.text for step in e.steps))
    rows = []
    for index, step in enumerate(e.steps):
        play = (
            f"<p><a href='{PLAY_SCHEME}:{index}'>"
            + escape(QCoreApplication.translate("ExerciseDetail", "▶ Play the movement"))
            + "</a></p>"
            if playable(index)
            else ""
        )
        width, height = picture
        title = escape(
            QCoreApplication.translate(
                "ExerciseDetail", "Step {number}: a larger view, both sides"
            ).format(number=index + 1)
        )
        rows.append(
            f"<tr><td width='{width + 8}' valign='top'><a href='{view_url(index)}' "
            f"title='{title}'><img src='{figure_url(e.id, index)}' width='{width}' "
            f"height='{height}'></a></td>"
            f"<td valign='top'><p><b>{index + 1}.</b> {escape(step.text)}</p>{play}</td></tr>"
        )
    return "<table cellspacing='0' cellpadding='4'>" + "".join(rows) + "</table>"


def _sides(e: Exercise, muted: str) -> str:
    """The side convention, stated once, and where the body goes for each side."""
    left, right = setup_line(e, "left"), setup_line(e, "right")
    if left is None or right is None:
        return ""
    left_side = QCoreApplication.translate("ExerciseDetail", "Left side:")
    right_side = QCoreApplication.translate("ExerciseDetail", "Right side:")
    steps = QCoreApplication.translate("ExerciseDetail", "The steps describe the left side.")
    return (
        f"<p><b>{escape(left_side)}</b> {escape(left)}<br>"
        f"<b>{escape(right_side)}</b> {escape(right)}<br>"
        f"<span style='color:{muted}'>{escape(convention())} {escape(steps)}</span></p>"
    )


def _edit_link(e: Exercise, mine: bool) -> str:
    if mine:
        link = QCoreApplication.translate("ExerciseDetail", "✎ Edit")
        why = QCoreApplication.translate(
            "ExerciseDetail", "Change your exercise in the Routines tab (Ctrl+E)"
        )
    else:
        link = QCoreApplication.translate("ExerciseDetail", "✎ Edit a copy")
        why = QCoreApplication.translate(
            "ExerciseDetail", "A copy of your own to change, in the Routines tab (Ctrl+E)"
        )
    return f"<a href='{EDIT_SCHEME}:{escape(e.id)}' title='{escape(why)}'>{escape(link)}</a>"


def exercise_html(
    exercise: Exercise,
    name_of: Callable[[str], str],
    accent: str,
    muted: str,
    picture: tuple[int, int] | None = None,
    playable: Callable[[int], bool] = lambda _step: False,
    steps_hint: str = "",
) -> str:
    """The whole detail page. ``name_of`` turns a variant's id into its display name; with
    ``picture`` (a size in pixels) each step has its illustration beside its text, a link to
    its larger view; ``steps_hint`` (HTML) follows the Steps heading on its line.

    What to do and how much come first: the dose, the sides the steps are written for, the
    steps; why and which muscles can be read after."""
    e = exercise
    level = QCoreApplication.translate("ExerciseDetail", "Level {level} of 5")
    if e.unilateral:
        sides = QCoreApplication.translate("ExerciseDetail", "One side at a time")
    else:
        sides = QCoreApplication.translate("ExerciseDetail", "Both sides together")
    if e.equipment:
        #: The equipment an exercise needs, listed after the colon.
        needs = QCoreApplication.translate("ExerciseDetail", "Needs: {equipment}")
        equipment = needs.format(equipment=_labels("equipment", e.equipment))
    else:
        equipment = QCoreApplication.translate("ExerciseDetail", "No equipment")
    facts = [
        escape(level.format(level=e.difficulty))
        + f" <span style='color:{accent}'>{_level(e.difficulty)}</span>",
        escape(_capital(vocabulary_label("positions", e.position))),
        escape(sides),
        escape(equipment),
    ]
    parts = [f"<h1>{escape(e.name)}</h1>"]
    if e.aliases:
        #: Other names of the exercise follow.
        also = QCoreApplication.translate("ExerciseDetail", "Also called {names}")
        also = also.format(names=", ".join(e.aliases))
        parts.append(f"<p style='color:{muted}'>{escape(also)}</p>")
    mine = is_custom(e)
    if mine:
        own = QCoreApplication.translate("ExerciseDetail", "Your own exercise")
        how = QCoreApplication.translate(
            "ExerciseDetail", "— added by you or from a pack you imported."
        )
        parts.append(f"<p><b style='color:{accent}'>{escape(own)}</b> {escape(how)}</p>")
    elif e.from_article:
        star = QCoreApplication.translate("ExerciseDetail", "★ From the founding article")
        dose_note = QCoreApplication.translate("ExerciseDetail", "— the dose is the article's own.")
        parts.append(f"<p><b style='color:{accent}'>{escape(star)}</b> {escape(dose_note)}</p>")
    # On the facts' line: a line of its own would push the first steps out of sight.
    facts.append(_edit_link(e, mine))
    parts.append("<p>" + " &nbsp;·&nbsp; ".join(facts) + "</p>")
    parts.append(f"<p>{escape(e.summary)}</p>")

    dose = f"<p style='font-size:large'><b>{escape(dose_text(e.dosage, e.unilateral))}</b></p>"
    details = [*dose_details(e.dosage), dose_length_text(e.dosage, e.unilateral)]
    dose += "<p>" + " ".join(escape(line) for line in details) + "</p>"
    parts.append(_section(QCoreApplication.translate("ExerciseDetail", "Dose"), dose))
    parts.append(_section(QCoreApplication.translate("ExerciseDetail", "Sides"), _sides(e, muted)))
    steps = escape(QCoreApplication.translate("ExerciseDetail", "Steps"))
    parts.append(f"<h3>{steps}{steps_hint}</h3>{_steps(e, picture, playable)}")
    why = QCoreApplication.translate("ExerciseDetail", "Why it helps runners")
    parts.append(_section(why, f"<p>{escape(e.why)}</p>"))

    #: The muscles an exercise works most.
    main = escape(QCoreApplication.translate("ExerciseDetail", "Main:"))
    muscles = f"<p><b>{main}</b> {escape(_labels('muscles', e.primary_muscles))}"
    if e.secondary_muscles:
        #: The muscles an exercise works as well, less than the main ones.
        also_muscles = escape(QCoreApplication.translate("ExerciseDetail", "Also:"))
        muscles += f"<br><b>{also_muscles}</b> {escape(_labels('muscles', e.secondary_muscles))}"
    parts.append(
        _section(QCoreApplication.translate("ExerciseDetail", "Muscles"), muscles + "</p>")
    )
    parts.append(
        _section(QCoreApplication.translate("ExerciseDetail", "Cues"), _items("ul", e.cues))
    )
    mistakes = QCoreApplication.translate("ExerciseDetail", "Common mistakes")
    parts.append(_section(mistakes, _items("ul", e.mistakes)))
    safety = QCoreApplication.translate("ExerciseDetail", "Safety")
    parts.append(_section(safety, _items("ul", e.safety)))

    variants = []
    easier = QCoreApplication.translate("ExerciseDetail", "Easier:")
    harder = QCoreApplication.translate("ExerciseDetail", "Harder:")
    for label, ids in ((easier, e.easier), (harder, e.harder)):
        if ids:
            links = ", ".join(
                f"<a href='{exercise_link(other)}'>{escape(name_of(other))}</a>" for other in ids
            )
            variants.append(f"<b>{escape(label)}</b> {links}")
    variations = QCoreApplication.translate("ExerciseDetail", "Variations")
    parts.append(_section(variations, "<p>" + "<br>".join(variants) + "</p>" if variants else ""))

    sources = []
    for source in e.sources:
        title = escape(source.title)
        sources.append(f"<a href='{escape(source.url)}'>{title}</a>" if source.url else title)
    listed = "<ul>" + "".join(f"<li>{s}</li>" for s in sources) + "</ul>"
    parts.append(_section(QCoreApplication.translate("ExerciseDetail", "Sources"), listed))
    if mine:
        #: {license} is a licence's short name, such as CC-BY-4.0.
        written = QCoreApplication.translate("ExerciseDetail", "Your own text, licensed {license}.")
    else:
        written = QCoreApplication.translate(
            "ExerciseDetail", "Text written for HipTrainer, licensed {license}."
        )
    advice = QCoreApplication.translate(
        "ExerciseDetail",
        "This is general exercise information, not medical advice: stop if an exercise "
        "causes sharp pain, and ask a health professional about an injury.",
    )
    footer = escape(written.format(license=e.license)) + " " + escape(advice)
    parts.append(f"<p style='color:{muted}'>{footer}</p>")
    return "".join(parts)
