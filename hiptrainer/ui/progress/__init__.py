"""The Progress tab. Nothing is imported here: the window imports ``progress_tab`` the first
time the tab is shown, and only then do pyqtgraph and numpy load."""
