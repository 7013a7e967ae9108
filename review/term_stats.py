"""What reviewers' decisions say about the lexicon (issue 11).

- `term_figures`: per lexicon term, from the cases whose assessment matched it (not negated, not
  suppressed by a look-alike): hits in the last 7/30/90 days, confirmed/suspicious vs dismissed
  among the decided ones (the term's precision), the dismiss reason codes, the last hit, and the
  look-alikes that suppressed it.
- `code_word_candidates`: words that confirmed listings use and dismissed and undecided ones do
  not, and that no lexicon term covers (SpamAssassin's hit-frequency idea, on the decisions):
  Chinese character n-grams, English/Vietnamese words and word pairs, emoji sequences.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

from ahocorasick_rs import AhoCorasick
from sqlalchemy import select
from sqlalchemy.orm import Session

from classifiers import Lexicon
from classifiers.contacts import find_contacts
from classifiers.normalize import is_cjk, squeeze

from .labels import LABEL_OF_STATUS
from .models import Assessment, Case, Listing, ListingVersion

POSITIVE_STATUSES = ("confirmed", "suspicious")
SHOWN_TLP = ("CLEAR", "GREEN")
_CHUNK = 2000


def _aware(dt: datetime | None) -> datetime | None:
    if dt is not None and dt.tzinfo is None:
        return dt.replace(tzinfo=timezone.utc)
    return dt


def term_figures(s: Session, now: datetime | None = None) -> dict[str, dict]:
    """{canonical term: figures} over every case in the store (read in chunks)."""
    now = now or datetime.now(timezone.utc)
    windows = {7: now - timedelta(days=7), 30: now - timedelta(days=30), 90: now - timedelta(days=90)}
    out: dict[str, dict] = defaultdict(lambda: {"hits_7": 0, "hits_30": 0, "hits_90": 0, "positive": 0,
                                                "dismissed": 0, "reasons": Counter(), "last_hit": None,
                                                "suppressed_by": Counter(), "precision": None})
    after = 0
    while True:
        rows = s.execute(select(Case.id, Case.status, Case.reason_code, Case.created_at, Assessment.matches)
                         .join(Assessment, Assessment.id == Case.assessment_id)
                         .where(Case.id > after).order_by(Case.id).limit(_CHUNK)).all()
        for r in rows:
            created = _aware(r.created_at)
            counted = set()
            for m in r.matches or []:
                term = m.get("canonical") or m.get("term")
                if not term or m.get("negated"):
                    continue
                if m.get("suppressed_by"):
                    out[term]["suppressed_by"][m["suppressed_by"]] += 1
                    continue
                if term in counted:
                    continue
                counted.add(term)
                f = out[term]
                for days, since in windows.items():
                    f[f"hits_{days}"] += created is not None and created >= since
                if created and (f["last_hit"] is None or created > f["last_hit"]):
                    f["last_hit"] = created
                if r.status in POSITIVE_STATUSES:
                    f["positive"] += 1
                elif r.status == "dismissed":
                    f["dismissed"] += 1
                    f["reasons"][r.reason_code or "none"] += 1
        if len(rows) < _CHUNK:
            break
        after = rows[-1].id
    for f in out.values():
        decided = f["positive"] + f["dismissed"]
        f["precision"] = f["positive"] / decided if decided else None
    return dict(out)


def terms_to_review(lexicon: Lexicon, figures: dict[str, dict]) -> dict[str, list[str]]:
    """Terms whose decided cases are all dismissals, and product terms not hit in 90 days."""
    only_dismissed = sorted(t for t, f in figures.items() if f["dismissed"] and not f["positive"])
    quiet = sorted({e.term for e in lexicon.entries if e.form is None and e.kind in ("name", "code_word", "product_form")
                    and figures.get(e.term, {}).get("hits_90", 0) == 0})
    return {"only_dismissed": only_dismissed, "not_hit_90_days": quiet}


_WORD = re.compile(r"[^\W\d_][\w'-]*[^\W_]|[^\W\d_]", re.UNICODE)
_STOP = set("""a an and the of for to in on with is are it this that be by or as at from per new old
very can will my your our we you i me not no yes all any one two buy sell sale price pm dm ship shipping
free good great nice real item items used like more only just have has của và là có cho các một những
được với này không bán mua giá ship hàng""".split())


def _is_emoji(ch: str) -> bool:
    return unicodedata.category(ch) == "So"


def grams(text: str) -> set[str]:
    """Candidate units of one text: CJK 2-6 character n-grams, words (3+ letters) and word pairs,
    emoji runs."""
    out: set[str] = set()
    run: list[str] = []
    for ch in text + " ":
        if is_cjk(ch):
            run.append(ch)
            continue
        if len(run) >= 2:
            seg = "".join(run)
            out.update(seg[i:i + n] for n in (2, 3, 4, 5, 6) for i in range(len(seg) - n + 1))
        run = []
    words = [w for w in _WORD.findall(text.lower()) if not any(is_cjk(c) for c in w)]
    out.update(w for w in words if len(w) >= 3 and w not in _STOP)
    out.update(f"{a} {b}" for a, b in zip(words, words[1:]) if a not in _STOP and b not in _STOP
               and len(a) >= 2 and len(b) >= 2)
    out.update(m.group(0) for m in re.finditer(r"(?:[\U0001F000-\U0001FAFF\u2600-\u27BF]\ufe0f?){1,4}", text)
               if all(_is_emoji(c) or c == "\ufe0f" for c in m.group(0)))
    return out


def _masked(text: str) -> str:
    for c in find_contacts("text", text):
        text = re.sub(re.escape(c.value), " ", text, flags=re.IGNORECASE)
    return text


class Coverage:
    """Whether a candidate is already covered by a lexicon term (either contains the other, in the
    squeezed form the pre-filter uses)."""

    def __init__(self, lexicon: Lexicon):
        keys = sorted({sq for _, sq, _, _ in lexicon.keys() if len(sq) >= 2})
        self._ac = AhoCorasick(keys)
        self._joined = "\n".join(keys)

    def __call__(self, gram: str) -> bool:
        sq = squeeze(gram)
        return not sq or bool(self._ac.find_matches_as_indexes(sq)) or sq in self._joined


def code_word_candidates(s: Session, lexicon: Lexicon, min_confirmed: int = 2, limit: int = 30,
                         undecided: int = 20_000) -> list[dict]:
    """Candidates ranked by how many confirmed listings use them, then by how much more often
    than in dismissed and undecided listings; each with up to 3 example case ids (CLEAR/GREEN
    cases only, for volunteers)."""
    pos_df: Counter = Counter()
    neg_df: Counter = Counter()
    examples: dict[str, list[int]] = defaultdict(list)
    n_pos = n_neg = 0
    q = (select(Case.id, Case.status, Case.tlp, ListingVersion.title, ListingVersion.description)
         .join(Assessment, Assessment.id == Case.assessment_id)
         .join(ListingVersion, ListingVersion.id == Assessment.listing_version_id)
         .where(Case.status.in_(tuple(LABEL_OF_STATUS))).execution_options(yield_per=_CHUNK))
    for r in s.execute(q):
        g = grams(_masked(f"{r.title or ''}\n{r.description or ''}"))
        if r.status in POSITIVE_STATUSES:
            n_pos += 1
            pos_df.update(g)
            if r.tlp in SHOWN_TLP:
                for x in g:
                    if len(examples[x]) < 3:
                        examples[x].append(r.id)
        else:
            n_neg += 1
            neg_df.update(g)
    q = (select(ListingVersion.title, ListingVersion.description)
         .join(Listing, Listing.current_version_id == ListingVersion.id)
         .outerjoin(Case, Case.listing_id == Listing.id).where(Case.id.is_(None))
         .order_by(Listing.id.desc()).limit(undecided).execution_options(yield_per=_CHUNK))
    for r in s.execute(q):
        n_neg += 1
        neg_df.update(g for g in grams(_masked(f"{r.title or ''}\n{r.description or ''}")) if g in pos_df)
    if not n_pos:
        return []
    covered = Coverage(lexicon)
    scored = []
    for gram, c in pos_df.items():
        if c < min_confirmed or covered(gram):
            continue
        pos_rate, neg_rate = c / n_pos, (neg_df[gram] + 0.5) / (n_neg + 1)
        lift = pos_rate / neg_rate
        if lift >= 3:
            scored.append((c, lift, gram))
    scored.sort(key=lambda t: (-t[0], -t[1], -len(t[2]), t[2]))
    out: list[dict] = []
    for c, lift, gram in scored:
        # a shorter piece of a longer candidate with as many confirmed listings says nothing more
        if any(gram in o["gram"] and o["confirmed"] == c for o in out):
            continue
        out.append({"gram": gram, "confirmed": c, "dismissed_or_undecided": neg_df[gram], "lift": round(lift, 1),
                    "examples": examples.get(gram, [])})
        if len(out) >= limit:
            break
    return out


def candidate_examples(s: Session, candidates: list[dict], snippet: int = 300) -> dict[str, list[dict]]:
    """{gram: [{"id": case id, "parts": [[text, highlighted?], ...]}]} for the candidates' example
    cases (CLEAR/GREEN confirmed ones, as code_word_candidates chose them), re-checked here;
    contact handles masked, the candidate highlighted. The template escapes every part."""
    ids = sorted({i for c in candidates for i in c.get("examples", [])})
    if not ids:
        return {}
    rows = {r.id: r for r in s.execute(
        select(Case.id, Case.tlp, ListingVersion.title, ListingVersion.description)
        .join(Assessment, Assessment.id == Case.assessment_id)
        .join(ListingVersion, ListingVersion.id == Assessment.listing_version_id)
        .where(Case.id.in_(ids), Case.tlp.in_(SHOWN_TLP), Case.status.in_(POSITIVE_STATUSES)))}
    out: dict[str, list[dict]] = {}
    for c in candidates:
        for cid in c.get("examples", []):
            r = rows.get(cid)
            if r is None:
                continue
            text = f"{r.title or ''}\n{r.description or ''}".strip()
            for contact in find_contacts("text", text):
                text = re.sub(re.escape(contact.value), "[contact]", text, flags=re.IGNORECASE)
            at = text.lower().find(c["gram"].lower())
            start = max(0, at - snippet // 2) if at >= 0 else 0
            text = text[start:start + snippet]
            parts, pos = [], 0
            for m in re.finditer(re.escape(c["gram"]), text, flags=re.IGNORECASE):
                parts += [[text[pos:m.start()], False], [m.group(0), True]]
                pos = m.end()
            parts.append([text[pos:], False])
            out.setdefault(c["gram"], []).append({"id": cid, "parts": [p for p in parts if p[0]]})
    return out
