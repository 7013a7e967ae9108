"""Rules that need all the hits of one text (matcher.Matcher._find, after the compiled resolver):
a denied look-alike covers nothing (不是树脂象牙); an animal name before 牌/brand is a brand (虎牌);
a look-alike material asked and answered no is denied; a description inside a name is the name
(穿山 in 穿山甲); generated forms count only where written so (an emoji, initials in capitals, a
genus name with its species epithet). Runs for every topical listing.

Plain Python only: compiled as it is (as match_scope.py is) it took ~2k more instructions per
topical listing, not fewer (CPython 3.11's specialised slot reads beat Cython's generic
attribute lookups in code that is mostly m.kind, m.n_start...).
"""
from __future__ import annotations

import re

from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS
from .container_materials import drop_container_materials
from .inlay_materials import drop_inlaid_materials
from .offered_alternatives import mark_offered_alternatives
from .hiding_places import drop_hiding_places
from .product_heads import drop_product_heads
from .folded_words import drop_folded_words
from .golden_jade import jade_named
from .bone_food_forms import drop_bone_food
from .coded_bone import drop_part_bone
from .egg_species import uncover_egg_species
from .supply_for import cover_supply_species
from .kitten_head import drop_kitten_head
from .declared_materials import drop_restated_parts, material_named_after
from .advice_against import advise_against
from .herbal_keyword_titles import cover_herbal_keywords
from .pet_supplies import cover_pet_supplies
from .fake_warnings import drop_fake_warnings
from .item_papers import papers_of_items
from .authenticity_papers import authenticity_only
from .business_names import business_names
from .material_rows import material_row_products
from .denied_colour import lift_denied_colours
from .bound_imitation import cover_bound_imitations, uncover_winked_replicas
from .winked_covers import deny_winked_covers
from .listed_initials import company_letters, counted, has_trade_cue, is_listed, written_apart
from .negated_lists import colour_code_asked, negate_listed, negate_ruled
from .paper_claims import papers_in_denials, rehoming_of_things, winks_in_papers
from .ask_denial import negate_asked
from .asked_names import deny_asked_names
from .answered_as import affirm_answered
from .dish_names import cover_dish_names
from .denied_papers import deny_papers
from .unheld_papers import mark_unheld
from .customs_excuse import is_customs_word, seller_customs
from .police_excuse import is_police_word, seller_police
from .ranger_papers import is_ranger_word, ranger_papers
from .wild_taken import mark_wild_taken
from .flown_bay import is_flight
from .cites_appendix import is_appendix
from .medicine_plaster import plaster_reading
from .numbered_drugs import cover_numbered_drugs
from .sea_negation import ANSWERS as SEA_ANSWERS, negate_sea
from .hook_gates import Gate
from .normalize import _fold_table, fold_diacritics, is_cjk

try:  # CPython stores a str holding a character above U+FFFF, and only such a str, 4 bytes a character
    from ._textfast import has_astral as _has_astral
except ImportError:
    def _has_astral(text: str) -> bool:
        return any(ord(c) > 0xFFFF for c in text)

BRAND = "X牌 (brand)"
_BRAND_AFTER = ("牌", "品牌", " brand", "brand", "™", "®", " ™", " ®")
# q28: the word brand (a brand name field) right before the name, with a colon or quote between: "brand
# 'Tenggiling'", "Brand: Harimau", 品牌：穿山甲 (no quote or colon: "top brand tiger bone plaster" is the product)
_BRAND_BEFORE = lazy_compile(r"(?:brand(?: name)?|品牌|牌子|thương hiệu|thuong hieu|jenama|tatak) ?(?:[:：] ?['\"‘“「]?|['\"‘“「])$")
# 牌 as a tile or plaque starting a word of its own: 象牙牌九 (ivory pai gow tiles), 牌匾, 牌位
_BRAND_MARKS = frozenset(" :：'\"‘“「")
_NOT_BRAND_AFTER = ("牌九", "牌匾", "牌位", "牌坊", "牌具", "brand new", "brandnew")
# a look-alike material asked and answered no right after it ("ox bone? no, ...", "树脂？不是"): denied
# q29: a Vietnamese question particle may sit between the item and the question mark (ngà hả? / rùa tai
# đỏ hông?), and southern speech answers hông, hổng (for không): only right after the question mark, where
# "hông" cannot be the hip or side
_ASKED = r"(?: (?:hả|hở|à|ha|hông|hổng|không|ko))? ?[?？] ?"
_ANSWERED_NO = lazy_compile(_ASKED + r"(?:không|ko|khong|hông|hổng|no|nope|nah|不是|不|唔是|没有|" + SEA_ANSWERS
                             + r")(?![a-zà-ỹ]| (?:idea|clue|doubt))")
# a product named and answered no at once: only a bare no before a stop ("Ivory? No - the print"); a
# no with a noun after it is about something else ("Rhino horn? No papers", "no questions asked")
# q29: the southern bare no (hông, hổng, ko, hông phải), with a softening particle (không nha, ko đâu,
# hông phải đâu nghen) before the stop: "Cao khỉ? Không nha, cao xương gà", "ngà hả? hông phải đâu"
_PRODUCT_ANSWERED_NO = lazy_compile(
    _ASKED + r"(?:(?:không|hông|hổng|ko|k)(?: phải| có)?(?: (?:đâu|nha|nhé|nhen|nghen|ạ|à|luôn))*|no|nope|不是|不|"
    + SEA_ANSWERS + r")(?: ?[,.!:;\-–—]|$)")
# a place or show word (zoo, museum, exhibition) that says who the item is for or how good it is, not
# what it is: "tusk for museum display", "rhino horn, museum grade", "gibbon for zoo", 博物馆级, "cho sở thú"
_FOR_BEFORE = ("for ", "for the ", "for a ", "for your ", "cho ", "给", "供", "适合")
_GRADE_AFTER = (" grade", " quality", " level", " standard", "级", "級", "品质", " piece", " pieces")
# look-alikes whose denial names the real thing ("not Ivory soap", "not resin ivory"): the product word
# inside them is not denied with them
_DENIED_LOOKALIKE_CUES = ("brand", "replica")
# look-alikes a seller asks about and answers no: a legal material, a replica, and (q29) a legal pet species
# ("Rùa tai đỏ? hông, rùa lạ": not the red-eared slider, an unknown turtle)
_ASKED_CUES = ("legal_material", "replica", "pet")
# cues of an offer (with secrecy and a wink): advice against a product beside them may be patter
_OFFER_CUES = ("contact", "price", "demand")
_EMOJI_FORM_WEIGHT = 0.45  # an animal emoji before a jewellery form names the product less firmly than a part does
_EPITHET = lazy_compile(r" ([a-z]{3,})")
_LATIN_ENDINGS = ("us", "um", "is", "ae", "ii", "i", "a", "ytes", "ix", "ax", "yx", "ex", "ops", "ensis",
                  "oides", "o", "ans", "ens", "ug")
_NOT_EPITHETS = frozenset(
    "data area media extra ultra mega plus bonus virus focus status campus bus this his is was yes series "
    "species analysis basis tennis sales notes boxes pro photo video radio audio demo logo logos promo info "
    "auto turbo hello also into onto too two who do go so no to vita pizza camera formula idea java china "
    "asia africa america india pasta sauna yoga drama panda koala zebra cobra llama mama papa opera agenda "
    "replica extras class".split())

# hook_gates: the hooks of after_rules that declare a precondition (@needs), called only where it holds.
# Hits gates are read at the start: none of these needs a kind or cue that an earlier rule can make.
_GATE = Gate(drop_container_materials, drop_inlaid_materials, mark_offered_alternatives, drop_hiding_places, drop_product_heads, drop_folded_words, jade_named, drop_bone_food,
             drop_part_bone, drop_fake_warnings, negate_sea, negate_asked, negate_ruled,
             cover_herbal_keywords, colour_code_asked, deny_papers, advise_against, business_names,
             cover_bound_imitations, material_row_products, deny_winked_covers, deny_asked_names,
             cover_dish_names, uncover_egg_species, cover_supply_species, drop_kitten_head, affirm_answered)


def after_rules(hits: list, t: str, text: str, forms) -> list:
    """Rules that need the hits of the whole text, in one pass where possible: a denied
    look-alike covers nothing (不是树脂象牙); an animal name before 牌/brand is a brand (虎牌);
    a description inside a name is the name (穿山 in 穿山甲); generated forms that count only
    where written so (🐘 not 象 in 现象; XJ in capitals next to Chinese; Python + epithet).
    forms: the lexicon's emoji form keys (Matcher._emoji_forms)."""
    denied = checks = descriptors = no_papers = papers = winks = alive = materials = offer = drugs = brands = False
    purposes = customs = rangers = dropped = police = None
    asked = "?" in t or "？" in t  # both answered-no patterns start at a question mark
    firsts = _form_firsts(forms) if forms else None
    on = _GATE.open(t, hits)  # hook_gates: the hooks below whose word or kind of hit is there
    if drop_container_materials in on:
        hits = drop_container_materials(hits, t)  # 玻璃罩, glass dome: the specimen's case, not its material
    if drop_inlaid_materials in on:
        hits = drop_inlaid_materials(hits, t)  # khảm xà cừ và ngà voi: a second inlaid material, no cover (vi15)
    if mark_offered_alternatives in on:
        hits = mark_offered_alternatives(hits, t)  # sừng trâu em bán 200k; cao hổ, cao ngựa bạch: another item (q51)
    if drop_hiding_places in on:
        hits = drop_hiding_places(hits, t)  # "hidden in toy boxes": where the goods hide, not what they are (en17)
    if drop_product_heads in on:
        hits = drop_product_heads(hits, t)  # "Ivory figurines": the carving's own head noun, no toy (en18)
    if drop_folded_words in on:
        hits = drop_folded_words(hits, t)  # "Carton of 24" is no cartoon: a doubled letter folded away (en18)
    if jade_named in on:
        hits = jade_named(hits, t)  # "golden jade (nephrite)": a jade, not the casque's code word (en17)
    if drop_bone_food in on:
        hits = drop_bone_food(hits, t)  # "tiger bone cake": the bone glue's form, not a food
    if drop_part_bone in on:
        hits = drop_part_bone(hits, t)  # "Bone wine with the stripe king": the named animal's bone, no ox bone
    if uncover_egg_species in on:
        uncover_egg_species(hits)  # trứng vẹt xám: the eggs are the species', the egg word covers nothing (q48)
    if cover_supply_species in on:
        cover_supply_species(hits, t)  # cám cho vẹt (macaw, vẹt xám): the species the food is for (q48)
    if drop_kitten_head in on:
        hits = drop_kitten_head(hits, t)  # Mèo con lông đốm lạ: the wild cat's age, no house kitten (q48)
    if drop_fake_warnings in on:
        hits = drop_fake_warnings(hits, t)  # 假酒请勿购买，我家正宗: a warning against fakes, no conservation talk
    if negate_sea in on:
        negate_sea(hits, t)  # "bukan resin", "hindi plastik": Malay/Tagalog in SEA English listings
    if negate_asked in on:
        negate_asked(hits, t)  # 唔好問金錢鰵, don't ask for ivory: the seller has none
    if negate_ruled in on:
        negate_ruled(hits, t)  # "No star or radiated tortoises at this show", 禁止带入象牙、犀角: a rule's list
    if deny_winked_covers in on:
        deny_winked_covers(hits, t)  # 树脂仿古牌（写树脂是怕被删）: the cover named as a label for the filter (q41)
    negate_listed(hits, t)  # "không bán ngà voi, sừng tê, vảy tê tê": the items after the first too
    if cover_herbal_keywords in on:
        cover_herbal_keywords(hits, t)  # "Rhino Horn ... Herbal Capsule" with ingredients and a registration number
    cover_pet_supplies(hits, t)  # 陆龟 饲料 龟粮 苏卡达 星龟: the species a food or lamp is for (q27)
    if colour_code_asked in on:
        colour_code_asked(hits, t)  # "buying bangles, the white kind, not wood or plastic"
    if deny_papers in on and any(m.kind == "legal_channel" or (m.kind == "trade_cue" and m.cue == "secrecy") or (
            m.kind == "benign_context" and m.cue == "legal_material") for m in hits):
        hits = deny_papers(hits, t, text)  # hông có giấy tờ, chưa có giấy, không có giấy CITES: no papers
    for m in hits:
        kind = m.kind
        if forms and kind in PRODUCT_KINDS and m.n_end - m.n_start > 2 and (firsts is None or t[m.n_start] in firsts) and (
                t[m.n_start:m.n_end] in forms or fold_diacritics(t[m.n_start:m.n_end]) in forms):
            # 🐘 bracelet: the material, or an elephant charm: a code word, vague alone
            m.weight, m.kind = min(m.weight, _EMOJI_FORM_WEIGHT), "code_word"
            kind = "code_word"
        if kind == "name":
            alive = alive or m.category == "live_animal"
            if m.suppressed_by is None and t.startswith(_BRAND_AFTER, m.n_end) and not t.startswith(
                    _NOT_BRAND_AFTER, m.n_end + (t[m.n_end] == " ")):
                m.suppressed_by = BRAND  # 虎牌, 熊猫牌, Tiger brand
                brands = brands or not t.startswith(("牌", " 牌"), m.n_end)  # 牌(子) may be a plaque: not spread
            elif m.suppressed_by is None and t[m.n_start - 1:m.n_start] in _BRAND_MARKS and _BRAND_BEFORE.search(
                    t, max(0, m.n_start - 16), m.n_start):
                m.suppressed_by = BRAND  # q28: brand 'Tenggiling', Brand: Harimau
                brands = True
        elif kind == "descriptor":
            descriptors = True
        elif kind == "benign_context" and m.negated:
            denied = True
        elif kind == "benign_context" and m.cue == "other" and (
                t[max(0, m.n_start - 10):m.n_start].endswith(_FOR_BEFORE) or t.startswith(_GRADE_AFTER, m.n_end)):
            purposes = [m] if purposes is None else purposes + [m]
        elif asked and kind == "benign_context" and m.cue in _ASKED_CUES and _ANSWERED_NO.match(
                t, m.n_end):
            m.negated = denied = True  # "Nanh heo rừng? không, nanh hổ thật", "Bone? No - ivory"
        elif kind == "benign_context" and m.cue == "conservation" and is_customs_word(m.term):
            customs = [m] if customs is None else customs + [m]
        elif kind == "benign_context" and m.cue == "conservation" and is_ranger_word(m.term):
            rangers = [m] if rangers is None else rangers + [m]
        elif kind == "benign_context" and m.cue == "conservation" and is_police_word(m.term):
            police = [m] if police is None else police + [m]  # mx3: "police check strict so private deal"
        elif kind == "benign_context" and m.cue == "legal_material":
            materials = True
        elif kind == "trade_cue" and (m.cue == "no_papers" or m.cue == "secrecy"):
            no_papers = True
            offer = offer or (m.cue == "secrecy" and not m.negated)
        elif kind == "legal_channel":
            papers = True
            drugs = drugs or m.cue == "drug_approval"
        elif kind == "benign_context" and m.cue == "medicine":
            drugs = True
        elif kind == "trade_cue" and m.cue == "wink":
            winks = True
            offer = offer or not m.negated
        elif kind == "trade_cue" and m.cue in _OFFER_CUES and not m.negated:
            offer = True
        elif kind == "trade_cue" and m.cue == "sale" and m.entry.term == "bay" and is_flight(t, text, m):
            dropped = [m] if dropped is None else dropped + [m]  # chị bay chuyến cuối năm: a flight, not ✈ = bán
        elif kind == "benign_context" and m.cue == "replica" and t[m.n_start] == "p" and (
                reading := plaster_reading(t, m, hits)) is not None:
            if reading == "medicine":  # q28: Tiger Bone Plaster with camphor, menthol: the patch's name
                m.cue = "medicine"
            else:  # q28: a pain-relief plaster claiming the part: a patch, no cast
                dropped = [m] if dropped is None else dropped + [m]
        elif kind == "benign_context" and m.cue == "digital" and is_appendix(text, m):
            dropped = [m] if dropped is None else dropped + [m]  # q28: (App II), CITES app 2: an appendix, no software
        if asked and kind in PRODUCT_KINDS and not m.negated and _PRODUCT_ANSWERED_NO.match(t, m.n_end):
            m.negated = True  # "Saiga? No, goat horn" / "Elephant ivory? No - 'Ivory' the print"
        e = m.entry
        if e.form is not None or e.needs_epithet:
            checks = True
    if deny_asked_names in on:  # "Rượu Hổ Cốt Tửu? Không! Rượu Ba Kích", "Saiga 'antelope' horn? No – 羚羊 brand" (q44)
        deny_asked_names(hits, t)
    if affirm_answered in on:  # 食蟹獴？不 是水獺寶寶: the answer after a spaced 不 是, not a denial (q52)
        affirm_answered(hits, text)
    if cover_dish_names in on:  # chè "ngà voi", 招牌菜“熊掌”: a dish's nickname in quotes (q44)
        cover_dish_names(hits, t)
    if denied:
        gone = [b for b in hits if b.negated and b.kind == "benign_context"]
        for m in hits:
            if m.suppressed_by is not None and m.kind in PRODUCT_KINDS and any(
                    b.canonical == m.suppressed_by and b.n_start < m.n_end and m.n_start < b.n_end for b in gone):
                m.suppressed_by = None
            if m.negated and m.kind in PRODUCT_KINDS and any(
                    b.cue in _DENIED_LOOKALIKE_CUES and b.n_start <= m.n_start and m.n_end <= b.n_end for b in gone):
                m.negated = False  # "not Ivory soap, the real thing": the no denies the brand, not the material
    if brands:  # q28: "Tenggiling Brand Safety Boots ... Tenggiling boots": the brand's name, wherever written
        same_brand(hits, t)
    if purposes:
        hits = [m for m in hits if m not in purposes]
    if dropped:  # a flight (bay), a CITES appendix (app), a medicated plaster: no hit of their entries
        hits = [m for m in hits if m not in dropped]
    if customs:  # "can't take it through customs": the seller's trade fact, not seizure news
        seller_customs(customs, t)
    if police:  # "police check strict, so private deal": the seller's reason for secrecy (police_excuse)
        seller_police(police, t)
    if rangers:  # xác nhận ... của kiểm lâm, giấy kiểm lâm: the paper's issuer, not a ranger in the news
        ranger_papers(rangers, t)
    if materials:  # "Leopard the bone ... leopard bone": the product's part, no other material
        hits = drop_restated_parts(hits, t)
        hits = material_named_after(hits, t)  # lược sừng tê giác: a comb of rhino horn, not of buffalo horn
    if not offer and advise_against in on:  # "avoid totoaba, it's banned", 别买象牙: the product is talked about, not offered
        advise_against(hits, t)
    if papers:  # 有证书(鉴定所出的真品证明), certificate of authenticity: a quality claim, no permit
        authenticity_only(hits, t)
    if no_papers:  # 有证 inside 没有证 is no paper; 没证的别来, không có giấy không mua turn the phrase down
        hits = papers_in_denials(hits, t)
        if not alive:  # "free to good home" of a piano or a carving: passing a thing on, no papers missing
            rehoming_of_things(hits)
    if alive:  # bắt ngoài rừng, 山上抓的, caught in the forest: a wild-taken animal has no papers
        mark_wild_taken(hits, t)
    if papers:  # 前主人说有证 / never got the papers: someone else's paper, or one not in hand
        mark_unheld(hits, t)
    if papers and winks:  # 识的 in 专用标识的: the paper's word, no wink
        hits = winks_in_papers(hits)
    if papers:  # "arwana ... with certificate chip, ..., labi-labi (no doc)": the paper is the arowana's
        papers_of_items(hits, t)
    if drugs:  # q28: 国药准字Z20050337 written out beside bear bile: the licensed drug's bile
        cover_numbered_drugs(hits, t)
    _emoji_part_in_lookalike(hits, text)
    if business_names in on:
        business_names(hits, t, text, BRAND)  # Nhà hàng Tê Giác, Đồi Mồi Homestay, 金象酒店: a business's name
    if cover_bound_imitations in on:
        cover_bound_imitations(hits, t)  # 玳瑁手镯 仿的, 龟甲手镯 树脂仿: the product is an imitation (no wink)
    uncover_winked_replicas(hits)  # faux ivory ... listed as faux, the real deal: the claim taken back
    if material_row_products in on:
        material_row_products(hits, t)  # 材质：象牙 under an 象牙色 title: the row says the material
    if winks:  # 象牙白 … 不是颜色哈，是真料: the colour sense denied, the compound names the material
        lift_denied_colours(hits, t)
    if not (descriptors or checks):
        return hits
    names = [m for m in hits if m.kind in PRODUCT_KINDS and m.suppressed_by is None] if descriptors else ()
    # an everyday thing inside a behaviour described (hangs off the curtains, 爬窗帘): where the animal is,
    # not the item sold
    behaviour = [m for m in hits if m.kind == "descriptor" and m.cue == "behaviour" and not m.negated] if descriptors else ()
    out = []
    for m in hits:
        e = m.entry
        if m.kind == "descriptor" and any(n.n_start <= m.n_start and m.n_end <= n.n_end for n in names):
            continue
        if behaviour and m.kind == "benign_context" and m.cue == "other" and any(
                d.n_start <= m.n_start and m.n_end <= d.n_end for d in behaviour):
            continue
        if e.form == "emoji" and text[m.start:m.end] == m.canonical:
            continue
        if e.form == "initials" and not (_vi_initials(t, text, m, hits) if e.lang == "vi" else (
                _initials_written(t, text, m) and not (is_listed(e) and not has_trade_cue(hits)))):
            continue  # XY (listed by hand, two letters of a weaker name): only with a trade cue
        if e.needs_epithet and not _epithet_follows(t, m.n_end):
            continue
        out.append(m)
    return out


_FIRSTS: dict = {}


def same_brand(hits: list, t: str) -> None:
    """q28: a name read as a brand once with the word brand (Tenggiling Brand, brand 'Tenggiling', 品牌, ™)
    is that brand where the same words come again in the listing, as written (the same entry and the
    same normalised words). A name before 牌 alone is not spread: 牌(子) is also a plaque (🐘白牌子)."""
    brands = {(m.entry.term, t[m.n_start:m.n_end]) for m in hits if m.suppressed_by == BRAND
              and not t.startswith(("牌", " 牌"), m.n_end)}
    for m in hits:
        if m.kind == "name" and m.suppressed_by is None and not m.negated and (
                m.entry.term, t[m.n_start:m.n_end]) in brands:
            m.suppressed_by = BRAND


def _form_firsts(forms) -> frozenset | None:
    """The characters a hit can start with to be an emoji form key as written or folded: the keys'
    first characters (an animal emoji's character: 象, 虎), and the marked letters that fold_diacritics
    folds to one of them (it maps one character for one: a folded key's first character is its first
    character folded). Once per set: a hit starting with another character is no form key either way
    (was None, every hit checked, as soon as a key started with an ASCII letter: a slice, a set test
    and a fold for every product hit)."""
    got = _FIRSTS.get(id(forms))
    if got is None or got[0] is not forms:
        firsts = {k[0] for k in forms if k}
        table = _fold_table()
        if all(isinstance(v, str) and len(v) == 1 for v in table.values()):
            firsts |= {chr(cp) for cp, v in table.items() if v in firsts}
            got = (forms, frozenset(firsts))
        else:  # a fold of another length: no first-character test
            got = (forms, None)
        _FIRSTS[id(forms)] = got
    return got[1]


def _emoji_part_in_lookalike(hits: list, text: str) -> None:
    """An animal emoji read with the word after it as a part ("🐻 claw" = bear claw) when that word
    begins a look-alike phrase ("🐻 claw clip", "🐯 skin care"): the word is the look-alike's, as a
    pair written apart does not form inside another hit (apart_pairs)."""
    if not _has_astral(text):
        return  # no character above U+FFFF, so no emoji to start a hit (constant time)
    for m in hits:
        if m.kind in PRODUCT_KINDS and m.suppressed_by is None and m.end > m.start and ord(text[m.start]) > 0xFFFF:
            for b in hits:
                if b.kind == "benign_context" and m.n_start < b.n_start < m.n_end < b.n_end:
                    m.suppressed_by = b.canonical
                    break


def _epithet_follows(t: str, end: int) -> bool:
    """Is the word after a genus name a species epithet (Python regius, not Python programming)?"""
    m = _EPITHET.match(t, end)
    if not m:
        return False
    word = m.group(1)
    return word not in _NOT_EPITHETS and word.endswith(_LATIN_ENDINGS) and (
        m.end() == len(t) or not t[m.end()].isalnum())


def _vi_initials(t: str, text: str, m, hits: list) -> bool:
    """Vietnamese initials (nv, stg) count followed or preceded by an amount of the goods, with a
    trade cue unless written apart to dodge a filter (S.T.G. 2 pieces: listed_initials.py)."""
    raw = text[m.start:m.end]
    apart = written_apart(raw)
    if not counted(t, m.n_end, m.n_start, "." in raw):
        return False
    if apart and "." in raw and company_letters(t, m.n_end, text, m.start, m.end):
        return False
    return apart or not is_listed(m.entry) or has_trade_cue(hits)


def _initials_written(t: str, text: str, m) -> bool:
    """Pinyin initials count when written in capitals (XJ, ＸＪ) right next to Chinese text."""
    if not text[m.start:m.end].isupper():
        return False
    before = t[:m.n_start].rstrip()[-1:]
    after = t[m.n_end:].lstrip()[:1]
    return any(c and is_cjk(c) for c in (before, after))
