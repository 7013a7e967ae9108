"""Kinds of misses found on tests/data/train_en19.jsonl (200 blind English listings: UK auction and antiques
wording, Australian/South African/Kenyan/Nigerian classifieds, Manglish and Taglish, Indian English, TCM
shops, reptile expos, trophy dealers, knife/cue/instrument parts, multi-item and typo-ridden posts; scored
held out before these lexicon entries). Each kind has fresh wordings (not the set's text) and stay-outs:
1. big cats as taxidermy mounts in trophy-dealer words (full mount leopard, shoulder mount tiger);
2. Malay 'harimau' with an English part word (harimau fur, harimau claws);
3. big-cat fat in Hindi/Urdu (sher ki charbi);
4. the pre-1993 'old formula' angong pill sold for its real rhino horn;
5. makers' 'customs' (custom-built knives/cues) read as a customs seizure, which cleared an ivory offer;
6. ivory named as the material of a part (sticks of ivory, carved from ivory, salvaged ivory tops)."""
import pytest

# (title, description, lang): must be flagged (illegal or suspicious)
FLAG = [
    ("Shoulder mount tiger, old Indian shikar piece", "Glass eyes, some fading, no certificate.", "en"),
    ("Leopard full mount on branch", "1970s Rowland Ward style, collection only, cash.", "en"),
    ("Mounted snow leopard, estate", "Offers, buyer removes.", "en"),
    ("Azimat harimau claws x3", "Real harimau claws capped in silver, from Kelantan, COD.", "mixed"),
    ("Harimau whiskers for charm", "Original, not fake, 5 pcs, pm me.", "mixed"),
    ("Baagh ki charbi 20ml", "Asli, ghutno ke dard ke liye, COD available.", "en"),
    ("Old angong pills, pre-1993", "Two boxes from 1988, the ones with the real horn inside. Serious buyers.", "en"),
    ("老安宫牛黄丸 一盒", "九十年代初的老安宫，懂的来。", "zh"),
    ("Damascus bowie + elephant ivory handle", "My customs are all at the show Saturday; ivory one has no papers.", "en"),
    ("Salvaged ivory tops, 30 pcs", "From scrapped uprights, sorted, £4 each.", "en"),
    ("Netsuke of a hare, carved from ivory", "Meiji, signed, 4cm.", "en"),
]

# (title, description, lang): must stay out
PASS = [
    ("Leopard gecko, tangerine, with vivarium", "Captive bred, wall mount heat lamp included.", "en"),
    ("Leopard print canvas, mounted and framed", "60x90cm wall art.", "en"),
    ("Harimau Malaya home jersey 2024", "Size L, original from the FAM store.", "mixed"),
    ("Harimau brand balm 40g", "Herbal muscle rub.", "mixed"),
    ("An Gong Niu Huang Wan, Tong Ren Tang", "Current formula with buffalo horn, sealed box.", "en"),
    ("Customs seized 40kg of ivory at the port", "News: two arrested, the tusks were hidden in timber.", "en"),
    ("Custom cue builder - my customs for sale", "Maple and ebony, Juma ferrules, no ivory used.", "en"),
    ("Ivory tops for women, size M", "3 blouses, ivory and cream, worn once.", "en"),
    ("Hunter ceiling fan, ivory finish", "52 inch, with remote.", "en"),
    ("Wedding dress made of ivory silk", "UK 10, dry cleaned.", "en"),
]


@pytest.mark.parametrize("title,description,lang", FLAG)
def test_en19_kind_reaches_a_reviewer(expect, title, description, lang):
    expect.flagged(title, description, lang)


@pytest.mark.parametrize("title,description,lang", PASS)
def test_en19_lookalike_stays_out(expect, title, description, lang):
    expect.not_flagged(title, description, lang)
