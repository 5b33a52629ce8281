"""An exercise as rich text for the Library's detail pane (Qt's HTML subset)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from hiptrainer.catalog.custom import is_custom
from hiptrainer.domain.dose import dose_details, dose_length_text, dose_text
from hiptrainer.domain.model import Exercise
from hiptrainer.domain.sides import CONVENTION, setup_line

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
            f"<p><a href='{PLAY_SCHEME}:{index}'>▶ Play the movement</a></p>"
            if playable(index)
            else ""
        )
        width, height = picture
        title = escape(f"Step {index + 1}: a larger view, both sides")
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
    return (
        f"<p><b>Left side:</b> {escape(left)}<br><b>Right side:</b> {escape(right)}<br>"
        f"<span style='color:{muted}'>{escape(CONVENTION)} The steps describe the left "
        "side.</span></p>"
    )


def _edit_link(e: Exercise, mine: bool) -> str:
    if mine:
        link, why = "✎ Edit", "Change your exercise in the Routines tab (Ctrl+E)"
    else:
        link, why = "✎ Edit a copy", "A copy of your own to change, in the Routines tab (Ctrl+E)"
    return f"<a href='{EDIT_SCHEME}:{escape(e.id)}' title='{why}'>{link}</a>"


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
    facts = [
        f"Level {e.difficulty} of 5 <span style='color:{accent}'>{_level(e.difficulty)}</span>",
        escape(e.position[0].upper() + e.position[1:]),
        "One side at a time" if e.unilateral else "Both sides together",
        "Needs: " + escape(", ".join(e.equipment)) if e.equipment else "No equipment",
    ]
    parts = [f"<h1>{escape(e.name)}</h1>"]
    if e.aliases:
        parts.append(f"<p style='color:{muted}'>Also called {escape(', '.join(e.aliases))}</p>")
    mine = is_custom(e)
    if mine:
        parts.append(
            f"<p><b style='color:{accent}'>Your own exercise</b> "
            "— added by you or from a pack you imported.</p>"
        )
    elif e.from_article:
        parts.append(
            f"<p><b style='color:{accent}'>★ From the founding article</b> "
            "— the dose is the article's own.</p>"
        )
    # On the facts' line: a line of its own would push the first steps out of sight.
    facts.append(_edit_link(e, mine))
    parts.append("<p>" + " &nbsp;·&nbsp; ".join(facts) + "</p>")
    parts.append(f"<p>{escape(e.summary)}</p>")

    dose = f"<p style='font-size:large'><b>{escape(dose_text(e.dosage, e.unilateral))}</b></p>"
    details = [*dose_details(e.dosage), dose_length_text(e.dosage, e.unilateral)]
    dose += "<p>" + " ".join(escape(line) for line in details) + "</p>"
    parts.append(_section("Dose", dose))
    parts.append(_section("Sides", _sides(e, muted)))
    parts.append(f"<h3>Steps{steps_hint}</h3>{_steps(e, picture, playable)}")
    parts.append(_section("Why it helps runners", f"<p>{escape(e.why)}</p>"))

    muscles = f"<p><b>Main:</b> {escape(', '.join(e.primary_muscles))}"
    if e.secondary_muscles:
        muscles += f"<br><b>Also:</b> {escape(', '.join(e.secondary_muscles))}"
    parts.append(_section("Muscles", muscles + "</p>"))
    parts.append(_section("Cues", _items("ul", e.cues)))
    parts.append(_section("Common mistakes", _items("ul", e.mistakes)))
    parts.append(_section("Safety", _items("ul", e.safety)))

    variants = []
    for label, ids in (("Easier", e.easier), ("Harder", e.harder)):
        if ids:
            links = ", ".join(
                f"<a href='{exercise_link(other)}'>{escape(name_of(other))}</a>" for other in ids
            )
            variants.append(f"<b>{label}:</b> {links}")
    parts.append(_section("Variations", "<p>" + "<br>".join(variants) + "</p>" if variants else ""))

    sources = []
    for source in e.sources:
        title = escape(source.title)
        sources.append(f"<a href='{escape(source.url)}'>{title}</a>" if source.url else title)
    parts.append(_section("Sources", "<ul>" + "".join(f"<li>{s}</li>" for s in sources) + "</ul>"))
    written = "Your own text" if mine else "Text written for HipTrainer"
    parts.append(
        f"<p style='color:{muted}'>{written}, licensed {escape(e.license)}. "
        "This is general exercise information, not medical advice: stop if an exercise "
        "causes sharp pain, and ask a health professional about an injury.</p>"
    )
    return "".join(parts)
