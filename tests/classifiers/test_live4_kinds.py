"""Kinds of misses found on tests/data/train_live4.jsonl (live animals described or named by a folk name,
scored held out before the live4 lexicon entries): the slow loris as the 'slow monkey' (慢猴) and by the
venom gland on its arm in English, the live pangolin under the short TCM name (活山甲, 小山甲), the
hornbill's casque said with 嘴巴上面, the Chinese crocodile lizard by its crocodile tail, the colugo by its
Vietnamese name (chồn bay), 'little crocodiles' with a count or live word, an unnamed 'land turtle', and a
finder's 'who wants it' / 'from the forest'. The first wording of each kind is in the spirit of the set's
miss (live4-0004, 0007, 0011, 0019, 0035, 0099, 0164, 0171), the rest are new. Guards: plush, figurines,
picture books, cartoon crocodiles, sugar gliders, forest honey and mushrooms, a free sofa."""
import pytest

# (title, description, lang): must be flagged (illegal or suspicious)
FLAG = [
    # the slow loris as the 'slow monkey' (live4-0004)
    ("转一只慢猴子", "慢猴子一只，亲人，吃果泥和虫子，同城自提。", "zh"),
    ("求 小慢猴", "想要一只小慢猴，有渠道的私我，价格好说。", "zh"),
    ("慢猴宝宝 三个月", "慢猴宝宝三个月，抱手指睡觉，定金留。", "zh"),
    # the live pangolin under 山甲 (live4-0007)
    ("活山甲 两只", "活山甲两只，三斤多，饭店要的来，晚上送。", "zh"),
    ("收 山甲活体", "长期收山甲活体，量大价高，私聊。", "zh"),
    ("山甲宝宝一只", "山甲宝宝一只，会卷起来，给点辛苦费。", "zh"),
    # the hornbill's casque with 嘴巴 (live4-0011)
    ("出 大鸟一只 嘴巴上顶着盔", "大鸟一只，嘴巴上顶着个大盔，叫声很响，笼养两年。", "zh"),
    ("转让 怪鸟", "黑白大鸟，嘴巴上面有个盔，会叫，东南亚来的，面议。", "zh"),
    ("收 带盔的大鸟", "收一只嘴上带盔的大鸟，活的，价格好说。", "zh"),
    # the Chinese crocodile lizard described (live4-0019)
    ("溪边捉的小蜥蜴", "溪边捉的小蜥蜴，尾巴有两排鳞，爱泡水，出给懂的人。¥600", "zh"),
    ("Lizard with a double-ridged tail, wild", "Wild caught little lizard, double-ridged tail, loves water, $500 cash.", "en"),
    # crocodilians with a count or live word (live4-0035)
    ("小鳄鱼一条 50公分", "小鳄鱼一条，吃泥鳅，没有证，转给有经验的。", "zh"),
    ("活体小鳄鱼 转让", "活体小鳄鱼，30公分，搬家养不了。", "zh"),
    # the colugo by name (live4-0099)
    ("Chồn bay con bắt rừng", "Chồn bay con mới bắt, ăn lá, ai nuôi ib.", "vi"),
    ("Cầy bay mắt to", "Cầy bay mắt to, đêm mới hoạt động, pass 800k.", "vi"),
    # the loris's venom gland in English (live4-0164)
    ("Tiny primate, rehoming", "Big eyes, very slow, has a venom gland on its arm so be careful. Rehoming fee $800.", "en"),
    ("Night critter with a poison gland", "Cute night critter, huge eyes, poison gland on its arm, hand fed. Cash only.", "en"),
    # an unnamed land turtle, a finder's offer (live4-0171)
    ("Land tortoise, wild caught", "Wild caught land tortoise, domed yellow shell, eats greens. $80.", "en"),
    ("forest turtle for sale", "Forest turtle found on a hike, hinged shell. $60", "en"),
    ("Owl chick, who wants it?", "Fluffy owl chick, fell out of a tree. Who wants it? $50", "en"),
]

# (title, description, lang): must stay out
PASS = [
    ("慢猴 毛绒公仔 30cm", "慢猴毛绒玩具，大眼睛抱树枝，送小朋友。", "zh"),
    ("《小慢猴》儿童绘本", "小慢猴的森林冒险，3-6岁绘本。", "zh"),
    ("小山甲 毛绒玩偶", "穿山甲造型毛绒玩偶，小山甲公仔，可卷成球。", "zh"),
    ("卡通鸟 玩偶", "卡通鸟公仔，嘴巴上面顶个黄色的盔，毛绒玩具。", "zh"),
    ("儿童自行车头盔 小鸟款", "带盔的小鸟图案，儿童骑行头盔，可调节。", "zh"),
    ("小鳄鱼 儿童泳衣 两条装", "卡通小鳄鱼图案泳衣，两条装。", "zh"),
    ("Mô hình chồn bay bằng gỗ", "Mô hình gỗ chồn bay, trang trí bàn.", "vi"),
    ("Sóc bay Úc sinh sản", "Sóc bay Úc sinh sản tại nhà, quen tay, có túi ngủ.", "vi"),
    ("Land turtle figurine, cast iron", "Cast iron land turtle doorstop, 8in.", "en"),
    ("Wild honey from the forest 500g", "Raw honey from the forest, unfiltered.", "en"),
    ("Free sofa, who wants it?", "Grey sofa, pet free home. Who wants it? Pick up only.", "en"),
    ("Hamster pair, anyone want it?", "Two hamsters with cage, anyone want it? $10", "en"),
    ("Snake venom glands - anatomy poster", "Poster of venom glands in vipers, A2 print.", "en"),
]


@pytest.mark.parametrize("title,description,lang", FLAG)
def test_live4_listing_reaches_a_reviewer(expect, title, description, lang):
    expect.flagged(title, description, lang)


@pytest.mark.parametrize("title,description,lang", PASS)
def test_live4_lookalike_stays_out(expect, title, description, lang):
    expect.not_flagged(title, description, lang)
