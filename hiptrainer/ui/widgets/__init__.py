"""Small single-purpose widgets shared by the tabs."""
