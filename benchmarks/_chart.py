"""The side-by-side figures of ``bench_html.py`` as one SVG chart, written without a plotting
library (the benchmark needs no extra dependency for it).

One panel per scored field and one per speed measure; in each, one bar per tool, newsparse
first and in its own colour, the value printed at the bar's end. Field panels share a 0-1
scale; speed panels are in pages per second, each on its own scale (the lxml floor is left
out: it extracts nothing and would flatten the bars).

    python benchmarks/_chart.py figures.json docs/benchmarks.svg   # from bench_html --json
"""

from __future__ import annotations

import json
import sys
from html import escape
from pathlib import Path
from typing import Any

# Names shown for the scored fields (benchmarks/_score.py defines how each is scored).
FIELD_TITLES = {
    "body_f1": "body character F1",
    "first_last": "first and last sentence kept",
    "must_not_absent": "no junk line in the body",
    "body_found": "a body found",
    "title": "headline exactly right",
    "date_time": "publish time to the minute",
    "date_day": "publish day right",
    "authors": "reporters exactly right",
    "no_junk_authors": "no junk author",
}
_SPEED_TITLES = {"str": "speed, given str (pages/s)", "bytes": "speed, given bytes (pages/s)"}
_OURS, _PEER = "#c0392b", "#7f8c8d"
_PANEL_W, _BAR_H, _GAP, _LABEL_W, _COLUMNS = 330, 16, 4, 120, 3


def _panels(figures: dict[str, Any]) -> list[tuple[str, list[tuple[str, float, str]]]]:
    """(panel title, [(tool, value, shown value)]) for every field and speed measure."""
    tools = [
        t
        for t, v in figures.items()
        if isinstance(v, dict) and t not in ("speed", "newsparse (bytes)")
    ]
    panels = []
    for field, title in FIELD_TITLES.items():
        bars = []
        for tool in tools:
            value, count = figures[tool].get(field, (0.0, 0))
            if count:
                bars.append((tool, value, f"{value:.3f}"))
        if len(bars) > 1:  # a field only newsparse returns has no one to stand beside
            pages = figures["newsparse"][field][1]
            panels.append((f"{title} ({pages} pages)", bars))
    speed = figures.get("speed", {})
    for kind, title in _SPEED_TITLES.items():
        bars = [(t, speed[f"{t} [{kind}]"], f"{speed[f'{t} [{kind}]']:.1f}") for t in tools
                if f"{t} [{kind}]" in speed]  # fmt: skip
        if bars:
            panels.append((title, bars))
    return panels


def render(figures: dict[str, Any], note: str = "") -> str:
    """The chart as SVG text."""
    panels = _panels(figures)
    rows = max((len(bars) for _, bars in panels), default=1)
    panel_h = 26 + rows * (_BAR_H + _GAP) + 8
    lines_count = (len(panels) + _COLUMNS - 1) // _COLUMNS
    width, height = _COLUMNS * _PANEL_W + 20, lines_count * panel_h + 40
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="10" y="18" font-size="13" font-weight="bold">{escape(note)}</text>',
    ]
    for i, (title, bars) in enumerate(panels):
        x0 = 10 + (i % _COLUMNS) * _PANEL_W
        y0 = 30 + (i // _COLUMNS) * panel_h
        out.append(f'<text x="{x0}" y="{y0 + 14}" font-weight="bold">{escape(title)}</text>')
        top = max(1.0, max(v for _, v, _ in bars)) if title.startswith("speed") else 1.0
        room = _PANEL_W - _LABEL_W - 50
        for j, (tool, value, shown) in enumerate(bars):
            y = y0 + 22 + j * (_BAR_H + _GAP)
            w = max(0.0, value / top * room)
            colour = _OURS if tool == "newsparse" else _PEER
            out += [
                f'<text x="{x0 + _LABEL_W - 4}" y="{y + 12}" text-anchor="end">'
                f"{escape(tool)}</text>",
                f'<rect x="{x0 + _LABEL_W}" y="{y}" width="{w:.1f}" height="{_BAR_H}" '
                f'fill="{colour}"/>',
                f'<text x="{x0 + _LABEL_W + w + 3:.1f}" y="{y + 12}">{shown}</text>',
            ]
    out.append("</svg>")
    return "\n".join(out) + "\n"


def write_chart(figures: dict[str, Any], path: Path, note: str = "") -> None:
    path.write_text(render(figures, note), encoding="utf-8")


if __name__ == "__main__":
    data = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    write_chart(data, Path(sys.argv[2]), data.get("note", ""))
