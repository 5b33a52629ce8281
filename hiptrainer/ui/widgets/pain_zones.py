"""The pain traffic light's colours (0–2 green, 3–5 amber, above 5 red), one set for every
screen that shows a pain score: the Progress tab's glance and chart, the player's summary."""

ZONE_COLOURS: dict[str, str] = {"green": "#2f9e44", "amber": "#f59f00", "red": "#e03131"}
