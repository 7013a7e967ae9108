"""Live animals whose papers a reviewer checks, whatever they are (issue 12 kind 6): CITES App I species
(Asian arowana, Siamese crocodile, macaws of Ara, slow lorises: commercial trade only from registered
breeding operations, CITES Art. VII.4) and every primate (the taxonomy lexicon lists the whole order:
all App II or I, and China class I/II, Viet Nam group IB/IIB). A papered App II pet is a pet sale
(live_papers._papered); these stay in review with their papers (legal_regime.paper_unchecked).

An App I animal with a CITES permit named is the exception (cites_permit_answers: Art. VII.4).
App I and the order come from the matched entry (taxonomy.yaml's `cites` and `taxon`); primate names
filed without a taxon (live_animals.yaml's 猕猴 group, vietnamese.yaml's khỉ đuôi lợn) by their head
word, the one the taxonomy's Primates entries use for "any monkey" (猴子/khỉ/monkey) and its kin.
"""
from __future__ import annotations

from .normalize import fold_diacritics

# head words of primate names, as the taxonomy's Primates common names write them (folded, lowercase):
# Vietnamese puts the head first (khỉ đuôi lợn, vượn đen), English and Chinese last (pet monkey, 猕猴)
_HEADS_VI = ("khi", "vuon", "vooc", "culi", "cu li", "cu ly", "culy", "cha va", "duoi uoi", "tinh tinh")
_HEADS_EN = ("monkey", "monkeys", "macaque", "macaques", "lemur", "lemurs", "loris", "lorises", "gibbon",
             "gibbons", "marmoset", "marmosets", "tamarin", "tamarins", "capuchin", "primate", "primates")
_HEADS_ZH = ("猴", "猿", "马骝", "馬騮")


_SEEN: dict[str, bool] = {}  # matched terms repeat: answered once (bounded)


def is_primate_name(term: str) -> bool:
    got = _SEEN.get(term)
    if got is None:
        got = _primate_name(term)
        if len(_SEEN) < 4096:
            _SEEN[term] = got
    return got


def _primate_name(term: str) -> bool:
    t = fold_diacritics(term.lower())
    if any(c in t for c in _HEADS_ZH):
        return True
    words = t.replace("-", " ").split()
    return bool(words) and (words[-1] in _HEADS_EN or any(t == h or t.startswith(h + " ") for h in _HEADS_VI))


def strict_listed(m) -> bool:
    """A live-animal hit of an App I species or a primate."""
    e = m.entry
    if e is None or m.category != "live_animal":
        return False
    return e.cites == "I" or is_primate(m) or app_i_named(m)


# q29: App I species whose lexicon entries carry no appendix (live_animals.yaml's 非洲灰鹦鹉 group holds
# vẹt xám, african grey; the star tortoises' Vietnamese and Chinese names), by the name as written (folded,
# lowercase): CITES App I (Psittacus since 2017; Geochelone elegans/platynota and Astrochelys since 2019 or
# earlier; Anodorhynchus; Cacatua sulphurea; Varanus komodoensis). An entry that states an appendix keeps it.
_APP_I_NAMES = ("african grey", "african gray", "congo grey", "timneh", "grey parrot", "gray parrot", "非洲灰", "灰鹦鹉",
                "刚果灰", "vet xam", "ket xam", "kasuku kijivu", "psittacus",
                "radiated", "rua sao", "star tort", "indian star", "burmese star", "星龟", "印星", "缅星", "辐射龟",
                "ploughshare", "plowshare", "angonoka", "犁头龟", "astrochelys",
                "hyacinth", "紫蓝金刚", "anodorhynchus", "yellow-crested", "yellow crested", "小葵花", "komodo", "科莫多")
_APP_I_SEEN: dict[str, bool] = {}


def app_i_named(m) -> bool:
    """A live-animal hit whose entry states no appendix but whose name is an App I species'."""
    if m.entry is None or m.entry.cites is not None or m.category != "live_animal":
        return False
    got = _APP_I_SEEN.get(m.term)
    if got is None:
        t = fold_diacritics(m.term.lower())
        got = any(w in t for w in _APP_I_NAMES)
        if len(_APP_I_SEEN) < 4096:
            _APP_I_SEEN[m.term] = got
    return got


def appendix(m) -> str | None:
    """The hit's CITES appendix: its entry's, or I for an App I species named under an entry with none."""
    return m.entry.cites or ("I" if app_i_named(m) else None)


def is_primate(m) -> bool:
    return (m.entry.taxon or "").startswith("Primates") or is_primate_name(m.term)


def cites_permit_answers(m, papers: list) -> bool:
    """An App I animal (not a primate) with a CITES permit or certificate named: bred in a registered
    operation, it is traded as App II is (CITES Art. VII.4: a captive-bred arowana with its chip and
    CITES papers); a chip, a farm paper or 'kèm giấy' alone is no such permit, the reviewer asks."""
    return not is_primate(m) and any(w in p.term.lower() for p in papers for w in _PERMIT_WORDS)


# a CITES permit as written (the lexicon's 'giấy cites' entry also holds 'có chip': the term, not the canonical)
_PERMIT_WORDS = ("cites", "进出口证明", "進出口證明")


# --- q25: App I, China class I and Viet Nam group IB animals offered without papers (illegal) ---

# the species tests/data/README.md's house rule names (App I, China class I or Viet Nam group IB), by
# the names the lexicon matches them under (folded, lowercase; a live_animal hit's term as written):
# the lexicon files some of them in mixed groups with a 'suspicious' hint (巨蜥 with the savannah
# monitor, 蟒蛇 with the king cobra, kỳ đà vân with group IIB animals, rùa hộp with the ordinary box
# and pond turtles), so the term, not the entry, says. One row per species: its status, then its names
# (q30: the Viet Nam IB turtles and the folded kì spelling of the monitors added).
_HOUSE_I_SPECIES = (
    ("slow loris", "App I, China I, VN IB", ("loris", "蜂猴", "懒猴", "cu li", "culi", "cu ly", "culy", "kukang", "khi gio",
                                             "khi luoi", "nycticebus")),
    ("gibbons", "App I, China I, VN IB", ("gibbon", "siamang", "长臂猿", "合趾猿", "vuon", "hylobates", "nomascus", "hoolock")),
    ("langurs, doucs, snub-nosed monkeys", "App I, China I, VN IB",
     ("langur", "leaf monkey", "douc", "lutung", "叶猴", "金丝猴", "snub-nosed", "vooc", "cha va", "trachypithecus",
      "pygathrix", "rhinopithecus")),
    ("radiated / star tortoises", "App I", ("radiated", "radiata", "辐射", "小辐", "射纹", "射紋", "rua sao", "star tort", "star kach",
                                            "indian star", "burmese star", "星龟", "印星", "缅星", "星星龟")),
    ("ploughshare tortoise", "App I", ("ploughshare", "plowshare", "angonoka", "安哥洛卡", "犁头龟", "astrochelys")),
    ("African grey parrot", "App I, China I", ("african grey", "african gray", "congo grey", "timneh", "grey parrot",
                                               "gray parrot", "非洲灰", "灰鹦鹉", "刚果灰", "vet xam", "ket xam",
                                               "kasuku kijivu", "psittacus")),
    ("hyacinth macaw", "App I", ("hyacinth", "紫蓝金刚", "anodorhynchus")),
    ("yellow-crested cockatoo", "App I", ("yellow-crested", "yellow crested", "小葵花", "葵花凤头", "vet mao vang",
                                          "cockatoo mao vang")),
    ("king cobra", "VN IB, China I", ("king cobra", "眼镜王蛇", "ho mang chua", "ran ho chua", "ophiophagus",
                                        # live3: the Cantonese/Guangxi folk names (live_animals_reptiles.yaml)
                                        "过山乌", "過山烏", "过山峰", "過山峰", "过山标", "過山標", "hamadryad")),
    ("water / clouded monitors", "App I (V. bengalensis/nebulosus), VN IB",
     ("water monitor", "水巨蜥", "圆鼻巨蜥", "孟加拉巨蜥", "bengal monitor", "ky da nuoc", "ky da hoa", "ky da van",
      "ki da nuoc", "ki da hoa", "ki da van", "varanus salvator", "komodo", "科莫多")),
    # Viet Nam group IB turtles (Decree 06/2019): the three 'golden-fronted' box turtles (Cuora
    # galbinifrons, bourreti, picturata), the Annam pond turtle (Mauremys annamensis, rùa Trung Bộ) and the
    # big-headed turtle (Platysternon megacephalum, App I), by their Vietnamese names
    ("Indochinese box turtles", "VN IB", ("hop tran vang", "rua tran vang", "hop dau vang")),
    ("Annam pond turtle", "VN IB", ("rua trung bo", "mauremys annamensis")),
    ("big-headed turtle", "App I, VN IB", ("rua dau to", "rua quap", "platysternon", "平胸龟", "鹰嘴龟")),
    # q52 (train_live3 0171/0175): the golden coin turtle (Cuora trifasciata, China class I since 2021) and the
    # yellow-crested cockatoo by its other English name ('lesser sulphur-crested'; the plain sulphur-crested
    # cockatoo, Cacatua galerita, is App II)
    ("golden coin turtle", "China I", ("golden coin turtle", "cuora trifasciata", "金钱龟", "三线闭壳龟")),
    ("yellow-crested cockatoo (lesser sulphur-crested)", "App I", ("lesser sulphur", "lesser sulfur")),
)
_HOUSE_I = tuple(w for _species, _status, names in _HOUSE_I_SPECIES for w in names)

_HOUSE_SEEN: dict[str, bool] = {}


def unpapered_illegal(m) -> bool:
    """A live-animal hit of a species the house rule makes illegal to sell without papers (App I,
    China class I, Viet Nam group IB), named firmly enough to be the animal (not a vague group word)."""
    if m.category != "live_animal" or m.entry is None:
        return False
    got = _HOUSE_SEEN.get(m.term)
    if got is None:
        t = fold_diacritics(m.term.lower())
        got = any(w in t for w in _HOUSE_I)
        if len(_HOUSE_SEEN) < 4096:
            _HOUSE_SEEN[m.term] = got
    return got


# an offer of the animal: a sale, price, contact, demand, or a live / wild / no-papers word
_OFFERED = ("cue_sale", "cue_price", "cue_contact", "contacts_found", "cue_demand", "cue_live", "cue_wild",
            "cue_no_papers", "live_unpapered")
_PRODUCT_KINDS = ("name", "code_word", "product_form")


def strict_unpapered(f: dict, why: dict, matches: list, listing=None) -> None:
    """Sets f["strict_unpapered"] (model.decide labels a flagged listing illegal) when a species of the
    house rule's illegal list (unpapered_illegal) is offered alive with no paper of any kind named, no
    look-alike and no reviewer's rule in the way. A paper claimed (CITES, a licence, captive-bred, even
    an invoice), a question about a piece held, a post about the trade, or any benign context leaves
    the learned label (review)."""
    if not any(f.get(k) for k in _OFFERED):
        return
    if f.get("paper_unchecked") or f.get("held_question") or f.get("talk_about") or f.get("negated_product"):
        return
    for k in f:
        if k.startswith(("legal_", "benign_")) and f[k]:
            return
    hits = [m for m in matches if m.kind in _PRODUCT_KINDS and m.suppressed_by is None and not m.negated
            and not (m.given or m.remote or m.diet or m.held) and unpapered_illegal(m) and not _guessed(m, listing)]
    if hits:
        f["strict_unpapered"] = 1.0
        why["strict_unpapered"] = hits[:2]


def _guessed(m, listing) -> bool:
    """q30: a species name asked, not stated ("rùa hộp lưng đen (rùa hộp trán vàng?)", "star tortoise?"):
    the seller guesses the species, the reviewer identifies it (review, not illegal)."""
    if listing is None:
        return False
    text = listing.get(m.field)
    if not isinstance(text, str):
        return False
    after = text[m.end:m.end + 3].lstrip()
    return after[:1] in ("?", "？")
