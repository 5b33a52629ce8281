"""The pose library as a searchable list grouped by exercise, and a preview of one pose on
both sides (the left as drawn, the right mirrored)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.ui.routines.fields import plain_label
from hiptrainer.ui.widgets.figure_view import FigureView

if TYPE_CHECKING:
    from hiptrainer.figures.render import Illustration

REF_ROLE = Qt.ItemDataRole.UserRole


def pose_words(pose: str) -> str:
    """``"hips_up"`` → ``"hips up"``."""
    return pose.replace("_", " ")


class PosePicker(QWidget):
    """Type to narrow the list (an exercise's name or a pose's words); Up and Down move."""

    pose_chosen = Signal(str)  # "exercise:pose"

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        """``names``: exercise id → the name shown for its group."""
        super().__init__(parent)
        from hiptrainer.catalog.poses import pose_library
        from hiptrainer.ui.widgets.search_field import SearchField

        self.search = SearchField()
        self.search.setPlaceholderText(self.tr("Search the poses: an exercise or a position"))
        self.search.setAccessibleName(self.tr("Search the poses"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("poseTree")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Pose library"))
        self.tree.setAccessibleDescription(
            self.tr("Poses by group; the chosen pose is the step's picture.")
        )
        self.tree.setMinimumHeight(160)
        self.search.target = self.tree
        for exercise_id, poses in pose_library().items():
            group = QTreeWidgetItem([names.get(exercise_id, exercise_id)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for pose in poses:
                child = QTreeWidgetItem([pose_words(pose)])
                child.setData(0, REF_ROLE, f"{exercise_id}:{pose}")
                group.addChild(child)
            self.tree.addTopLevelItem(group)
        self.tree.expandAll()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.tree, 1)
        self.search.textChanged.connect(self._narrow)
        self.tree.currentItemChanged.connect(self._current)
        # The search first, as Tab reaches them (a proxy on the tree sent Tab to the tree
        # first, then back up to the search); its arrow keys move in the tree.
        self.setFocusProxy(self.search)

    def _children(self) -> list[QTreeWidgetItem]:
        found = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is not None:
                found += [c for i in range(group.childCount()) if (c := group.child(i))]
        return found

    def _narrow(self, text: str) -> None:
        words = text.casefold().split()
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is None:
                continue
            title = group.text(0).casefold()
            shown = 0
            for i in range(group.childCount()):
                child = group.child(i)
                if child is None:
                    continue
                haystack = f"{title} {child.text(0).casefold()} {child.data(0, REF_ROLE)}"
                match = all(word in haystack for word in words)
                child.setHidden(not match)
                shown += match
            group.setHidden(shown == 0)
        current = self.tree.currentItem()
        if current is None or current.isHidden() or (current.parent() or current).isHidden():
            first = next((c for c in self._children() if not c.isHidden()), None)
            if first is not None:
                self.tree.setCurrentItem(first)

    def _current(self, item: QTreeWidgetItem | None) -> None:
        ref = item.data(0, REF_ROLE) if item is not None else None
        if isinstance(ref, str):
            self.pose_chosen.emit(ref)

    def set_pose(self, ref: str) -> None:
        """Show ``ref`` as chosen (without saying so: nothing was picked)."""
        self.tree.blockSignals(True)
        for child in self._children():
            if child.data(0, REF_ROLE) == ref:
                self.tree.setCurrentItem(child)
                self.tree.scrollToItem(child)
                break
        else:
            self.tree.clearSelection()
        self.tree.blockSignals(False)

    def chosen(self) -> str:
        item = self.tree.currentItem()
        ref = item.data(0, REF_ROLE) if item is not None else None
        return ref if isinstance(ref, str) else ""


class PosePreview(QWidget):
    """One library pose on the left side and, mirrored, on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left = FigureView()
        self.right = FigureView()
        self._arts: dict[str, Illustration] = {}
        self.ref = ""
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        # One above the other: each as wide as the column (side by side they came out small).
        for row, (view, text) in enumerate(
            ((self.left, self.tr("Left side")), (self.right, self.tr("Right side (mirrored)")))
        ):
            view.setMinimumSize(240, 170)
            grid.addWidget(plain_label(text), 2 * row, 0, Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(view, 2 * row + 1, 0)

    def show_ref(self, ref: str, muscles: list[str]) -> None:
        from hiptrainer.catalog.custom import split_pose
        from hiptrainer.catalog.poses import library_file, pose_problem
        from hiptrainer.figures.render import Illustration

        self.ref = ref
        if not ref or pose_problem(ref) is not None:
            self.left.show_pose(None, "", "left")
            self.right.show_pose(None, "", "right")
            return
        source_id, pose = split_pose(ref)
        key = f"{source_id}|{','.join(muscles)}"
        art = self._arts.get(key)
        if art is None:
            poses = library_file(source_id)
            assert poses is not None  # pose_problem said so
            art = self._arts[key] = Illustration(poses, muscles)
        self.left.show_pose(art, pose, "left")
        self.right.show_pose(art, pose, "right")
