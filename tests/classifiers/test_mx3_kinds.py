"""Kinds from train_mx3 (issue 12: cross-market listings written blind: Chinese buyers and SE Asian /
African sellers writing to each other, machine-translated trade names, code-switched text), in fresh
wordings written here (not the set's listings):
- machine-translated names: 鹤顶红 rendered word for word (crane top red / crane crown red), and the maw
  words a translation app writes for 花胶/鱼鳔/公肚 (flower glue, flower gum, fish bubble, male belly)
  beside a Mexican origin (maw_origin.py), and a maw's food cue beside the lexicon's Mexican-origin code word;
- the police named as the seller's reason for dealing privately (police_excuse.py): a secrecy cue, not
  the seizure-news context the police word otherwise is;
- look-alikes: a bar's cocktail called 鹤顶红, a Vietnamese colouring book listing animals, horn powder of
  a legal animal (bột sừng trâu / bò / dê).
Beside each, what must stay as it is: the real product next to the same words, police news, a maw that is
farmed or from elsewhere, a 鹤顶红 'cocktail ring'."""
import pytest

from classifiers.lexicon import Entry
from classifiers.police_excuse import seller_police

# (kind, title, description): must NOT be flagged
PASS = [
    ("cocktail", "酒吧新品 特调「鹤顶红」", "今晚酒吧推出一款特调叫鹤顶红，金巴利加石榴糖浆，红色渐变，第二杯半价。"),
    ("cocktail", "求鹤顶红鸡尾酒配方", "上次喝过一杯鸡尾酒叫鹤顶红，想自己在家做，有没有调酒师给个酒谱？"),
    ("colouring book", "Tranh tô màu con vật cho bé 3 tuổi", "Bộ 30 tranh tô màu: con hổ, con voi, tê giác, gấu, tê tê. Giấy dày."),
    ("colouring book", "Thẻ flashcard động vật hoang dã", "Thẻ học thông minh cho bé: voi, hổ, tê giác, tê tê, 50 thẻ song ngữ."),
    ("legal horn powder", "Bột sừng bò nguyên chất 200g", "Bột sừng bò xay mịn, dùng làm phân bón lan, có hóa đơn."),
    ("legal horn powder", "Bột sừng dê hạ sốt dân gian", "Bột sừng dê nhà nuôi, 100g, đóng túi zip."),
    ("maw, farmed", "Flower glue from Mexico, farmed croaker", "Flower glue from Mexico, farmed croaker, 4 pcs, cheap."),
    ("maw, elsewhere", "Flower glue big size, Brazil", "Have flower glue from Brazil, male belly 5 liang, good for soup."),
    ("maw food, Mexican cuisine", "Fish maw soup, Mexican style", "Flower glue soup, Mexican style with chili, from our kitchen. Order by 5pm."),
    ("police news", "Police seized pangolin scales at the border",
     "Police checking strict at the border seized 200kg of scales; report sellers, inbox our page with tips."),
]

# (kind, title, description): must be flagged
FLAG = [
    ("crane top red", "Crane crown red pendant, solid, natural color", "Real crane crown red from Borneo forest bird, boss China welcome."),
    ("crane top red", "Sell crane-top red material 3 pieces", "Crane-top red material, full red skin, Indonesia, price per gram."),
    ("maw, literal", "Male belly big size 7 liang", "Male belly big size 7 liang from Mexico, wild one, expensive fish, inbox me."),
    ("maw, literal", "Flower gum Mexico sea, old stock", "Flower gum big one from Mexico sea, 2 pieces, for collection."),
    ("maw, police excuse", "Fish bubble, big, 1 jin",
     "Fish bubble big 1 jin from Mexico. Now police checking very strict so only private deal on WeChat."),
    ("maw food beside a code word", "Dried fish maw, Mexico sea, thick", "Fish maw 5 liang from the Mexico sea, very thick, old stock. WeChat only."),
    ("cocktail ring", "鹤顶红 鸡尾酒戒指 满红", "鹤顶红戒面 鸡尾酒戒指款，满红无裂，实物拍摄，私聊。"),
    ("rhino powder", "Bột sừng tê nguyên chất", "Bột sừng tê giác mài sẵn 5g, hạ sốt, ib."),
]


@pytest.mark.parametrize("kind,title,description", PASS)
def test_look_alike_stays_out(expect, kind, title, description):
    expect.not_flagged(title, description, note=kind)


@pytest.mark.parametrize("kind,title,description", FLAG)
def test_offer_is_flagged(expect, kind, title, description):
    expect.flagged(title, description, note=kind)


class _Hit:
    def __init__(self, t, word):
        self.n_start = t.index(word)
        self.n_end = self.n_start + len(word)
        self.kind, self.cue, self.term = "benign_context", "conservation", word


@pytest.mark.parametrize("t,word,secrecy", [
    ("old tiger tooth. police check strict now so pm only", "police", True),
    ("dạo này công an gắt nên ib riêng nhé", "công an", True),
    ("最近公安查得严，私聊", "公安", True),
    ("police arrested a seller; report, inbox us", "police", False),  # news and a call to report
    ("the police are checking the border", "police", False),  # no private dealing
    ("公安查获象牙，私信举报", "公安", False),
])
def test_police_excuse(t, word, secrecy):
    h = _Hit(t, word)
    seller_police([h], t)
    assert (h.cue == "secrecy") is secrecy
