"""The classifier: listing in, Assessment out. Pure: no network, no database, no Redis."""
from __future__ import annotations

import threading
from array import array
from collections.abc import Mapping
from pathlib import Path

from . import features as feat
from .assessment import Assessment, Contact
from .contacts import find_contacts
from .lexicon import PRODUCT_KINDS, Lexicon, load_lexicon
from .lot_lists import focus as lot_focus
from .markup_text import has_markup, to_original, visible
from .thread_replies import SKIP as THREAD_SKIP, focus as thread_focus
from .matcher import QUOTES, Matcher, RawMatch
from .model import TEXT_CLIP, Model, decide, floor_reason, load_model
from .boast_winks import drop as drop_boasts
from .declined_requests import mark as decline_mark
from .offered_piece import mark as offer_mark
from .lost_notices import mark as lost_mark
from .egg_jargon import drop as drop_egg_jargon
from .scope_marks import mark_scope
from .species_places import drop as drop_places
from .wink_beyond import mark as wink_beyond_mark
from .quoted_materials import quoted_in as _quoted_in
from .scoped_winks import mark as scoped_wink_mark
from .lazy_regex import lazy_compile

FIELDS = ("title", "description", "price", "seller", "category")
FIELD_ALIASES = {"price": ("price", "price_text"), "seller": ("seller", "seller_name")}
_QUOTES = QUOTES
_COVER_CUES = ("legal_material", "replica", "pet")  # what a seller names to pass as legal: 'bone', "resin", 'puppy'
_FIELD_KEYS = tuple((name, FIELD_ALIASES.get(name, (name,))[0]) for name in FIELDS)
_FIELD_KEY_SETS = tuple(FIELD_ALIASES.get(name, (name,)) for name in FIELDS)
_HAS_WORDS = lazy_compile(r"[^\W\d_]")
_SURROGATES = lazy_compile("[\ud800-\udfff]")
MAX_FIELD_CHARS = 50_000  # longer text is cut for analysis (bounded run time); a warning says so
TEXT_CHARS = 1_000  # what the learned text part reads of title + description

_CUE_WORDS = {
    "cue_contact": "contact-evasion", "cue_demand": "demand", "cue_wink": "wink", "cue_price": "price-hint",
    "cue_secrecy": "secrecy", "cue_sale": "trade", "cue_origin": "origin", "cue_wild": "wild-caught",
    "cue_live": "live-animal", "cue_quality": "material-tell", "negated_benign_material": "replica-denied",
    "negated_product": "negation", "suppressed_product": "benign-look-alike", "cue_no_papers": "no-papers",
    "described_not_named": "described-not-named", "live_unpapered": "live-without-papers",
}
# feature -> the cue word an Assessment lists for it
_CUE_OF = {**_CUE_WORDS, **{k: k.replace("benign_", "benign-") for k in feat.FEATURE_NAMES if k.startswith("benign_")},
           **{k: k.replace("legal_", "legal-channel-") for k in feat.FEATURE_NAMES if k.startswith("legal_")}}


def _field_as_analysed(listing: Mapping, name: str, key: str, warnings: list[str]) -> str:
    """The field's text as raw_matches analyses it (coerced, cut, lone surrogates replaced), the
    warnings appended."""
    text = listing.get(key)
    if text.__class__ is not str or not text:
        text, warn = field_text(listing, name)
        if warn:
            warnings.append(warn)
    if len(text) > MAX_FIELD_CHARS:
        warnings.append(f"{name}: {len(text)} characters; only the first {MAX_FIELD_CHARS} were analysed")
        text = text[:MAX_FIELD_CHARS]
    # "\ud800" from JSON: no UTF-8 for it (a surrogate is never printable: most texts need no search)
    if not text.isascii() and not text.isprintable() and _SURROGATES.search(text):
        warnings.append(f"{name}: unpaired surrogate characters replaced by U+FFFD")
        text = _SURROGATES.sub("\ufffd", text)  # one for one: offsets stay valid
    return text


def _plain_texts_py(listing: Mapping, fields: tuple, max_chars: int) -> list[str | None]:
    """_textfast.plain_texts where it is not built: the engine's own way for every field."""
    return [None] * len(fields)


try:  # imported once here: a relative import inside a function costs ~4 µs a call
    from ._textfast import has_words as _has_words, plain_texts as _plain_texts, text_score as _text_score
except ImportError:
    _plain_texts, _text_score = _plain_texts_py, None  # set to _text_score_lazy below

    def _has_words(text: str) -> bool:
        return _HAS_WORDS.search(text) is not None


_CUE_KEYS = frozenset(_CUE_OF)

try:
    from ._scorefast import cue_words as _cue_words, explain as _explain_c
except ImportError:
    _explain_c = None

    def _cue_words(f: dict, cue_of: dict) -> list[str]:
        """The cue words of the features that are set, sorted (_scorefast.cue_words in C)."""
        return sorted({cue_of[k] for k in f.keys() & _CUE_KEYS if f[k]})


def field_text(listing: Mapping, name: str) -> tuple[str, str | None]:
    """The field's text and, if it had to be coerced, a warning."""
    value = None
    for key in FIELD_ALIASES.get(name, (name,)):
        value = listing.get(key)
        if value not in (None, ""):
            break
    if value is None:
        return "", None
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace"), f"{name}: bytes decoded as UTF-8 with replacement"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value), None
    if not isinstance(value, str):
        return str(value)[:MAX_FIELD_CHARS], f"{name}: expected text, got {type(value).__name__}"
    return value, None


class Classifier:
    def __init__(self, lexicon: Lexicon, model: Model, threshold: float | None = None, tables: dict | None = None):
        """`tables`: the Matcher's tables from the lexicon cache (compiled.py); None builds them."""
        self.lexicon = lexicon
        self.model = model
        self.matcher = Matcher(lexicon, tables=tables)
        self.threshold = model.threshold if threshold is None else threshold
        self._attribution = feat.attribution_weights(model.pos.coef)
        self._text_weights: tuple | None = None
        self._nothing: tuple | None = None  # (model, threshold, the Assessment of a listing with no match)
        # False: a listing in which nothing matched goes through features, score and explanation
        # like any other (tests compare both ways)
        self.constant_no_match = True

    def _dense_text_weights(self) -> tuple:
        """(text model, its weights as float32 over all buckets as Model.text.dense() gives them,
        a bit per bucket set where the weight is not 0), without importing numpy (~0.15 s of every start)."""
        from ._textfast import nonzero_bits

        text = self.model.text
        a = array("f", bytes(4 << text.bits))
        for k, v in text.weights.items():
            a[k] = v
        self._text_weights = (text, a, nonzero_bits(a))  # for this text model (a caller may swap self.model)
        return self._text_weights

    @property
    def lexicon_version(self) -> str:
        return self.lexicon.version

    @property
    def model_version(self) -> str:
        return self.model.version

    def warm_up(self) -> None:
        self.matcher.warm_up()

    def raw_matches(self, listing: Mapping, norm_out: list[str] | None = None, texts: dict | None = None,
                    pre: tuple | None = None) -> tuple[list[RawMatch], list[Contact], list[str]]:
        """Lexicon hits, contact handles and warnings; `norm_out` receives the normalised title and
        description when the listing is topical (what the learned text part reads); `texts` the
        text of each field as analysed; `pre` what batch's compiled ordinary-listing check
        (_matchfast.Reject, which follows the nothing-found branch here) did of the scan already."""
        matches: list[RawMatch] = []
        contacts: list[Contact] = []
        warnings: list[str] = []
        if texts is None:
            texts = {}
        # the common case, plain text under the main key or nothing, sorted out in one compiled call
        plain = _plain_texts(listing, _FIELD_KEY_SETS, MAX_FIELD_CHARS) if listing.__class__ is dict else [None] * 5
        if None in plain:
            for i, (name, key) in enumerate(_FIELD_KEYS):
                if plain[i] is None:
                    plain[i] = _field_as_analysed(listing, name, key, warnings)
        texts.update(zip(FIELDS, plain))
        # markup_text: markup, code and URLs are no seller words; each field is read as a buyer sees it
        shown = _read_as_shown(texts, plain) if any(map(has_markup, plain)) else None
        if shown:
            pre = None  # the compiled check read the fields as written
        if listing.get("price_placeholder") is True:
            # the site's way of showing no price (面议, DM for price: the listing contract marks it),
            # not the seller's words: never a contact or price cue, whether or not the text is still there
            texts["price"] = ""
        # title and description are matched as one text (one pass); a newline keeps them apart
        title, desc, price, seller = texts["title"], texts["description"], texts["price"], texts["seller"]
        joined = f"{title}\n{desc}"
        found = self.matcher.scan("title/description", joined, warnings, norm_out, pre)
        # a price only when it has words (面议, /克); a seller name only when it names a product
        price_words = bool(price) and _has_words(price)  # _HAS_WORDS.search, compiled
        # the seller name's squeezed pre-filter hits when Reject got that far (None: not looked for)
        seller_hits = pre[4] if pre is not None and pre[0] == joined else None
        if found is None:
            # an everyday word in a seller name or price (正品小店) does not make a listing topical
            if seller_hits is not None:
                seller_topical = self.matcher.strong(seller_hits)
            else:
                seller_topical = bool(seller) and self.matcher.prefilter(seller, everyday=False)
            if not (seller_topical or (price_words and self.matcher.prefilter(price, everyday=False))):
                return matches, contacts, warnings  # the common case: nothing topical, almost free
            found = self.matcher.find("title/description", joined, warnings, norm_out)
        elif seller_hits is not None:
            seller_topical = bool(seller_hits)
        else:
            seller_topical = bool(seller) and self.matcher.prefilter(seller)
        whole = None
        if norm_out and found:
            whole = norm_out[0]
            norm_out[0] = lot_focus(whole, found)  # a list of goods, read where it names a product
        cut = len(title) + 1
        for m in found:
            m.field = "title"
            if m.start >= cut:
                m.field, m.start, m.end = "description", m.start - cut, m.end - cut
            elif m.end > len(title):
                continue  # a phrase that only exists across the title/description seam
            matches.append(m)
        if price_words:
            matches.extend(self.matcher.find("price", price, warnings))
        if seller_topical:
            matches.extend(self.matcher.find("seller", seller, warnings))
        category = _platform_category(listing)
        if category and matches:  # what the platform files it under: toys, car parts, tickets...
            matches.extend(m for m in self.matcher.find("category", category, warnings) if m.kind == "benign_context")
        if matches:
            for name in ("title", "description"):  # a handle in a link is still a handle: as written
                contacts.extend(find_contacts(name, shown[name][0] if shown and name in shown else texts[name]))
            mark_scope(matches, texts)  # scope_marks: look-alikes that speak of something else
            lost_mark(matches, texts)  # lost_notices: 寻鸟 … 捡到请联系，必有重谢 names the animal, offers nothing
            matches = drop_egg_jargon(matches, texts)  # egg_jargon: fertile eggs shipped in foam, candled
            skip = texts.pop(THREAD_SKIP, None)  # thread_replies: other voices' warnings beside a seller's reply
            if skip and whole is not None:  # a thread is read by voices, not as a list of goods
                norm_out[0] = thread_focus(whole, title, desc, skip)
            decline_mark(matches, texts)  # declined_requests: 弹幕：有穿山甲吗 / 主播：那个不能卖
            offer_mark(matches, texts)  # offered_piece: 求鉴定 … 有人要也可以出, an owner's question that offers
            drop_boasts(matches, texts)  # boast_winks: 品质你懂的 is a boast, not a wink
            drop_places(matches)  # species_places: 非洲 in 非洲灰鹦鹉 is the name, not an origin
            for m in matches:
                if m.kind == "benign_context" and m.cue in _COVER_CUES:
                    text = texts[m.field]
                    m.quoted = 0 < m.start and m.end < len(text) and text[m.start - 1] in _QUOTES and text[m.end] in _QUOTES
            wink_beyond_mark(matches, texts)  # wink_beyond: a legal pet beside "ask about the special ones" is the cover
            scoped_wink_mark(matches, texts)  # scoped_winks: 平台不让发 counts beside the goods on its line, not alone
            if shown:
                _point_into_original(matches, texts, shown)
        return matches, contacts, warnings

    def text_grams(self, norm_text: str) -> list[int]:
        """The n-gram buckets the learned text part reads: the first TEXT_CHARS characters of the
        normalised title and description (listings it learned from are shorter; a wall of text
        must not outvote the rest with thousands of small weights)."""
        from .textgrams import BITS, grams

        return grams(norm_text[:TEXT_CHARS], self.model.text.bits if self.model.text else BITS)

    def text_logit(self, norm_text: str) -> tuple[float, list[tuple[str, float]]]:
        """The text part's logit and its largest n-grams as (the seller's n-gram, weight)."""
        text = self.model.text
        t = norm_text[:TEXT_CHARS]
        dense = self._text_weights
        if dense is None or dense[0] is not text:
            dense = self._dense_text_weights()
        total, parts = _text_score(t, text.bits, dense[1], 6, dense[2])
        logit = max(-TEXT_CLIP, min(TEXT_CLIP, text.intercept + total))
        return logit, [(t[s:e], w) for w, s, e in parts]

    def quoted_material(self, listing: Mapping) -> str | None:
        """A material named in quotation marks in the title or description, whatever it is."""
        return _quoted_in(field_text(listing, name)[0][:MAX_FIELD_CHARS] for name in ("title", "description"))

    def assess(self, listing: Mapping) -> Assessment:
        return self.assess_or_none(listing, False)

    def assess_or_none(self, listing: Mapping, none: bool = True, pre: tuple | None = None) -> Assessment | None:
        """assess(), or None when nothing matched and there is no warning: the answer is then
        nothing_matched() (a batch writes it without building a copy). pre: see raw_matches."""
        if listing.__class__ is not dict and not isinstance(listing, Mapping):  # an ABC check costs ~0.3 µs
            raise TypeError(f"a listing must be a JSON object, got {type(listing).__name__}")
        norm: list[str] = []
        texts: dict = {}
        raw, contacts, warnings = self.raw_matches(listing, norm, texts, pre)
        if not raw and self.constant_no_match:  # nothing matched: the same answer every time
            if none and not warnings:
                return None
            nothing = self.nothing_matched()
            return Assessment(
                score=nothing.score, label=nothing.label, flagged=nothing.flagged, categories=list(nothing.categories),
                matches=[], cues=list(nothing.cues), contacts=[], contributions=list(nothing.contributions),
                explanation=nothing.explanation, warnings=warnings)
        # the texts as analysed: quoted_material's own reading but for lone surrogates, which
        # are U+FFFD here and change no answer of _quoted_in (only whether it is empty counts)
        quoted = _quoted_in((texts["title"], texts["description"])) if raw else None
        return self._assess(raw, contacts, warnings, norm, listing, quoted)

    def nothing_matched(self) -> Assessment:
        """The Assessment of a listing in which nothing matched (features, score and explanation
        do not depend on anything else then), computed once per model and threshold. Callers
        must not change it (assess() hands out copies)."""
        cached = self._nothing
        if cached is not None and cached[0] is self.model and cached[1] == self.threshold:
            return cached[2]
        nothing = self._assess([], [], [], [], {})
        self._nothing = (self.model, self.threshold, nothing)
        return nothing

    def _assess(self, raw: list, contacts: list, warnings: list, norm: list, listing: Mapping,
                quoted: str | None | bool = False) -> Assessment:
        """quoted: what quoted_material(listing) gives, when the caller has it (False: not yet)."""
        if quoted is False:
            quoted = self.quoted_material(listing) if raw else None
        f, why = feat.extract(raw, len(contacts), quoted, listing)
        text_words: list[str] = []
        if raw and norm and self.model.text is not None:  # the learned text part: topical listings only
            f["text_model"], text_words = self.text_logit(norm[0])
        score, label = decide(self.model, f, self.threshold)
        flagged = label != "benign"
        categories = (_categories(raw) or [k[4:] for k in f if k.startswith("cat_")]) if flagged else []
        contributions = feat.attribute(self._attribution, f)
        cues = _cue_words(f, _CUE_OF)
        return Assessment(
            score=score, label=label, flagged=flagged, categories=categories,
            matches=sorted(raw, key=_field_then_start),
            cues=cues, contacts=contacts, contributions=contributions,
            explanation=_explain(label, score, categories, contributions, why, contacts, text_words)
            + (floor_reason(f) if label == "suspicious" and score == self.threshold else ""),
            warnings=warnings,
        )


def _read_as_shown(texts: dict, plain: list) -> dict:
    """Each field with markup replaced in `texts` by its text as read (markup_text.visible);
    returns {field: (its text as written, starts, ends)} for those fields."""
    shown = {}
    for name, text in zip(FIELDS, plain):
        got = visible(text) if text else None
        if got is not None:
            texts[name] = got[0]
            shown[name] = (text, got[1], got[2])
    return shown


def _point_into_original(matches: list, texts: dict, shown: dict) -> None:
    """Match offsets (and terms, when they are a slice) moved from the read text to the field as written."""
    for m in matches:
        got = shown.get(m.field)
        if got is None:
            continue
        original, starts, ends = got
        s, e = to_original(m.start, m.end, starts, ends)
        read = texts[m.field][m.start:m.end]
        if m.term == read and e - s <= len(read) + 64:  # markup inside a long phrase is not worth printing
            m.term = original[s:e]
        m.start, m.end = s, e


def _platform_category(listing: Mapping) -> str:
    """The platform's own category (the listing contract's `category`). A labeled file (LABELING.md)
    uses `category` for the gold answer instead: a listing with a `label` has no platform category."""
    value = listing.get("category")
    if not isinstance(value, str) or not value or "label" in listing:
        return ""
    return value[:200]


def _categories(raw: list[RawMatch]) -> list[str]:
    """Categories of the live product terms (not denied, not covered), heaviest first."""
    weight: dict[str, float] = {}
    for m in raw:
        if m.kind in PRODUCT_KINDS and m.suppressed_by is None and not m.negated:
            weight[m.category] = weight.get(m.category, 0.0) - m.weight  # negated: heaviest first
    return sorted(weight, key=weight.__getitem__)


def _field_then_start(m: RawMatch) -> tuple[int, int]:
    return _FIELD_ORDER[m.field], m.start


_NOT_SHOWN = ("rule_prior", "no_product")
_FIELD_ORDER = {name: i for i, name in enumerate(FIELDS)}


def _explain(label, score, categories, contributions, why, contacts, text_words=()) -> str:
    """One line for a reviewer: label and score, what speaks for and against (in the seller's own
    words), contact handles. _scorefast.explain runs these steps in C (tests compare the two)."""
    if _explain_c is not None:
        return _explain_c(label, score, categories, contributions, why, contacts, text_words, feat.FEATURE_LABELS,
                          feat.RULE_WEIGHTS, _NOT_SHOWN)
    return _explain_py(label, score, categories, contributions, why, contacts, text_words)


def _explain_py(label, score, categories, contributions, why, contacts, text_words=()) -> str:
    """_explain in Python (the reference of _scorefast.explain)."""
    parts = [f"{label} ({score:.2f}) {', '.join(categories)}" if categories else f"{label} ({score:.2f})"]
    pro: list[str] = []
    con: list[str] = []
    for k, v in contributions:
        if -0.3 <= v <= 0.3:
            break  # largest share first: none after this one is shown either
        if (v > 0.3 and len(pro) < 4) or (v < -0.3 and len(con) < 3):
            if k == "text_model":
                words = [w for w, wv in text_words if (wv > 0) == (v > 0)][:3]
                (pro if v > 0 else con).append(feat.FEATURE_LABELS[k] + (" " + "/".join(words) if words else ""))
            elif k not in _NOT_SHOWN and not k.startswith("cat_") and feat.RULE_WEIGHTS.get(k, v) * v > 0:
                # a share against the feature's own sense (a colour look-alike "for" the flag: the
                # learned weights correct each other) would only puzzle a reviewer: not shown
                (pro if v > 0 else con).append(_readable(k, why))
    if pro:
        parts.append("for: " + "; ".join(pro))
    if con:
        parts.append("against: " + "; ".join(con))
    if contacts:
        parts.append("contacts: " + ", ".join(f"{c.kind} {c.value}" for c in contacts[:3]))
    if len(parts) == 1:
        parts.append("no wildlife terms found")
    return " | ".join(parts)


def _readable(feature: str, why: dict) -> str:
    """The feature's label and up to three of the seller's own words behind it."""
    label = feat.FEATURE_LABELS.get(feature, feature)
    names: list[str] = []
    for m in why.get(feature, ()):
        name = m.term.strip() or m.canonical
        if name not in names:
            names.append(name)
            if len(names) == 3:
                break
    return f"{label} {'/'.join(names)}" if names else label


def _text_score_lazy(t, bits, weights, top, nonzero):
    from ._textfast import text_score  # raises ImportError: the compiled module is not built

    return text_score(t, bits, weights, top, nonzero)


if _text_score is None:
    _text_score = _text_score_lazy

_cache: dict[tuple, Classifier] = {}
_cache_lock = threading.Lock()


def load_classifier(keywords_dir: Path | str | None = None, model_path: Path | str | None = None,
                    threshold: float | None = None, cache_dir: Path | str | bool | None = None) -> Classifier:
    """A classifier for the lexicon directory and model file, built once per process.

    cache_dir: where the compiled lexicon cache lives (compiled.py); None = `cache/` under the
    data directory (WILDWATCH_CACHE_DIR overrides), False = build everything from the YAML files."""
    if cache_dir is None:
        from config.paths import cache_dir as default_cache_dir  # not config.settings: pydantic is a third of the start

        cache_dir = default_cache_dir()
    model_key = str(model_path or "")
    if not model_key:  # the active model may change under a long-lived process (`models switch`)
        from .model import active_sha256

        model_key = f"active:{active_sha256() or 'shipped'}"
    key = (str(keywords_dir or ""), model_key, threshold, str(cache_dir))
    with _cache_lock:
        if key not in _cache:
            if cache_dir is False:
                lexicon, tables = load_lexicon(keywords_dir), None
            else:
                from .compiled import load

                lexicon, tables = load(keywords_dir, Path(cache_dir))
            _cache[key] = Classifier(lexicon, load_model(model_path), threshold, tables)
        return _cache[key]
