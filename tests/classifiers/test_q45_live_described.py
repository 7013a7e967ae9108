"""q45 (train_live1's 'Left for code': live animals of CITES-listed groups). Four kinds:
(a) an animal of a listed group described (one descriptor), offered (a price, deposit, sale or rehoming
    word) in a live-animal frame (age, feeding, cage, hand-fed, tame): review (described_live.py);
(b) a lost-pet notice for a listed animal with a reward is no sale (lost_notices.py);
(c) egg jargon (foam, styrofoam, 泡沫, hộp xốp) is no replica when the listing sells eggs of a listed bird
    or turtle (egg_jargon.py);
(d) papers shown only in private (证私聊看, papers shown in DM, giấy tờ ib xem) are no papers shown
    (paper_claims.PAPER_DENIALS, taxonomy.yaml).
Each kind: wordings that were wrong before (zh simplified and traditional, en, vi) and look-alikes that
must stay where they were. Also (a, named): a listed species' young with a deposit, whose only pet cue is a
cat-and-dog adoption word (litter trained, neutered), goes to review (priced_live._care_words_only)."""
import pytest

# (title, description, price)
DESCRIBED = [
    ("后山抓的两只 金黄头冠", "两只公的，活的，吃玉米，要的留言", "¥600/只"),
    ("河邊撿到嘅小傢伙", "長身短腿，會游泳吃魚，有人要嗎？", "$800"),
    ("Baby for rehoming, very rare", "Big round eyes, hand-fed, $300 deposit to hold", ""),
    ("Young river critter", "Long body and short legs, swims and eats fish, 10 weeks old", "$900"),
    ("Con non mới bắt trong vườn", "Mặt có khoang đen, ăn chuối, ai nuôi thì liên hệ", "700k"),
    ("Con non ôm cành", "Mắt to tròn, ban ngày ngủ, đút tay được", "1tr2"),
    ("出 小宝宝 眼睛超大", "晚上才动，手养亲人，定金500", ""),
    ("轉讓 大眼寶寶", "夜行性，食蟲，好親人", "$2000"),
]
DESCRIBED_STAY = [
    ("How to care for a hand-fed baby budgie", "Big round eyes, eats seed, keep the cage warm", ""),
    ("动物园新生小水獭", "长身短腿，会游泳爱吃鱼，游客可以在动物园看到", ""),
    ("Plush slow loris toy", "Big round eyes, soft, baby gift", "$15"),
    ("猫头鹰摆件 大眼睛", "树脂摆件，手工上色", "¥30"),
    ("Cockatiel baby hand-fed", "Big round eyes, eats seed, 8 weeks old", "$120"),
    ("仓鼠宝宝 出", "大眼睛 晚上才动 吃面包虫", "15元一只"),
    ("Bearded dragon baby", "Eats crickets, 8 weeks old, comes with cage", "$60"),
    ("Thỏ con", "mắt to tròn, 1 tháng tuổi, ăn cỏ", "150k"),
    ("Dachshund puppies", "Long body and short legs, 8 weeks old, $500 deposit", "$1500"),
    ("雪貂宝宝 出", "长身子短腿，很亲人，吃猫粮", "800"),
    ("Sugar glider joeys", "Big round eyes, nocturnal, hand tame, deposit to hold", "$200"),
    ("Cá koi con vảy đẹp", "Cá koi 3 tháng tuổi, vảy óng ánh, ăn cám", "200k"),
    ("Lan hoàng thảo vảy rồng con", "Cây con khỏe, ăn phân chậm tan", "150k"),
    ("Owl night light, big eyes", "Cute lamp for a kid's room, baby gift", "$20"),
    ("大眼睛美瞳 一副", "日抛款，宝宝也说好看，10片装", "¥39"),
]
LOST = [
    ("寻鹦鹉 金刚鹦鹉走失", "蓝黄金刚鹦鹉昨天飞走了，有脚环和证书，看到的请联系，必有重谢", ""),
    ("尋鳥 灰鸚鵡飛走了", "我家非洲灰鸚鵡今日飛走，有證書，撿到請聯繫，必有重謝", "重謝"),
    ("LOST African grey parrot", "Our African grey flew off from the balcony on Sunday. Ringed and microchipped "
                                 "with CITES papers. Reward for her safe return.", ""),
    ("Tìm vẹt xám bay mất", "Vẹt xám Châu Phi nhà mình bay mất sáng nay, có giấy CITES, ai thấy báo giúp, hậu tạ", ""),
    ("Missing radiated tortoise", "Our radiated tortoise escaped from the garden. If found please call, reward.", ""),
]
LOST_STAY_FLAGGED = [
    ("捡到一只灰鹦鹉", "阳台上捡到的，有人要吗，2000出", "2000"),
    ("Lost my job, rehoming my African grey", "Talking bird, rehoming fee, reward yourself", "$800"),
    ("灰鹦鹉走失又找回来了", "现在不想养了，转让，必有重谢的那种好鸟", "3000"),
    ("Vẹt xám bay mất rồi bắt lại được", "Giờ bán lại, ai thấy thích thì liên hệ", "15tr"),
]
EGGS = [
    ("Fertile scarlet macaw eggs", "Packed in styrofoam, candling shows veins, ready to hatch", "$900/egg"),
    ("Hyacinth macaw eggs", "Fresh fertile eggs shipped in a foam box", "$1500"),
    ("金刚鹦鹉受精蛋", "泡沫箱发货，照蛋有血丝", "¥3000/枚"),
    ("Trứng vẹt Macaw có phôi", "Đóng hộp xốp, soi trứng thấy mạch máu", "5tr/quả"),
]
EGGS_STAY = [
    ("Foam macaw egg toy", "Styrofoam eggs painted as macaw eggs for Easter crafts", "$5"),
    ("Chicken hatching eggs", "Fertile, candled, shipped in foam", "$30/dozen"),
    ("泡沫蛋 鹦鹉玩具", "泡沫做的仿真鹦鹉蛋，儿童手工", "¥10"),
]
PAPERS = [
    ("猫头鹰 人工繁殖 有证 手养", "有繁育证，证私聊看，亲人会站手", "¥3500"),
    ("貓頭鷹 人工繁殖 有證", "有繁育證，證書私聊看，手養親人", "¥4000"),
    ("Captive bred barn owl, permit", "Hand tame, has a breeding permit, papers shown in DM", "$900"),
    ("Amazon parrot, CB with licence", "Licensed breeder, permit number on request, hand-fed baby", "$1200"),
    ("Cú mèo nuôi nhốt, có giấy chứng nhận", "Có giấy chứng nhận trại, giấy tờ ib xem, thuần tay", "2tr"),
]
PAPERS_STAY = [
    ("Captive bred barn owl with papers", "CB 2024 with Article 10 certificate, permit number 23GB12345 in the photos",
     "$900"),
]

# (a, named) a listed species' young with a deposit: the cat-and-dog adoption words (litter trained,
# neutered) are no legal pet (priced_live._care_words_only)
CARE_WORDS = [
    ("Fennec fox kits available", "Litter-trained, neutered before pickup, deposit required", "$3000"),
    ("Fennec fox babies", "Cream fur, huge ears, spayed girls, $400 deposit holds one", ""),
]
CARE_WORDS_STAY = [
    ("Tiger needs a home", "ginger tom, neutered, litter trained, adoption fee applies", ""),
    ("Tiger the kitten, litter trained", "10 weeks, deposit to hold, tabby", "$50"),
    ("Fennec fox, neutered, litter trained", "Adult male, CITES captive-bred certificate, rehoming", "$1500"),
]


def _assess(clf, title, description, price):
    return clf.assess({"title": title, "description": description, "price": price})


@pytest.mark.parametrize("title,description,price", DESCRIBED + EGGS + PAPERS + LOST_STAY_FLAGGED + CARE_WORDS)
def test_flags(clf, title, description, price):
    a = _assess(clf, title, description, price)
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description,price", DESCRIBED_STAY + LOST + EGGS_STAY + PAPERS_STAY + CARE_WORDS_STAY)
def test_look_alikes_stay_out(clf, title, description, price):
    a = _assess(clf, title, description, price)
    assert not a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description,price", EGGS)
def test_egg_packing_is_no_replica(clf, title, description, price):
    a = _assess(clf, title, description, price)
    assert not any(m.kind == "benign_context" and m.cue == "replica" and not m.negated for m in a.matches), a.explanation
