"""What the lexicon hits of one listing say, feature by feature: features.extract's pass over the
matches and its helpers per kind of evidence (look-alikes, covers and winks, descriptions; live
animals and their papers are live_papers.py's). Runs for every topical listing.

Plain Python, and compiled as it is: classifiers/_feature_kinds.pyx includes this file, and
features.py uses the compiled copy when it is built (rebuild the extensions after editing this
file or live_papers.py, which the .pyx includes too; tests compare the two over every demo, dev and
unseen listing). So no `from __future__` import here (an included file cannot have one), and no
Cython-only syntax.
"""
from collections import defaultdict

from .lexicon import CUES, PRODUCT_KINDS
from .matcher import BRAND, RawMatch
from .normalize import fold_diacritics
from .live_papers import live_listed

TRADE_CUES = CUES["trade_cue"]
BENIGN_CUES = CUES["benign_context"]
LEGAL_CUES = CUES["legal_channel"]

_PRODUCT = frozenset(PRODUCT_KINDS)
_CUE_KEYS = {c: f"cue_{c}" for c in TRADE_CUES}
_BENIGN_KEYS = {c: f"benign_{c}" for c in BENIGN_CUES}
_LEGAL_KEYS = {c: f"legal_{c}" for c in LEGAL_CUES}
_BARK = frozenset(("带皮",))  # zh17: a skin or bark left on the piece
_BARKED = frozenset(("agarwood", "黄杨木"))  # benign_context entries of materials with a skin of their own (agarwood; woods, jade)


def extract(matches: list[RawMatch], n_contacts: int,
            quoted: str | None = None) -> tuple[dict[str, float], dict[str, list[RawMatch]]]:
    """Feature values (features that are 0 are left out), and for each feature the matches behind
    it (for the explanation). One pass over the matches: this runs for every topical listing."""
    f: dict[str, float] = {}
    why: dict[str, list[RawMatch]] = defaultdict(list)
    live: list[RawMatch] = []
    denied: list[RawMatch] = []  # product terms preceded by a negation
    suppressed: list[RawMatch] = []
    tells: list[RawMatch] = []
    demand: list[RawMatch] = []  # product terms after a buying word (收, wtb)
    foods: list[RawMatch] = []
    descs: list[RawMatch] = []  # descriptors: looks, habits, diet, tells of a species group
    items: list[RawMatch] = []  # what the title says the item is, when it is no wildlife product
    forms: list[RawMatch] = []  # jewellery/carving/powder nouns (手镯, bangle, vòng)
    has_benign = has_trade = quoted_cover = denied_cover = False
    frames: set[str] = set()  # reporting, explaining, asking, exhibiting words (distinct, as written)
    remote_cues = near_contact = 0
    for m in matches:
        k = m.kind  # the match carries its entry's kind, weight, cue and category
        # an extra given with the item, a word about another item of a long post, an animal's food
        if m.given or m.remote or m.diet:
            if k == "trade_cue":
                remote_cues += 1
            continue
        if k in _PRODUCT:
            if m.suppressed_by is not None:
                suppressed.append(m)
            elif m.negated:
                denied.append(m)
            else:
                live.append(m)
                if m.demand:
                    demand.append(m)
                if m.weight >= f.get(k, 0.0):
                    f[k] = m.weight
                why[k].append(m)
                if m.field == "title":
                    f["product_in_title"] = 1.0
                    why["product_in_title"].append(m)
                if m.wild:  # q16: said to be caught in the wild (wild_taken): no papers
                    f["cue_no_papers"] = 1.0
                    why["cue_no_papers"].append(m)
        elif m.negated:
            if k == "benign_context" and m.cue == "replica" and _says_fake(m.term):
                f["cue_quality"] = 1.0  # 不是假的, không phải hàng giả, not fake: a claim that it is genuine
                why["cue_quality"].append(m)
                has_trade = True
            elif k == "benign_context" and m.cue in ("replica", "legal_material"):
                f["negated_benign_material"] = 1.0  # 不是树脂 / not resin: a wink, not a disclaimer
                why["negated_benign_material"].append(m)
                denied_cover = m.cue if m.cue == "legal_material" or not denied_cover else denied_cover
        elif k == "trade_cue" and m.cue == "form":
            forms.append(m)  # not a trade cue of its own: it says what form a named product takes
        elif k == "trade_cue":
            near_contact += m.cue == "contact"
            if m.cue == "wink" and _denies_replica(m.term):  # khong phai nhua: a wink entry that denies
                f["negated_benign_material"] = 1.0  # plastic, as written without marks, is the denial itself
                why["negated_benign_material"].append(m)
                denied_cover = denied_cover or "replica"
            key = _CUE_KEYS[m.cue]
            f[key] = 1.0
            why[key].append(m)
            has_trade = True
            if m.cue == "quality" and m.category != "none":
                tells.append(m)
        elif k == "benign_context" and m.quoted:
            f["negated_benign_material"] = 1.0  # 'bone' in scare quotes: a wink, like "not resin"
            why["negated_benign_material"].append(m)
            quoted_cover = True
        elif k == "benign_context" and m.cue == "food":
            foods.append(m)  # decided below, once the named products are known
        elif k == "benign_context":
            key = _BENIGN_KEYS[m.cue]
            f[key] = 1.0
            why[key].append(m)
            has_benign = True
            if m.cue in _FRAME_CUES and m.field != "category":
                frames.add(m.term.lower())
            if m.field == "category":
                f["category_benign"] = 1.0
                why["category_benign"].append(m)
            elif m.field == "title" and m.cue in _ITEM_CUES:
                items.append(m)
        elif k == "legal_channel":
            key = _LEGAL_KEYS[m.cue]
            f[key] = 1.0
            why[key].append(m)
        elif k == "descriptor":
            if m.suppressed_by is None:
                descs.append(m)
        elif m.suppressed_by is not None:
            suppressed.append(m)
    # zh17: the bark word (带皮) is a mammoth tusk's tell, but agarwood, woods and jade pebbles have a skin
    # of their own: with no product named and only such materials named, it tells nothing (原支沉香 带皮)
    if tells and not live and "benign_legal_material" in f and all(m.term in _BARK for m in tells) and all(
            m.canonical in _BARKED for m in why["benign_legal_material"]):
        why["cue_quality"] = [m for m in why["cue_quality"] if m not in tells]
        if not why["cue_quality"]:
            del f["cue_quality"], why["cue_quality"]
        tells = []
    if not live and not quoted_cover and "benign_legal_material" in f and "negated_benign_material" in f:
        _honest_denial(f, why)
    # a legal pet beside a protected animal named firmly (a sugar glider? no, slow loris babies): the
    # pet is another animal, it does not make the named one a pet
    if "benign_pet" in f and any(m.category == "live_animal" and m.weight >= 0.75 for m in live):
        del f["benign_pet"], why["benign_pet"]
        has_benign = any(k.startswith("benign_") for k in f)
    # a garment or other item word right after a strong product form naming the material (snow leopard
    # pelt coat, tiger skin rug) is what the material was made into, not a print or colour of it
    if "benign_fashion" in f and any(m.kind == "product_form" and m.weight >= 0.75 and m.field == p.field
                                     and 0 <= p.n_start - m.n_end <= 1 for p in why["benign_fashion"] for m in live):
        del f["benign_fashion"], why["benign_fashion"]
        has_benign = any(k.startswith("benign_") for k in f)
    # a word for the young right after a wild animal's name (leopard cat kitten, serval kitten) is that
    # animal's young, not an ordinary pet
    if "benign_pet" in f and any(p.term.lower() in _YOUNG and m.category == "live_animal" and m.field == p.field
                                 and 0 <= p.n_start - m.n_end <= 1 for p in why["benign_pet"] for m in live):
        del f["benign_pet"], why["benign_pet"]
        has_benign = any(k.startswith("benign_") for k in f)
    # "is it banned?" beside the poster's own handle and price (zalo 0912..., 2 triệu/lạng) and a firmly
    # named product: the question frame does not make the offer a report (a report quotes the channel,
    # "moved buyers to WhatsApp", not a number to call)
    if "benign_conservation" in f and n_contacts and "cue_price" in f and any(m.weight >= 0.75 for m in live):
        del f["benign_conservation"], why["benign_conservation"]
        has_benign = any(k.startswith("benign_") for k in f)
    # 白色佛像 象牙白 不是骨头 / trắng ngà, không phải xương bò: a cover material denied and none admitted;
    # the colour look-alike that names the product (象牙白, trắng ngà, ivory white) names the material
    # (bone or buffalo horn denied, or plastic denied beside a wink or a tell: tiles "not plastic" stay tiles)
    if (denied_cover and "benign_colour" in f and "benign_legal_material" not in f and "benign_replica" not in f
            and (denied_cover == "legal_material" or tells or bool(_winks_apart(why)))):
        has_benign = _colour_named(f, why, live, suppressed) or has_benign
    # a food look-alike (fish maw, 花胶) is no excuse when the protected species itself is named
    # in it (fish maw + totoaba): then it is the form the product is sold in
    if foods:
        described = _described(foods, descs, tells, live, matches, f)
        strong = {m.category for m in live if m.weight >= 0.75} | described
        for cat in described:
            if not live:  # the protected maw described, not named
                f["described_not_named"] = 1.0
                why["described_not_named"] = [m for m in matches if m.category == cat and m.kind != "benign_context"]
                f["cat_" + cat] = 1.0
                f.pop("no_product", None)
        for m in foods:
            if m.category not in strong:
                f["benign_food"] = 1.0
                why["benign_food"].append(m)
                has_benign = True
    if demand:
        f["cue_demand"] = 1.0
        why["cue_demand"] = demand + why.get("cue_demand", [])
        has_trade = True
    if live:
        _bare_title(f, why, live)
        n_terms = len({m.canonical for m in live})
        f["product_terms"] = min(n_terms, 3) / 3
        top_weight = max(m.weight for m in live)
        if top_weight >= 0.75:
            f["product_strong"] = 1.0  # names the product itself (象牙手镯, rhino horn)
        elif top_weight < 0.5:
            f["product_weak_only"] = 1.0  # only an animal name or a vague code word (rhino, 白货)
        alive = f.get("cue_live") or f.get("cue_wild") or f.get("cue_no_papers") or f.get("cue_demand")
        if all(m.kind in ("name", "code_word") and m.weight < 0.5 and (m.category != "live_animal" or not alive)
               for m in live):  # a weak live-animal word with nothing alive about the listing (night owl mug)
            f["vague_name_only"] = 1.0  # hornbill, rhino, white plastic: the animal or a common word, no product
            why["vague_name_only"] = list(live)
            f.pop("product_weak_only", None)  # q17: the same weakness, said once (vague implies weak)
        best = max(live, key=lambda m: (m.weight, m.kind == "name"))
        if best.entry.label_hint == "suspicious" or all(m.entry.label_hint == "suspicious" for m in live):
            f["hint_suspicious"] = 1.0
            why["hint_suspicious"].append(best)
        cat_weight: dict[str, float] = {}
        for m in live:
            cat_weight[m.category] = cat_weight.get(m.category, 0.0) + m.weight
        f["cat_" + max(cat_weight, key=cat_weight.__getitem__)] = 1.0
    else:
        f["no_product"] = 1.0
        if denied:
            f["negated_product"] = 1.0
            why["negated_product"] = denied
            if "cue_wink" in f:  # 非象牙 ... 懂的来: a denial for the filter, a wink for the buyer
                f["denied_with_wink"] = 1.0
                why["denied_with_wink"] = denied + why["cue_wink"]
    if suppressed:
        f["suppressed_product"] = 1.0
        why["suppressed_product"] = suppressed
        replicas = [m for m in suppressed if m.replica]
        if replicas:
            f["benign_replica"] = 1.0  # 仿象牙, faux ivory
            why["benign_replica"] = replicas + why.get("benign_replica", [])
            has_benign = True
    if remote_cues and not near_contact and not live:
        n_contacts = 0  # a long post whose product words are all covered: its handles are for the other items
    if frames and not n_contacts and "cue_price" not in f:
        # news, explainers, 'how do I report this', exhibitions: the poster offers nothing (no handle, no price)
        f["talk_about"] = min(len(frames), 3) / 3
        why["talk_about"] = [m for m in matches if m.kind == "benign_context" and m.term.lower() in frames]
    if n_contacts:
        f["contacts_found"] = 1.0
        f["cue_contact"] = 1.0
        has_trade = True
    if items and live:
        _item_is_other(f, why, items, live)
    if forms and live:  # ivory 手镯, 象牙 bangle: a name and the form it is sold in, any language
        named = [m for m in live if m.kind != "product_form" and m.weight >= 0.5]
        pairs = [n for n in named for fm in forms if n.field == fm.field and 0 <= fm.n_start - n.n_end <= 1]
        if pairs:
            f["name_with_form"] = 1.0
            why["name_with_form"] = pairs
    brands = [m for m in suppressed if m.suppressed_by == BRAND] if suppressed else None
    if brands:
        f["brand_name"] = 1.0
        why["brand_name"] = brands
    if quoted_cover and "no_product" in f and not denied:
        del f["no_product"]  # 'bone' beads: the product is hidden behind the quoted cover, not absent
    if quoted:
        f["negated_benign_material"] = 1.0  # a material in quotes, whatever it is: 'bone', “白玉”, "special wood"
    # a legal pet named (hamster, 蜜袋鼯, sóc bay úc) and no protected animal named firmly: its looks,
    # diet and tameness describe the pet, and its live cues are a pet's
    pet_named = "benign_pet" in f and not any(m.weight >= 0.5 for m in live)
    if pet_named:
        if "cue_live" in f:
            del f["cue_live"], why["cue_live"]
        descs = []
    if descs or tells:  # a material's tells (牙纹, Schreger lines) describe its species group too
        _descriptors(f, why, descs + tells, live)
    if live and live_listed(f, why, live):  # live_papers: a live animal on sale, with papers shown or not
        has_benign = any(k.startswith("benign_") for k in f)
    if live and has_benign:
        f["product_and_benign"] = 1.0
    if live and has_trade:
        f["product_and_trade"] = 1.0
    # "bovine bone" with Schreger lines: a legal material named next to a tell of the real thing
    # (not where a legal material is set against a replica named as such, nothing denied and nothing
    # named: real buffalo horn vs plastic, told apart by the tests, is how the craft describes its own)
    contrast = "benign_legal_material" in f and "benign_replica" in f and not live and "negated_benign_material" not in f
    if tells and ("benign_legal_material" in f or "benign_replica" in f or "negated_benign_material" in f) and not (
            contrast and not _winks_apart(why)):
        f["cover_with_tell"] = 1.0
        why["cover_with_tell"] = tells
    # 泡酒用的骨头 ... 名字不方便写，懂的来: a legal material named, and a wink that it is not
    # (a wink that is itself the denial, không phải nhựa / not plastic, is the denial only: an
    # honest seller of a buffalo-horn comb writes it too)
    winks = _winks_apart(why) if "cue_wink" in f else ()
    if winks and "benign_legal_material" in f:
        winks = _not_grades(f, why, winks)
    if winks and ("benign_legal_material" in f or "negated_benign_material" in f):
        f["cover_with_wink"] = 1.0
        why["cover_with_wink"] = why.get("benign_legal_material", []) + winks
    if f.get("talk_about", 0.0) >= 0.6:  # two or more frame words: the trade words are reported speech
        for k in [k for k in f if k.startswith("cue_") or k in _QUOTED_TRADE]:
            del f[k]
            why.pop(k, None)
    return f, why


_YOUNG = frozenset(("kitten", "kittens", "kitty", "kitties", "puppy", "puppies"))  # a young animal of any kind
_FAKE_WORDS = frozenset(("gia", "nhai", "fake", "fakes", "counterfeit", "replica", "replicas", "copy", "imitation"))


def _says_fake(term: str) -> bool:
    """A replica word that names no material (假的, 仿制品, hàng giả, fake), unlike resin, 树脂, nhựa."""
    t = fold_diacritics(term.lower())
    return "假" in t or "仿" in t or not _FAKE_WORDS.isdisjoint(t.split())


_REPLICA_WORDS = ("nhua", "resin", "composite", "plastic", "acrylic", "塑料", "树脂", "塑胶")
# vi15: không bán (X) nhựa, "we do not sell the plastic one", denies the replica as không phải nhựa does
_DENIERS = ("khong phai", "ko phai", "k phai", "khong ban", "ko ban", "k ban", "not ", "isn't", "不是", "非")


def _denies_replica(term: str) -> bool:
    """A wink entry that is a replica material denied (không phải nhựa, not plastic, 不是树脂), however
    it is written: an honest seller of buffalo horn or amber writes it too (see _honest_denial)."""
    t = fold_diacritics(term.lower())
    return any(d in t for d in _DENIERS) and t.rstrip().endswith(_REPLICA_WORDS)


_GRADE_WORDS = ("dac biet", "special grade", "premium grade")


def _not_grades(f: dict, why: dict, winks: list[RawMatch]) -> list[RawMatch]:
    """Winks other than a grade of the legal material declared right before it (sừng trâu loại đặc biệt);
    a material in quotes stays a cover. With no wink left, there is none."""
    materials = why.get("benign_legal_material", ())
    left = [w for w in winks if not (any(g in fold_diacritics(w.term.lower()) for g in _GRADE_WORDS) and any(
        m.field == w.field and 0 <= w.n_start - m.n_end <= 2 for m in materials))]
    if not left and len(winks) == len(why.get("cue_wink", ())):
        f.pop("cue_wink", None)
        why.pop("cue_wink", None)
    return left


def _winks_apart(why: dict) -> list[RawMatch]:
    """The winks other than a denial itself ('không phải nhựa' is a wink entry and a denied plastic)."""
    denials = why.get("negated_benign_material", ())
    return [w for w in why.get("cue_wink", ()) if not any(
        w.field == d.field and w.n_start < d.n_end and d.n_start < w.n_end for d in denials)]


def _colour_named(f: dict, why: dict, live: list[RawMatch], suppressed: list[RawMatch]) -> bool:
    """The product terms a colour look-alike covered count as named (their colour no longer
    excuses them); returns whether any other benign context is left."""
    colours = {m.canonical for m in why["benign_colour"]}
    named = [m for m in suppressed if m.suppressed_by in colours]
    if named:
        del f["benign_colour"], why["benign_colour"]
        suppressed[:] = [m for m in suppressed if m.suppressed_by not in colours]
        for m in named:
            live.append(m)
            if m.weight >= f.get(m.kind, 0.0):
                f[m.kind] = m.weight
            why[m.kind].append(m)
            if m.field == "title":
                f["product_in_title"] = 1.0
                why["product_in_title"].append(m)
    return any(k.startswith("benign_") for k in f)


def _described(foods: list[RawMatch], descs: list[RawMatch], tells: list[RawMatch], live: list[RawMatch],
               matches: list[RawMatch], f: dict) -> set[str]:
    """Categories of a food look-alike that the listing describes richly: three or more pieces of
    that species group's evidence, of two kinds or more (its descriptors, its own quality and
    origin cues, its weaker names; a price per gram). Big + male + Gulf of California + price per
    gram is no dried-seafood listing, whatever it calls the maw."""
    out = set()
    for cat in {m.category for m in foods}:
        if cat == "none":
            continue
        found = {(m.field, m.n_start): m.cue or "named" for m in descs + tells + live if m.category == cat}
        found.update({(m.field, m.n_start): "origin" for m in matches if m.kind == "trade_cue" and m.cue == "origin"
                      and m.category == cat and not m.negated})
        if "cue_price" in f:
            found["price"] = "price"
        if len(found) >= 3 and len(set(found.values())) >= 2:
            out.add(cat)
    return out


def _descriptors(f: dict, why: dict, descs: list[RawMatch], live: list[RawMatch]) -> None:
    """Several descriptions of one species group (its looks, habits, diet, material tells, tests)
    weigh together; one alone is only a hint. The group described most is the one that counts."""
    by_cat: dict[str, dict[str, RawMatch]] = {}
    for m in descs:
        by_cat.setdefault(m.category, {})[m.canonical] = m
    cat = max(by_cat, key=lambda c: (len(by_cat[c]), len({m.cue for m in by_cat[c].values()})))
    found = list(by_cat[cat].values())
    f["descr_n"] = min(len(found), 3) / 3
    why["descr_n"] = found
    if len({m.cue for m in found}) >= 2:
        f["descr_aspects"] = 1.0
        why["descr_aspects"] = found
    if live:
        if any(m.category == cat for m in live):
            f["descr_matches_product"] = 1.0
            why["descr_matches_product"] = found
    elif len(found) >= 2 and not f.get("benign_pet"):  # a kitten described is named: a pet
        f["described_not_named"] = 1.0  # the product is described instead of named
        why["described_not_named"] = found
        f["cat_" + cat] = 1.0
        f.pop("no_product", None)


_FRAME_CUES = frozenset({"conservation", "media"})
# what trade words quoted in a post about the trade would otherwise make of it
_QUOTED_TRADE = ("product_and_trade", "cover_with_wink", "cover_with_tell", "denied_with_wink", "negated_benign_material")
# benign cues that say what an item is (a toy, a garment, a car part, software, a ticket, a book)
_ITEM_CUES = frozenset({"toy", "fashion", "vehicle", "digital", "media", "food", "other", "brand"})


_SPAM_HITS = 20  # one product term this often (the training listings repeat one at most 8 times)


def _bare_title(f: dict, why: dict, live: list[RawMatch]) -> None:
    """A title that says nothing ('x', '', '.') leaves the description's product as the listing's
    name (title and description are matched as one text: the first description hit's normalised
    offset, less its offset in the description, is about the title's length); and one product term
    repeated over and over ('ivory ivory ivory ...') is keyword stuffing, not a mention."""
    if "product_in_title" not in f:
        first = min((m for m in live if m.field == "description"), key=lambda m: m.start, default=None)
        if first is not None and first.n_start - first.start <= 2:
            f["product_in_title"] = 1.0
            why["product_in_title"].append(first)
    counts: dict[str, int] = {}
    for m in live:
        counts[m.canonical] = counts.get(m.canonical, 0) + 1
    spam = [m for m in live if counts[m.canonical] >= _SPAM_HITS]
    if spam:
        f["keyword_spam"] = 1.0
        why["keyword_spam"] = spam[:3]


def _item_is_other(f: dict, why: dict, items: list[RawMatch], live: list[RawMatch]) -> None:
    """The title's head noun names another kind of item (虎纹 汽车座套, tiger seat covers): in
    Chinese and English titles the head comes after the animal word. Only when the title names the
    animal alone, not a product form (象牙手镯 stays a bangle whatever follows)."""
    in_title = [m for m in live if m.field == "title"]
    if not in_title or any(m.kind == "product_form" and m.weight >= 0.75 for m in in_title):
        return
    last = max(m.end for m in in_title)
    after = [m for m in items if m.start >= last]
    if after:
        f["item_is_other"] = 1.0
        why["item_is_other"] = after


def _honest_denial(f: dict, why: dict) -> None:
    """Buffalo horn, không phải nhựa / 牦牛骨梳 不是塑料 / real amber, not plastic: a legal material
    declared as the item, and only a replica denied, is an honest seller defending the material,
    not a wink for a product nobody named. The denial stops counting as a cover or a wink (a wink
    of its own, 懂的来 / ai hiểu thì hiểu, still counts; so does a legal material denied: 不是牛骨)."""
    negs = why.get("negated_benign_material", [])
    if not negs or any(m.cue not in ("replica", "wink") for m in negs):  # wink: a replica denied (_denies_replica)
        return
    only_denials = bool(why.get("cue_wink")) and not _winks_apart(why)
    del f["negated_benign_material"]
    why.pop("negated_benign_material", None)
    if only_denials:
        f.pop("cue_wink", None)
        why.pop("cue_wink", None)
