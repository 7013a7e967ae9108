"""Kinds of misses and false flags found on tests/data/train_hk1.jsonl (a fresh hand-written set of 200 listings
in Hong Kong Cantonese and Taiwanese Mandarin, traditional characters, in the voices of Carousell HK, LIHKG/高登
threads, 露天/蝦皮/PTT/Dcard, Facebook pages and WhatsApp/Line/Telegram posts; scored held out before the lexicon
entries below were added: F1 0.929, 3 of 82 benign flagged).

Kinds (config/keywords, entries marked hk1):
- the elephant by its Cantonese names (大笨象, 象仔) before a tooth word, and a white piece the seller says is
  the elephant's (說是大象的, 話係大象嘅) (hk1-0087, hk1-0154);
- a whole tusk as 原支牙 / 原支大牙 / 原根牙 (hk1-0089);
- the money maw (金錢鰵) in Hong Kong dried-seafood wording: 金錢花膠, and 金錢肚 beside 墨西哥 (joined or
  across a comma); 金錢肚 alone is beef tripe (hk1-0061, hk1-0155, hk1-0197);
- Hong Kong's antique-ivory exemption licence written with the item between office and paper
  (漁護署古董象牙豁免牌照): a paper the reviewer checks, so review (hk1-0101);
- real hawksbill claimed as 真甲羅 / 天然甲羅 beside a 玳瑁 frame or comb (hk1-0122);
- label: pre-convention ivory (公約前) with its licence denied (冇漁護署牌照) read as a paper to check: the licence
  denial is a no-papers cue (taxonomy.yaml) and an age claim naming no paper is then no paper
  (classifiers/legal_regime.py) (hk1-0199);
- false flag: vegetarian shark fin clipped to 素翅 / 仿翅 (hk1-0109);
- false flag: the owner's law question in Taiwanese/Cantonese question forms (是不是違法, 犯唔犯法, 合唔合法; 係咪犯法 left out, see the README) beside
  the lexicon's 违法吗 (hk1-0176); an offer that waves the question away ("係咪犯法我唔理, pm") stays flagged.
The first listing of each kind is in the spirit of the set's miss, the rest are new wording; the FLAG listings
except the two 大笨象 ones were missed before these entries. Stay-outs: elephant toys and toothbrushes, a zoo
visit, a picture book "about the elephant", molar pain, whole bottles of wine, beef tripe dishes, ordinary
fish maw, the AFCD's own notice about the exemption, crab-shell gratin, acetate 玳瑁-colour frames.
The set-level floor sits a little below the figure reached with the current model (F1 0.974, 1 of 82 benign
flagged)."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_hk1.jsonl"

# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # Cantonese elephant names before a tooth word (hk1-0087, then new wording)
    ("象仔嘅牙 印章 一對", "象仔嘅牙做嘅印章，未刻字"),
    ("大笨象的牙 筷子 兩對", "大笨象的牙筷子兩對 WhatsApp 傾"),
    ("大笨象嘅牙 雕 小佛", "老人家留低，大笨象嘅牙雕嘅小佛，私訊"),
    # the piece said to be the elephant's (hk1-0154, then new wording)
    ("白色 手鈪 舊嘢", "阿媽嘅白色手鈪，話係大象嘅，有啲黃，放"),
    ("老印章 一顆", "聽說是大象的，阿公留的印章，有興趣站內信"),
    # whole tusk (hk1-0089, then new wording)
    ("原支大牙 一對 按克", "原支大牙一對，約25公斤，按克計，私聊"),
    ("原根牙 非洲", "原根牙兩條，非洲，整批出"),
    # money maw in HK wording (hk1-0155 / 0197 / 0061, then new wording)
    ("金錢花膠 公 一隻 40両", "海味行收藏，金錢花膠公，40両"),
    ("墨西哥金錢肚 收藏", "墨西哥金錢肚一隻 放十年"),
    ("新貨到", "金錢肚，墨西哥貨，熟客價 pm"),
    # HK antique exemption licence: review (hk1-0101, then new wording)
    ("象牙 鼻煙壺 古董", "附漁護署古董象牙豁免牌照，需驗身份證"),
    ("清代 象牙 筆筒 附古董豁免牌照", "清代象牙筆筒，附古董象牙豁免牌照，只限香港交收"),
    # real shell claimed in Japanese-style wording (hk1-0122, then new wording)
    ("真甲羅 梳 日本", "日本帶返 真甲羅梳，舊貨"),
    ("天然甲羅 髮簪", "天然甲羅髮簪 江戶老舖"),
    ("玳瑁 鏡框 天然甲羅", "天然甲羅製 鏡框 一副 老件"),
    # an offer that waves the law question away still reaches a reviewer (beside the question stay-outs below)
    ("象牙手鐲 放售", "象牙手鐲 冇牌 係咪犯法我唔理，pm"),
    ("犀角杯 出售 合唔合法自己判斷", "犀角杯一隻，合唔合法自己判斷，價錢私訊"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    ("大笨象 公仔 30cm", "大笨象毛公仔，全新"),
    ("帶小朋友去動物園睇大笨象", "大笨象好大隻，條鼻好長，啲牙好白"),
    ("大笨象牙刷 兒童", "大笨象造型兒童牙刷 軟毛 三支"),
    ("大象 公仔 一隻", "呢隻公仔話係大象嘅造型，其實似豬多啲"),
    ("繪本 大象的故事", "這本繪本說是大象的故事，其實講友情"),
    ("大牙痛 睇牙醫", "大牙痛咗三日，有冇推介牙醫"),
    ("原支 紅酒 清", "原支紅酒 12支 法國"),
    ("咖喱金錢肚飯", "茶餐廳 咖喱金錢肚飯 外賣"),
    ("牛金錢肚 火鍋", "新鮮牛金錢肚 一斤 打邊爐"),
    ("花膠 5頭 廣肚", "花膠5頭廣肚，煲湯一流"),
    ("漁護署 古董象牙豁免牌照 申請須知", "漁護署提醒：古董象牙豁免牌照只適用於1925年前製造的象牙，2021年起商業買賣象牙違法"),
    ("素翅 素食 魚翅 粉絲", "素翅 500g，粉絲造，餐廳用，唔係真魚翅。"),
    ("素排翅 齋菜", "素排翅 素食齋菜 蒟蒻造"),
    ("仿翅 湯 即食", "仿翅湯 即食 粉絲造"),
    ("螃蟹 甲羅 燒", "北海道 蟹甲羅燒 急凍 兩個"),
    ("玳瑁色 眼鏡 板材", "玳瑁色板材眼鏡框，非真玳瑁"),
    # the owner's law question (hk1-0176, then new wording)
    ("【Dcard】男友送我玳瑁耳環 是不是違法", "男友從國外買了玳瑁耳環送我，說是真的海龜殼，我查了好像是保育類，這樣我要怎麼辦？"),
    ("屋企有象牙筷子 犯唔犯法", "阿爺留低一對象牙筷子，放喺屋企犯唔犯法？"),
    ("玳瑁梳 屋企有 合唔合法", "屋企有把舊玳瑁梳，自己用合唔合法？"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_hk1_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", PASS)
def test_hk1_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "zh")


def test_hk1_exemption_licence_goes_to_review_not_illegal(clf):
    """A licence claimed beside antique ivory is for the reviewer to check: suspicious, not illegal."""
    a = clf.assess({"title": "象牙 鼻煙壺 古董", "description": "附漁護署古董象牙豁免牌照，需驗身份證", "lang": "zh"})
    assert a.label == "suspicious", a.explanation


# pre-convention ivory with its licence denied (hk1-0199, then new wording): an age claim is no paper beside
# 冇牌照, so not the paper-to-check review of legal_regime.py; with the licence it stays review (above)
UNLICENSED_AGE = [
    ("公約前 象牙 扇 冇牌", "公約前象牙摺扇，民國貨，冇漁護署牌照，不過真係好舊，收藏價。"),
    ("公約前 象牙 煙嘴", "公約前嘅象牙煙嘴，冇漁護署許可證，識貨 pm"),
    ("Pre-convention 象牙 印章", "公約前入口嘅象牙印章，冇許可證，有意直接 pm"),
]


@pytest.mark.parametrize("title,description", UNLICENSED_AGE)
def test_hk1_age_claim_with_licence_denied_is_no_paper(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "zh"})
    assert a.flagged, a.explanation
    assert "paper claimed" not in a.explanation, a.explanation


def test_hk1_age_claim_with_licence_stays_review(clf):
    a = clf.assess({"title": "公約前 象牙 觀音 有牌", "description": "公約前象牙觀音，有漁護署牌照，可睇", "lang": "zh"})
    assert a.label == "suspicious", a.explanation


@pytest.fixture(scope="module")
def hk1_set():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_hk1_set_floor(set_figures, hk1_set):
    """Flagging F1 on the whole set and false flags on its look-alikes stay near the figure reached."""
    fig = set_figures(hk1_set)
    assert len(hk1_set) == 200
    assert fig.f1 >= 0.96, fig
    assert len(fig.false_flags) <= 3, fig
