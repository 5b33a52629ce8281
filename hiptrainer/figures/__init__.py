"""Exercise illustrations: a Qt-free pose model (skeleton, poses, view, muscles) and a
QPainter renderer (render, output) for widgets, PNG and SVG."""
