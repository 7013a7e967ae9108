"""A legal material counts for the piece it is declared of (q19, issue 12; from train_en11 0075,
train_zh9 0150 and train_vi9 0215 in the "Left for code" lists): a generic part word (bone, xương) that
restates a named product's part is that product's, no other material; a material declared of the piece
in a clause of its own (，牛骨的，; made of bone; chất xương) belongs to the piece's list item whatever
the commas make of the line. Guards: tells of the real thing beside the declared bone, another item's
material, a material bound to a noun of its own, a bone product inside the declaring phrase."""
import pytest

# the product's own part word read as a legal material cancelled it
RESTATED = [
    ("Tiger the bone glue for joint", "Tiger bone boiled 100 days, wind damp and knee pain. 250g block, $220, ship worldwide."),
]

# a material declared of the piece, in a clause of its own, in a list written one item a line
DECLARED = [
    ("闲置清仓 价格见下", "1 佳能打印机 300\n2 实木茶几 500\n3 姥爷收藏的牙雕小笔筒，雕工细，牛骨的，有骨眼，不是别的 450\n"
     "4 儿童自行车 150\n5 电风扇 60\n上海闵行自提，可小刀。"),
    ("出闲置 都是好货", "1 索尼耳机 600\n2 茶盘 200\n3 家里老人留的牙雕摆件，骆驼骨的，能看到骨眼，别问了，就是骆驼骨 800\n"
     "4 沙发 400\n5 办公椅 150\n全部自提，能刀。"),
    ("Dọn nhà thanh lý", "1. Tủ lạnh cũ 2tr\n2. Netsuke nhỏ hình con chuột, chạm tay, chất xương, có lỗ li ti, 400k\n"
     "3. Xe đạp 800k\n4. Quạt 200k\n5. Bàn học 500k\nLấy tại nhà."),
    ("Netsuke cũ chất xương", "Ba món netsuke chất xương, có lỗ nhỏ li ti."),
]

STAY_FLAGGED = [
    # bone declared, with the tells of ivory
    ("Netsuke, carved, old", "Made of bone, fine crosshatch lines on the base, heavy for its size, DM for price."),
    # the bone comb is another item of the list
    ("出 老牙雕 摆件", "1 老牙雕观音，老料 有交叉纹 2000\n2 牛骨梳子 30\n3 铜香炉 100\n4 旧瓷瓶 80\n私聊"),
    # 'chất xương' declared of tiger bone
    ("Cao chất xương hổ thật", "Nấu từ xương hổ, chất xương thật, zalo 09xx."),
    ("Netsuke cổ chất xương hổ", "hàng hiếm, ib"),
]

STAY_BENIGN = [
    ("Bone carving of a tiger, cow bone", "Hand carved cow bone tiger figure, bone pores visible, 8cm."),
    # 'bằng bột đá' is the statue's material, another item than the ivory-glazed tea set
    ("Thanh lý đồ nhà", "Bán gấp: bàn ghế gỗ, bộ ấm men ngà, đôi lục bình, tượng Phật bằng bột đá trắng, đồng hồ. Liên hệ xem."),
    ("Estate clear-out, everything must go", "1. Dining table $150\n2. Netsuke, small frog, carved, made of bone, you can "
     "see the pores, honest piece, $35\n3. Mirror $20\n4. Books, box $10\n5. Vacuum $40\nCash on pickup."),
]


@pytest.mark.parametrize("title,description", RESTATED)
def test_restated_part_word_is_no_cover(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, a.explanation
    assert not any(m.kind == "benign_context" and m.cue == "legal_material" for m in a.matches)


@pytest.mark.parametrize("title,description", DECLARED)
def test_material_declared_of_the_piece_clears_it(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, a.explanation
    declared = [m for m in a.matches if m.kind == "benign_context" and m.cue == "legal_material"]
    assert declared and not all(m.remote for m in declared)


@pytest.mark.parametrize("title,description", STAY_FLAGGED)
def test_covers_and_other_items_stay_flagged(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, a.explanation


@pytest.mark.parametrize("title,description", STAY_BENIGN)
def test_honest_pieces_stay_benign(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, a.explanation


def test_material_bound_to_its_own_noun_is_another_item():
    from classifiers.declared_materials import declared_of_item
    from classifiers.matcher import RawMatch

    t = "bộ ấm men ngà, đôi lục bình, tượng phật bằng bột đá trắng, đồng hồ, quạt"
    p = RawMatch(term="ngà", canonical="ngà", category="ivory", kind="code_word", field="description", start=0, end=0,
                 weight=0.4, n_start=t.index("ngà"), n_end=t.index("ngà") + 3)
    b = RawMatch(term="bột đá", canonical="bột đá", category="none", kind="benign_context", field="description",
                 start=0, end=0, weight=0.6, n_start=t.index("bột đá"), n_end=t.index("bột đá") + 6)
    assert not declared_of_item(b, t, [p])
    t2 = "牙雕笔筒,牛骨的,有骨眼,不是别的,就是牛骨"
    p2 = RawMatch(term="牙雕", canonical="牙雕", category="ivory", kind="product_form", field="description", start=0,
                  end=0, weight=0.5, n_start=0, n_end=2)
    b2 = RawMatch(term="牛骨", canonical="牛骨", category="none", kind="benign_context", field="description", start=0,
                  end=0, weight=0.45, n_start=5, n_end=7)
    assert declared_of_item(b2, t2, [p2])
