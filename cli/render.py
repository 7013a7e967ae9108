"""Terminal rendering with rich. Listing text is hostile: it is always wrapped in rich.Text
(never parsed as console markup) so '[bold]' or escape codes in a listing stay inert."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

_STYLE = {"name": "bold red", "code_word": "bold magenta", "product_form": "red", "trade_cue": "yellow",
          "benign_context": "green", "legal_channel": "cyan"}
_LABEL_STYLE = {"illegal": "bold white on red", "suspicious": "bold black on yellow", "benign": "bold white on green"}


def _safe(s: str) -> str:
    """Drop control characters (terminal escape sequences) from hostile text."""
    return "".join(ch if ch.isprintable() or ch in "\n\t" else "\ufffd" for ch in s)


def highlighted(text: str, matches, field: str) -> Text:
    t = Text(_safe(text))
    for m in matches:
        if m.field == field:
            style = "strike dim" if m.suppressed_by or m.negated else _STYLE.get(m.kind, "bold")
            t.stylize(style, m.start, m.end)
    return t


def print_assessment(listing: dict, a, console: Console | None = None) -> None:
    console = console or Console()
    head = Text()
    head.append(f" {a.label.upper()} ", style=_LABEL_STYLE[a.label])
    head.append(f"  score {a.score:.2f}  " + ("-> reviewers" if a.flagged else "not flagged"))
    if a.categories:
        head.append("  " + ", ".join(a.categories), style="bold")
    console.print(head)
    for field in ("title", "description", "price"):
        if listing.get(field):
            line = Text(f"{field:>11}: ", style="dim")
            line.append_text(highlighted(str(listing[field]), a.matches, field))
            console.print(line)
    if a.matches:
        table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
        for col in ("term", "canonical", "category", "kind", "field", "offsets", "note"):
            table.add_column(col)
        for m in a.matches:
            note = "negated" if m.negated else (f"covered by {m.suppressed_by}" if m.suppressed_by else (m.cue or ""))
            if getattr(m, "quoted", False):
                note += ", in quotes (a wink)"
            table.add_row(Text(_safe(m.term), style=_STYLE.get(m.kind, "")), Text(m.canonical), m.category, m.kind,
                          m.field, f"{m.start}-{m.end}", Text(_safe(note)))
        console.print(table)
    if a.cues:
        console.print(Text("cues: " + ", ".join(a.cues), style="yellow"))
    if a.contacts:
        console.print(Text("contacts: " + ", ".join(f"{c.kind}={_safe(c.value)}" for c in a.contacts), style="cyan"))
    if a.contributions:
        parts = [f"{k} {v:+.2f}" for k, v in a.contributions[:8]]
        console.print(Text("weights: " + "  ".join(parts), style="dim"))
    console.print(Text(_safe(a.explanation)))


def _pct(x) -> str:
    return "-" if x is None else f"{x:.3f}"


def _scores_row(name: str, s) -> list:
    return [name, str(s.n), _pct(s.precision), _pct(s.recall), _pct(s.f1), _pct(s.illegal_recall),
            _pct(s.trap_false_flag_rate)]


def print_report(rep, clf, show: int = 15, bad_lines: int = 0, console: Console | None = None) -> None:
    console = console or Console(width=160)
    console.print(Text(f"method: {rep.method}; lexicon {clf.lexicon_version}, model {clf.model_version}", style="dim"))
    cols = ("", "n", "precision", "recall", "F1", "illegal recall", "trap false-flag rate")

    def table(title: str, rows) -> Table:
        t = Table(title=title, title_justify="left")
        for c in cols:
            t.add_column(c, justify="right" if c else "left")
        for r in rows:
            t.add_row(*r)
        return t

    console.print(table("by language", [_scores_row(k, v) for k, v in sorted(rep.by_lang.items())]))
    console.print(table("by difficulty tag", [_scores_row(k, v) for k, v in sorted(rep.by_tag.items())]))
    if getattr(rep, "by_group", None):
        console.print(table("by held-out group", [_scores_row(k, v) for k, v in rep.by_group.items()]))
    for title, items in (("misses (positive, not flagged)", rep.misses), ("false flags (benign, flagged)", rep.false_flags)):
        if not items:
            continue
        t = Table(title=f"{title}: {len(items)}", title_justify="left", show_lines=False)
        for c in ("id", "gold", "pred", "score", "title", "explanation"):
            t.add_column(c, overflow="fold")
        for it in items[:show]:
            lst = it.listing
            t.add_row(str(lst.get("id", "")), it.gold, it.pred_label, f"{it.pred_score:.2f}",
                      Text(_safe(str(lst.get("title", ""))[:40])), Text(_safe(_explain(clf, lst)[:110])))
        console.print(t)
    o = rep.overall
    if bad_lines:
        console.print(f"{bad_lines} malformed line(s) skipped (see stderr)")
    console.print(f"overall: n={o.n}  precision {_pct(o.precision)}  recall {_pct(o.recall)}  F1 {_pct(o.f1)}  "
                  f"PR-AUC {_pct(rep.pr_auc)}  label accuracy {_pct(o.as_dict()['label_accuracy'])}")
    console.print(f"illegal recall {_pct(o.illegal_recall)} (flagged), "
                  f"{_pct(o.as_dict()['illegal_labelled_illegal'])} (labelled illegal)")
    console.print(f"false-flag rate on benign traps {_pct(o.trap_false_flag_rate)} ({o.traps_flagged}/{o.traps})")


def _explain(clf, listing) -> str:
    try:
        return clf.assess(listing).explanation
    except Exception as exc:  # explanation is a courtesy in a report; never fail the report on it
        return f"(could not explain: {exc})"
