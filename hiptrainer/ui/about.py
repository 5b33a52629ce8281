"""Help ▸ About HipTrainer: the version and what it runs on, the licences of what ships with
it, and the sources of the exercise facts (as links).

Source titles and links come from the catalogue, and the user's own exercises name sources
of their own: every such text is escaped, and only http(s) links become links.
"""

from __future__ import annotations

import html
import platform
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QCoreApplication, QSize, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from hiptrainer import __version__
from hiptrainer.catalog.custom import is_custom
from hiptrainer.paths import resources_dir

if TYPE_CHECKING:
    from hiptrainer.catalog import Catalog
    from hiptrainer.domain.model import Exercise, Source

# Where the UI icons' licence is bundled (with the icons, by the icon set's own rules).
ICONS_LICENSE = ("icons", "ui", "LICENSE")


def unique_sources(exercises: list[Exercise]) -> list[Source]:
    """Each source once (the same link under two titles counts once: the first title), in
    alphabetical order of title."""
    seen: dict[str, Source] = {}
    for exercise in exercises:
        for source in exercise.sources:
            key = source.url or source.title.casefold()
            seen.setdefault(key, source)
    return sorted(seen.values(), key=lambda source: source.title.casefold())


def source_item(source: Source) -> str:
    title = html.escape(source.title)
    url = source.url or ""
    if url.startswith(("https://", "http://")):
        return f'<li><a href="{html.escape(url, quote=True)}">{title}</a></li>'
    return f"<li>{title}</li>"


def icons_licensed() -> bool:
    return resources_dir().joinpath(*ICONS_LICENSE).is_file()


def about_html(catalog: Catalog) -> str:
    exercises = list(catalog.exercises.values())
    bundled = [exercise for exercise in exercises if not is_custom(exercise)]
    yours = [exercise for exercise in exercises if is_custom(exercise)]
    # The texts are rich text (links): their translations keep the markup as it is.
    licences = [
        QCoreApplication.translate("AboutDialog", "The program's code is under the MIT licence."),
        QCoreApplication.translate(
            "AboutDialog",
            "The exercise texts are written for HipTrainer from the facts in the sources below, "
            'and licensed <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.',
        ),
        QCoreApplication.translate(
            "AboutDialog",
            "The exercise figures are drawn by HipTrainer's own code from its pose files, and "
            "are under the MIT licence with the code.",
        ),
    ]
    if icons_licensed():
        licences.append(
            QCoreApplication.translate(
                "AboutDialog",
                'The interface icons are from <a href="https://lucide.dev">Lucide</a>, under the '
                "ISC licence.",
            )
        )
    licences.append(
        QCoreApplication.translate(
            "AboutDialog",
            "Built with Qt and PySide6 (LGPL v3; Help ▸ About Qt says more), pyqtgraph (MIT) "
            "and msgspec (BSD).",
        )
    )
    summary = QCoreApplication.translate(
        "AboutDialog", "A desktop trainer for runners' hip and glute strength."
    )
    caution = QCoreApplication.translate(
        "AboutDialog",
        "HipTrainer offers general exercise information. It does not replace advice from a "
        "doctor or physiotherapist. Stop an exercise that causes chest pain, dizziness, "
        "numbness or sharp joint pain, and seek advice for pain that lasts more than a week or "
        "two.",
    )
    parts = [
        f"<h2>HipTrainer {html.escape(__version__)}</h2>",
        f"<p>{html.escape(summary)}</p>",
        f"<p>Qt {html.escape(qVersion())} · PySide6 {html.escape(PySide6.__version__)} · "
        f"Python {html.escape(platform.python_version())}</p>",
        f"<p>{html.escape(caution)}</p>",
        "<h3>" + html.escape(QCoreApplication.translate("AboutDialog", "Licences")) + "</h3>",
        "<ul>" + "".join(f"<li>{line}</li>" for line in licences) + "</ul>",
        "<h3>"
        + html.escape(QCoreApplication.translate("AboutDialog", "Sources of the exercise facts"))
        + "</h3>",
        "<ul>" + "".join(source_item(source) for source in unique_sources(bundled)) + "</ul>",
    ]
    own = unique_sources(yours)
    if own:
        mine = QCoreApplication.translate("AboutDialog", "Sources your own exercises name")
        parts += [
            f"<h3>{html.escape(mine)}</h3>",
            "<ul>" + "".join(source_item(source) for source in own) + "</ul>",
        ]
    return "\n".join(parts)


class AboutDialog(QDialog):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About HipTrainer"))
        self.text = QTextBrowser()
        self.text.setObjectName("aboutText")
        self.text.setOpenExternalLinks(True)  # the sources open in the browser
        self.text.setAccessibleName(self.tr("About HipTrainer"))
        self.text.setAccessibleDescription(
            self.tr(
                "Versions, licences and the sources of the exercises; Tab moves from link to "
                "link and Enter opens one in the browser."
            )
        )
        self.text.setHtml(about_html(catalog))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def sizeHint(self) -> QSize:  # noqa: N802
        # Wide enough for a source's title on one or two lines, tall enough to show the
        # licences without scrolling; the sources scroll.
        metrics = self.fontMetrics()
        return QSize(46 * metrics.horizontalAdvance("m"), 32 * metrics.lineSpacing())


def show_about(parent: QWidget, catalog: Catalog) -> AboutDialog:
    """Open the About dialog over ``parent`` (window-modal; the caller returns at once)."""
    dialog = AboutDialog(catalog, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
