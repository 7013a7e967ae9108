"""Small server-rendered SVG charts for the dashboard: no JavaScript, no charting library, nothing
inline that the Content-Security-Policy refuses (SVG presentation attributes, not style=).

Every label is escaped (group, platform and category names come from configuration files that
people edit); every bar and point carries a <title>, which the browser shows on hover. Each chart
returns Markup, ready for a template, and is accompanied on the page by a table of its figures.
"""
from __future__ import annotations

import itertools
import math
from typing import Callable, Iterable, Sequence

from markupsafe import Markup, escape

# Okabe-Ito: told apart with the common colour-vision deficiencies; grey last for "other".
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#999999")
OTHER = "other"
_ids = itertools.count(1)


def _e(value) -> str:
    return str(escape(str(value)))


def nice_max(value: float) -> float:
    """A round upper bound for an axis (1, 2, 2.5, 5 x 10^k) at or above `value`."""
    if value <= 0:
        return 1.0
    exp = 10 ** math.floor(math.log10(value))
    for m in (1, 2, 2.5, 5, 10):
        if m * exp >= value:
            return m * exp
    return 10 * exp


def count_scale(value: float, max_ticks: int = 5) -> tuple[float, int]:
    """(top, ticks) of an axis of counts: whole-number steps of 1, 2, 5 x 10^k, at most max_ticks."""
    if value <= 0:
        return 1.0, 1
    step = 1
    while True:
        for m in (1, 2, 5):
            if math.ceil(value / (step * m)) <= max_ticks:
                n = math.ceil(value / (step * m))
                return float(n * step * m), n
        step *= 10


_DURATION_STEPS = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400,
                   172800, 604800, 1209600, 2592000)


def duration_scale(seconds: float, max_ticks: int = 5) -> tuple[float, int]:
    """(top, ticks) of an axis of durations: steps a person reads at a glance (15 s, 5 min, 6 h...)."""
    if seconds <= 0:
        return 1.0, 1
    for step in _DURATION_STEPS:
        n = math.ceil(seconds / step)
        if n <= max_ticks:
            return float(n * step), n
    n = math.ceil(seconds / _DURATION_STEPS[-1])
    return float(n * _DURATION_STEPS[-1]), n


def fmt_number(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() or abs(v) >= 100 else f"{v:.1f}"


def fmt_duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    s = float(seconds)
    if s < 90:
        return f"{s:.0f} s"
    if s < 5400:
        return f"{s / 60:.0f} min"
    if s < 172800:
        return f"{s / 3600:.1f} h"
    return f"{s / 86400:.1f} d"


def top_series(series: dict[str, list[float]], keep: int) -> dict[str, list[float]]:
    """The `keep` - 1 largest series, the rest summed as "other" (a legend stays readable)."""
    if len(series) <= keep:
        return dict(series)
    ranked = sorted(series.items(), key=lambda kv: -sum(kv[1]))
    head, tail = ranked[: keep - 1], ranked[keep - 1:]
    other = [sum(vals) for vals in zip(*(v for _, v in tail))]
    return {**dict(head), OTHER: other}


def _colour(i: int, name: str) -> str:
    return PALETTE[-1] if name == OTHER else PALETTE[i % (len(PALETTE) - 1)]


def _svg(width: int, height: int, title: str, body: Iterable[str], css: str = "chart") -> Markup:
    tid = f"chart-title-{next(_ids)}"
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" class="{css}" viewBox="0 0 {width} {height}" '
            f'role="img" aria-labelledby="{tid}" preserveAspectRatio="xMinYMin meet">'
            f'<title id="{tid}">{_e(title)}</title>')
    return Markup(head + "".join(body) + "</svg>")


def _legend(names: Sequence[str], y: int, x0: int, width: int) -> list[str]:
    out, x = [], x0
    for i, name in enumerate(names):
        label = name if len(name) <= 22 else name[:21] + "…"
        w = 18 + 7 * len(label)
        if x + w > width and x > x0:
            x, y = x0, y + 16
        out.append(f'<rect x="{x}" y="{y - 9}" width="10" height="10" fill="{_colour(i, name)}"/>'
                   f'<text x="{x + 14}" y="{y}" class="legend">{_e(label)}</text>')
        x += w + 10
    return out


def _axis(x0: int, y0: int, w: int, h: int, top: float, fmt: Callable[[float], str], ticks: int = 4) -> list[str]:
    out = []
    for k in range(ticks + 1):
        v = top * k / ticks
        y = y0 + h - h * k / ticks
        out.append(f'<line x1="{x0}" y1="{y:.1f}" x2="{x0 + w}" y2="{y:.1f}" class="grid" stroke="#e3e7e4"/>'
                   f'<text x="{x0 - 6}" y="{y + 4:.1f}" text-anchor="end" class="tick">{_e(fmt(v))}</text>')
    return out


def _x_labels(labels: Sequence[str], x0: int, step: float, y: float) -> list[str]:
    every = max(1, math.ceil(len(labels) / 13))  # at most ~13 labels fit
    out = []
    for i, label in enumerate(labels):
        if i % every == 0 or i == len(labels) - 1:
            short = label.split("-", 1)[-1] if "-W" in label else label  # 2026-W49 -> W49
            out.append(f'<text x="{x0 + step * (i + 0.5):.1f}" y="{y}" text-anchor="middle" class="tick">'
                       f'{_e(short)}</text>')
    return out


def stacked_bars(labels: Sequence[str], series: dict[str, list[float]], title: str, width: int = 640,
                 height: int = 230, keep: int = 7, unit: str = "") -> Markup:
    """One bar per label (week), stacked by series (platform, category...)."""
    series = top_series({k: list(v) for k, v in series.items()}, keep)
    names = list(series)
    x0, y0, right = 44, 10, 8
    legend_rows = 1 + sum(7 * min(len(n), 22) + 28 for n in names) // max(1, width - x0)
    plot_h = height - y0 - 22 - 16 * legend_rows
    plot_w = width - x0 - right
    totals = [sum(series[n][i] for n in names) for i in range(len(labels))]
    top, ticks = count_scale(max(totals, default=0))
    step = plot_w / max(1, len(labels))
    bar_w = max(2.0, step * 0.7)
    body = _axis(x0, y0, plot_w, plot_h, top, fmt_number, ticks)
    for i, label in enumerate(labels):
        base = y0 + plot_h
        x = x0 + step * i + (step - bar_w) / 2
        for j, name in enumerate(names):
            v = series[name][i]
            if not v:
                continue
            h = plot_h * v / top
            base -= h
            body.append(f'<rect x="{x:.1f}" y="{base:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                        f'fill="{_colour(j, name)}"><title>{_e(label)} · {_e(name)}: {_e(fmt_number(v))}{_e(unit)}'
                        f'</title></rect>')
    if not any(totals):
        body.append(f'<text x="{x0 + plot_w / 2:.0f}" y="{y0 + plot_h / 2:.0f}" text-anchor="middle" '
                    'class="empty">nothing in these weeks</text>')
    body += _x_labels(labels, x0, step, y0 + plot_h + 14)
    body += _legend(names, y0 + plot_h + 34, x0, width)
    return _svg(width, height, title, body)


def line_chart(labels: Sequence[str], series: dict[str, list[float | None]], title: str,
               fmt: Callable[[float], str] = fmt_number, width: int = 640, height: int = 230,
               scale: Callable[[float], tuple[float, int]] = count_scale) -> Markup:
    """One line per series over the labels (weeks); None leaves a gap. `scale` picks the axis."""
    names = list(series)
    x0, y0, right = 54, 10, 8
    plot_h, plot_w = height - y0 - 40, width - x0 - right
    values = [v for vals in series.values() for v in vals if v is not None]
    top, ticks = scale(max(values, default=0))
    step = plot_w / max(1, len(labels))
    body = _axis(x0, y0, plot_w, plot_h, top, fmt, ticks)
    for j, name in enumerate(names):
        colour = _colour(j, name)
        run: list[str] = []
        points = []
        for i, v in enumerate(series[name]):
            if v is None:
                if len(run) > 1:
                    body.append(f'<polyline points="{" ".join(run)}" fill="none" stroke="{colour}" stroke-width="2"/>')
                run = []
                continue
            x, y = x0 + step * (i + 0.5), y0 + plot_h - plot_h * v / top
            run.append(f"{x:.1f},{y:.1f}")
            points.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"><title>{_e(labels[i])} · '
                          f'{_e(name)}: {_e(fmt(v))}</title></circle>')
        if len(run) > 1:
            body.append(f'<polyline points="{" ".join(run)}" fill="none" stroke="{colour}" stroke-width="2"/>')
        body += points
    if not values:
        body.append(f'<text x="{x0 + plot_w / 2:.0f}" y="{y0 + plot_h / 2:.0f}" text-anchor="middle" '
                    'class="empty">no decisions in these weeks</text>')
    body += _x_labels(labels, x0, step, y0 + plot_h + 14)
    body += _legend(names, y0 + plot_h + 34, x0, width)
    return _svg(width, height, title, body)


def hbars(rows: Sequence[dict], title: str, keys: Sequence[str] = (), width: int = 640, max_value: float | None = None,
          fmt: Callable[[float], str] = fmt_number) -> Markup:
    """Horizontal bars, one row each: {"label", "parts": [(key, value)...], "text"}; parts stack in
    the order of `keys` (coloured by it); `text` (default: the total) is written after the bar."""
    x0, right, row_h = 150, 90, 22
    keys = list(keys) or ["value"]
    height = 10 + row_h * max(1, len(rows)) + (20 if len(keys) > 1 else 0)
    plot_w = width - x0 - right
    totals = [sum(v for _, v in r["parts"]) for r in rows]
    top = max_value if max_value is not None else nice_max(max(totals, default=0))
    body = []
    for i, r in enumerate(rows):
        y = 6 + i * row_h
        label = str(r["label"])
        short = label if len(label) <= 22 else label[:21] + "…"
        body.append(f'<text x="{x0 - 8}" y="{y + 13}" text-anchor="end" class="label">{_e(short)}'
                    f'<title>{_e(label)}</title></text>')
        x = float(x0)
        for key, v in r["parts"]:
            if not v or top <= 0:
                continue
            w = plot_w * min(v, top) / top
            j = keys.index(key) if key in keys else len(keys)
            body.append(f'<rect x="{x:.1f}" y="{y + 2}" width="{w:.1f}" height="{row_h - 8}" fill="{_colour(j, key)}">'
                        f'<title>{_e(label)} · {_e(key)}: {_e(fmt(v))}</title></rect>')
            x += w
        body.append(f'<text x="{x + 6:.1f}" y="{y + 13}" class="value">{_e(r.get("text") or fmt(totals[i]))}</text>')
    if not rows:
        body.append(f'<text x="{x0}" y="20" class="empty">nothing yet</text>')
    if len(keys) > 1:
        body += _legend(keys, height - 6, x0, width)
    return _svg(width, height, title, body)
