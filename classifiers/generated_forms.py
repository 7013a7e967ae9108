"""Forms of lexicon terms generated from data instead of listed by hand.

Sellers write a product so a keyword list misses it; the tricks follow rules that Unicode,
pinyin and emoji data already describe, so the forms are generated from the lexicon's own terms:
- emoji standing for a character: the emoji package's Chinese names (🦍 大猩猩 -> 猩猩, 🦴 骨头
  -> 骨) give the character the normaliser writes out, when that character occurs in a product
  term; English terms get a variant with the animal word written as that character ("🐅 bone");
- one syllable written in pinyin among the hanzi (象ya, 穿shan甲);
- pinyin initials standing for a product (XJ, ＸＪ): entries of their own that count only when
  written in capitals next to Chinese text (matcher.py checks the original text).
(CJK radical look-alikes are undone in normalize.py from Unicode's EquivalentUnifiedIdeograph data.)
The emoji package has no Vietnamese names, so no Vietnamese emoji forms are generated.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

from .normalize import is_cjk

_STRIP_SUFFIX = ("的脸", "脸", "头", "子")  # 猴子, 老虎头, 猫脸: the animal is the rest
_STRIP_PREFIX = ("大", "小", "老")  # 大象, 老虎: the animal is the second character
# Initials that are everyday abbreviations (DM = direct message, PM, VIP, XL...): never products.
_COMMON_INITIALS = frozenset(
    "dm pm ok vip diy ps pk cd dj tv pc gg mm bb sb nb xx hh qq vx wx zz cc ad id ip ui pr hr ce ms ds ts "
    "xl xs hk us uk cn jp kg cm sd hd bt cs lol mvp ceo ufo".split())
_LATIN_WORD = re.compile(r"[a-z]+")


def emoji_core(name: str) -> str | None:
    """The character(s) an emoji's Chinese name stands for: 大象 -> 象, 老虎头 -> 虎, 犀牛 -> 犀牛."""
    n = name.strip(":").replace("_", "")
    for suffix in _STRIP_SUFFIX:
        if n.endswith(suffix) and len(n) > len(suffix):
            n = n[: -len(suffix)]
            break
    if len(n) == 2 and n[0] in _STRIP_PREFIX:
        n = n[1:]
    return n if n and len(n) <= 3 and all(is_cjk(c) for c in n) else None


@lru_cache(maxsize=1)
def _emoji_names() -> tuple[tuple[str, str, str], ...]:
    """(emoji, Chinese name, English name) for single-code-point emoji, from the emoji package."""
    import emoji

    emoji.config.load_language("zh")
    out = []
    for e, data in emoji.EMOJI_DATA.items():
        base = e.replace("\ufe0f", "")
        if len(base) == 1 and ord(base) >= 0x2000 and data.get("zh"):
            out.append((base, data["zh"], data.get("en", "")))
    return tuple(out)


def emoji_words_for(product_texts: str, english_words: set[str]) -> dict[str, str]:
    """Emoji -> the character(s) it stands for, for emoji named in both languages of the lexicon:
    the core of its Chinese name occurs in a Chinese product term and its English name is a word of
    an English one (🐘 elephant/象, 🦴 bone/骨). Other emoji stay separators (象🌟牙)."""
    out = {}
    for e, zh, en in _emoji_names():
        core = emoji_core(zh)
        if core and core in product_texts and en.strip(":").replace("_", " ") in english_words:
            out[e] = core
    return out


def english_emoji_variants(variant: str, emoji_words: dict[str, str]) -> list[str]:
    """'tiger bone' -> ['虎 bone'] when an emoji named 'tiger' is written out as 虎."""
    words = _english_names(tuple(sorted(emoji_words.items())))
    out = []
    for w in _LATIN_WORD.findall(variant):
        core = words.get(w)
        if core:
            out.append(re.sub(rf"\b{w}\b", core, variant, count=1))
    return out


@lru_cache(maxsize=4)
def _english_names(emoji_words: tuple[tuple[str, str], ...]) -> dict[str, str]:
    table = dict(emoji_words)
    names = {}
    for e, _zh, en in _emoji_names():
        word = en.strip(":")
        if e in table and word.isalpha() and word.islower():
            names.setdefault(word, table[e])
    return names


def pinyin_syllable_variants(term: str) -> list[str]:
    """象牙 -> 象ya, xiang牙: one character of an all-Chinese term written in pinyin."""
    if not 2 <= len(term) <= 4 or not all(is_cjk(c) for c in term):
        return []
    syllables = lazy_pinyin(term, style=Style.NORMAL)
    if len(syllables) != len(term):
        return []
    return [term[:i] + syllables[i] + term[i + 1:] for i in range(len(term))]


def initials(term: str) -> str | None:
    """犀角 -> xj; None when the initials are an everyday abbreviation or not 2-3 letters."""
    if not 2 <= len(term) <= 3 or not all(is_cjk(c) for c in term):
        return None
    letters = "".join(s[0] for s in lazy_pinyin(term, style=Style.NORMAL) if s)
    if (len(letters) != len(term) or not letters.isalpha() or letters in _COMMON_INITIALS
            or len(set(letters)) == 1 or letters in ("xyz", "abc")):
        return None
    return letters


@lru_cache(maxsize=1)
def _common_by_syllable() -> dict[str, tuple[str, ...]]:
    """Toneless pinyin -> the common characters read so (GB 2312 level 1: the 3,755 most used)."""
    from pypinyin import pinyin_dict

    out: dict[str, list[str]] = {}
    for cp in sorted(pinyin_dict.pinyin_dict):
        ch = chr(cp)
        try:
            b = ch.encode("gb2312")
        except UnicodeEncodeError:
            continue
        if len(b) == 2 and 0xB0 <= b[0] <= 0xD7:
            out.setdefault(lazy_pinyin(ch, style=Style.NORMAL)[0], []).append(ch)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _dictionary_words() -> frozenset[str]:
    """Words of jieba's dictionary: a homophone spelling that is a real word is no code (护骨)."""
    import jieba

    path = jieba.get_dict_file()
    try:
        return frozenset(line.split(" ", 1)[0] for line in path.read().decode("utf-8").splitlines())
    finally:
        path.close()


def homophone_variants(term: str) -> list[str]:
    """穿山甲 -> 川山甲, 穿三甲...: one character of a three-character name written with another common
    character read the same (tones ignored, as sellers do), unless that makes a dictionary word.
    Two-character names are left to the hand-written homophones (相牙, 西角): generated ones collide
    with everyday words too often (护骨, 保骨 for 虎骨)."""
    if len(term) != 3 or not all(is_cjk(c) for c in term):
        return []
    syllables = lazy_pinyin(term, style=Style.NORMAL)
    if len(syllables) != len(term):
        return []
    common, words = _common_by_syllable(), _dictionary_words()
    out = []
    for i, s in enumerate(syllables):
        for ch in common.get(s, ()):
            if ch != term[i]:
                v = term[:i] + ch + term[i + 1:]
                # nor when the new character makes a word with a neighbour (小孩 in 小孩龟, 老乡 in 老乡牙)
                pairs = [v[j:j + 2] for j in (i - 1, i) if 0 <= j and j + 2 <= len(v)]
                if v not in words and not any(p in words and p not in term for p in pairs):
                    out.append(v)
    return out


# Parts an animal is sold by, in English and Vietnamese, with the characters the lexicon's Chinese
# terms use for that part: "🦏 horn", "🐯 cốt" read as 犀角, 虎骨. Pieces and forms name no part:
# they read as the animal's main product ("🦏 nguyên khúc", "🐘 bracelet", "🐢 vòng").
_PART_CHARS = {
    "horn": "角", "sừng": "角", "tusk": "牙", "tooth": "牙", "teeth": "牙", "fang": "牙", "canine": "牙",
    "ngà": "牙", "nanh": "牙", "răng": "牙", "bone": "骨", "skeleton": "骨", "skull": "骨", "xương": "骨",
    "cốt": "骨", "skin": "皮", "hide": "皮", "pelt": "皮", "da": "皮", "claw": "爪", "móng": "爪", "vuốt": "爪",
    "scale": "甲", "shell": "甲", "vảy": "甲", "vẩy": "甲", "mai": "甲", "gall": "胆", "bile": "胆",
    "gallbladder": "胆", "mật": "胆", "paw": "掌", "bàn chân": "掌", "penis": "鞭", "pín": "鞭", "fin": "翅",
    "vây": "翅", "cao": "胶",
}
_PIECES = ("piece", "chunk", "block", "tip", "cut", "fresh cut", "whole", "raw", "khúc", "nguyên khúc",
           "nguyên con", "nguyên túi", "miếng", "lát", "mảnh", "phôi")
# q18: ground or shaved part right after the animal's emoji ("🦏 dust", "🦏 shavings", "🐘 mạt"): the part
# as sold for medicine, as a piece word says the part is cut (not a form: nothing else is ground so)
_GROUND = ("dust", "shavings", "scrapings", "filings", "bột", "mạt")
# goods and stock words: "收🐘货", "🦏货", "🐘 hàng", "🐯 goods" are the animal's goods (the trade's way of
# naming the product by the animal alone, as 白货 names it by the colour). Right after the emoji only
# ("象货", "象 hàng"): a goods word further on ("🐘 mug, stock available") is decoration on other goods.
_GOODS = ("货", "hàng", "goods")
# forms that may depict the animal instead of being made of it (🐘 statue is an elephant figurine)
_DEPICTIONS = frozenset(("figurine", "statue", "tượng", "摆件"))
# animal emoji: Unicode's Animal Symbols (🐀-🐿) and Supplemental Symbols (🦀-🦯, 🪰-🪿) blocks
_ANIMAL_EMOJI = ((0x1F400, 0x1F43F), (0x1F980, 0x1F9AF), (0x1FAB0, 0x1FABF))


# The trade's colour codes (white = ivory, black = rhino horn, red = hornbill casque: domain.md, EIA
# "Seeing red"; 白料/黑料, 新京报 2019) in each language: right after the animal's emoji ("🐘白", "🦏 black",
# "🐘 trắng") the colour names the animal's product. A colour pairs with an animal only where the
# lexicon's own colour code (colour + 料) is of the category of that animal's product: 🐘 white, not 🐘 black.
_COLOUR_WORDS = {"白": ("白", "白色", "white", "trắng"), "黑": ("黑", "黑色", "black", "đen"),
                 "红": ("红", "红色", "red", "đỏ")}
# q13: the colour written before the animal's emoji (an adjective in Chinese and English): 白🐘, 白的🐘, white 🐘
# (not the bare character: 白象 is a noodle and battery brand, and its squeezed key would send every
# such listing down the full check before the emoji test drops it)
_COLOUR_BEFORE = {"白": ("白色", "白的", "白色的", "white"), "黑": ("黑色", "黑的", "black"),
                  "红": ("红色", "红的", "red")}


def emoji_part_keys(keys: dict[str, set[int]], product_weight, emoji_chars: dict[str, str], form_words,
                    spellings, category_of=None) -> tuple[dict[str, set[int]], set[str]]:
    """Keys for an animal emoji followed by a part or form word in any language ("犀 horn", "虎cốt",
    "象 bracelet": the text as normalised, the emoji written out), each mapped to the product
    entries of the lexicon's own Chinese term for that part (犀角, 虎骨) or, for a piece or form, of
    the animal's strongest part term. `keys`: precise key -> entry ids; `product_weight(id)`: 0 unless a product;
    `emoji_chars`: emoji -> the character(s) it is written out as; `spellings(word)`: its
    normalised spellings (marked and unmarked). Also returns the keys made with a form word (🐘
    bracelet): an animal motif is common in jewellery, so they say less than a part does, as do
    the keys of an animal emoji and its product's colour code (🐘白, 🦏 black; `category_of(id)`: an
    entry's category, None: no colour keys)."""
    animals = sorted({c for e, c in emoji_chars.items()
                      if len(e) == 1 and any(lo <= ord(e) <= hi for lo, hi in _ANIMAL_EMOJI) and all(map(is_cjk, c))})
    by_prefix: dict[str, list[str]] = {}
    for k in keys:
        if k and is_cjk(k[0]) and len(k) <= 5:
            by_prefix.setdefault(k[0], []).append(k)

    def products(key: str) -> set[int]:  # a product the lexicon names firmly (not 鱼翅 0.3, 虎牙 0.4)
        return {i for i in keys.get(key, ()) if product_weight(i) >= 0.5}

    def best(ids: set[int]) -> float:
        return max((product_weight(i) for i in ids), default=0.0)

    out: dict[str, set[int]] = {}
    with_form: set[str] = set()
    forms = set(form_words) - set(_PART_CHARS) - set(_PIECES) - set(_GROUND)
    for c in animals:
        found: dict[str, set[int]] = {}  # part character -> product ids of c + part (or the best longer term)
        for part in set(_PART_CHARS.values()):
            ids = products(c + part)
            if not ids:  # 龟甲手镯 when the lexicon has no 龟甲 of its own
                longer = [k for k in by_prefix.get(c[0], ()) if k.startswith(c + part) and products(k)]
                if longer:
                    ids = products(max(longer, key=lambda k: (best(products(k)), -len(k))))
            if ids:
                found[part] = ids
        if not found:
            continue
        main = max(found.values(), key=best)
        if category_of is not None:
            cats = {category_of(i) for i in main}
            for colour, colour_words in _COLOUR_WORDS.items():
                if cats & {category_of(i) for i in keys.get(colour + "料", ())}:
                    for w in colour_words:
                        for k in ((c + w,) if is_cjk(w[0]) else (f"{c} {w}", f"{c}{w}")):
                            out.setdefault(k, set()).update(main)
                            with_form.add(k)
                    # q13: the colour also before the emoji, as Chinese and English put an adjective
                    # ("white 🐘 beads", "白的🐘"); Vietnamese puts it after the noun (🐘 trắng, above)
                    for w in _COLOUR_BEFORE.get(colour, ()):
                        for k in ((w + c,) if is_cjk(w[0]) else (f"{w} {c}", f"{w}{c}")):
                            out.setdefault(k, set()).update(main)
                            with_form.add(k)
        words = [(w, found.get(p), True) for w, p in _PART_CHARS.items()] + [
            (w, main, False) for w in _PIECES + _GROUND + _GOODS + tuple(form_words) if w not in _DEPICTIONS]
        for w, ids, part in words:
            if not ids:
                continue
            for v in spellings(w):
                made = ()
                if all(map(is_cjk, v)):
                    made = (c + v,)
                elif v.isalpha() or " " in v:
                    # a part also before the animal, as Vietnamese puts it (sừng 🦏, ngà 🐘, like sừng tê)
                    made = (f"{c} {v}", f"{c}{v}") + ((f"{v} {c}", f"{v}{c}") if part else ())
                for k in made:
                    out.setdefault(k, set()).update(ids)
                    if w in forms or w in _GOODS:  # weak like a form: what the goods are is not said
                        with_form.add(k)
    return out, with_form


# -- Vietnamese: one syllable's tone mark wrong (ngá voi, sưng tê giác) --
# Tone marks (sắc, huyền, hỏi, ngã, nặng) as combining characters; a syllable's other tones are the
# same letters with another mark on the same vowel, or none.
_VI_TONES = ("\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
# Vietnamese part words (as in _PART_CHARS) that lead a product name: the animal follows them
VI_PART_WORDS = frozenset(w for w in _PART_CHARS if not w.isascii())
# Everyday syllables a wrong tone could turn a part word into (răng -> rằng 'that', mật -> mất 'lose',
# vảy -> vay 'borrow', da -> dạ 'yes'): a form made of one of them reads as ordinary text
# ("nói rằng hổ...", "làm mất gấu bông"), so none is generated. The most frequent function words and
# verbs of written Vietnamese, with the part words' everyday neighbours.
VI_EVERYDAY_SYLLABLES = frozenset(
    "là và của có không được cho với các những một này đó thì mà nào rằng rất đã sẽ đang vẫn cũng lại ra "
    "vào về trong ngoài trên dưới khi nếu vì nên hay hoặc bị từ tới đến để như làm mất mắt vay váy dạ đá "
    "đa má mà mả mạ ma cá cả cà nga ngay ngày ngựa mong mông mỏng móng mọng sung sướng "
    "răng rằng rạng vây vấy vẫy vậy vay váy vạy xương xướng xuống cột cốt cọt côt pin pín vuốt vuột vuôt "
    "nanh nạnh nánh mai mái mãi mại mài dã dà da dả "
    # one-syllable animal words that are everyday words too (tê numb, báo newspaper, trút pour), and
    # what else follows a part word (ngà xưa, sừng thật, mật gấu khô): no animal
    "tê báo trút thật xưa khô cũ mới sống tươi nguyên đã sao cát nga cắt lát".split())
# what sellers call a toy or a figure of an animal (gấu bông is a teddy bear, 毛绒老虎 a plush tiger)
# ("rùa nhồi bông", "stuffed tiger" are also taxidermy: a real animal's body, so not generated)
VI_TOY_FORMS = ("{a} bông", "thú nhồi bông {a}", "đồ chơi {a}", "{a} đồ chơi")
ZH_TOY_FORMS = ("毛绒{a}", "{a}公仔", "{a}玩偶", "{a}毛绒玩具", "毛绒玩具{a}", "{a}抱枕")
EN_TOY_FORMS = ("plush {a}", "{a} plush", "{a} plushie", "{a} stuffed animal", "{a} stuffed toy", "{a} soft toy",
                "toy {a}")


def vi_other_tones(syllable: str) -> list[str]:
    """'ngà' -> ['nga', 'ngá', 'ngả', 'ngã', 'ngạ']: the syllable with each other tone (or none);
    [] when it carries no tone mark (where a new mark would go is not decided here)."""
    import unicodedata

    d = unicodedata.normalize("NFD", syllable)
    marks = [i for i, c in enumerate(d) if c in _VI_TONES]
    if len(marks) != 1:
        return []
    i = marks[0]
    bare = d[:i] + d[i + 1:]
    end = i  # the new tone goes after the vowel's other marks (ậ is a + dot below + circumflex in NFD)
    while end < len(bare) and unicodedata.combining(bare[end]):
        end += 1
    out = [unicodedata.normalize("NFC", bare)]
    out += [unicodedata.normalize("NFC", bare[:end] + t + bare[end:]) for t in _VI_TONES if t != d[i]]
    return [o for o in out if o != syllable]


def vi_wrong_tone_forms(variant: str, animals: frozenset[str] | set[str]) -> list[str]:
    """A Vietnamese part + animal name with the part word's tone wrong (ngà voi -> ngá voi, sừng tê
    giác -> sưng tê giác): only when one of `animals` follows the part word (and stays as written),
    and never a form whose new syllable is an everyday word."""
    words = variant.lower().split()
    if len(words) < 2:
        return []
    out = []
    for i, w in enumerate(words[:-1]):
        if w not in VI_PART_WORDS or not any(" ".join(words[i + 1:i + 1 + n]) in animals for n in (1, 2)):
            continue
        for alt in vi_other_tones(w):
            if alt not in VI_EVERYDAY_SYLLABLES:
                out.append(" ".join(words[:i] + [alt] + words[i + 1:]))
    return out


def vi_animal(variant: str) -> tuple[str, str] | None:
    """The animal a Vietnamese part + animal name is of: what follows its part word (ngà voi -> voi,
    sừng tê giác -> tê giác, vảy tê tê -> tê tê)."""
    words = variant.lower().split()
    for i, w in enumerate(words[:-1]):
        if w in VI_PART_WORDS or " ".join(words[i:i + 2]) in VI_PART_WORDS:
            rest = words[i + 2:] if " ".join(words[i:i + 2]) in VI_PART_WORDS else words[i + 1:]
            if (1 <= len(rest) <= 2 and not any(r in VI_PART_WORDS for r in rest)
                    and not (len(rest) == 1 and rest[0] in VI_EVERYDAY_SYLLABLES)
                    and not all(r in VI_EVERYDAY_SYLLABLES for r in rest[-1:])  # sao cát (sand-roasted)
                    and (len("".join(rest)) >= 3 or not "".join(rest).isascii())):  # tt is an abbreviation
                return w, " ".join(rest)
    return None


def toy_forms(animal: str, lang: str) -> list[str]:
    forms = {"vi": VI_TOY_FORMS, "zh": ZH_TOY_FORMS, "en": EN_TOY_FORMS}[lang]
    return [f.format(a=animal) for f in forms]


def emoji_animals(emoji_words: dict[str, str]) -> list[tuple[str, str, str]]:
    """(character written out, Chinese name, English name) of the emoji the lexicon writes out
    (🐘 象/大象/elephant)."""
    out = []
    for e, zh, en in _emoji_names():
        if e in emoji_words:
            name = en.strip(":").replace("_", " ")
            plain = name.isascii() and name.replace(" ", "").isalpha()
            out.append((emoji_words[e], zh.strip(":"), name if plain else ""))
    return out
