"""vi16 kinds (classifiers/fake_comparisons.py): what the fake is made of, and the real thing a shop does not carry.

- A seller of the real thing teaches the buyer the test against a fake ('móng thật có lõi, móng giả bằng nhựa thì
  đặc'): the replica material is the counterfeit's, not the piece's; it must not clear the product (train_vi16 0058,
  a tiger claw, fell to 0.50 on it).
- A replica seller says the shop does not carry the real product ('ai cần đồi mồi thật thì shop không có'): the
  product word is refused, not offered (train_vi16 0036, a plastic comb, was flagged illegal on it).
The listings here are new wording of each kind; the stay-outs are the covers and replica sellers around them."""
import pytest

from classifiers import scope_marks

# a real/fake comparison in the seller's own test: flagged, and the fake's material is no declared replica
COMPARISONS = [
    ("Móng cọp bọc vàng 18k", "Móng thật bên trong có lõi, móng giả làm bằng nhựa thì đặc. 7tr5, ib"),
    ("Chuỗi hạt ngà 108 hạt", "Ngà thật hơ lửa không chảy, ngà giả toàn bằng nhựa hơ là chảy ngay. 3tr"),
    ("Vòng đồi mồi bản 1 phân", "đồi mồi thật soi đèn thấy vân trong, đồi mồi giả bằng nhựa thì đục. 2tr"),
    ("Nanh cọp rừng bịt bạc", "nanh thật có ống tủy, nanh giả thường đúc từ nhựa resin nên nặng đều. 15tr"),
]

# a replica seller: the comparison is the copy's own ('giống ngà thật'), or the title declares the copy
REPLICA_SELLERS = [
    ("Nanh hổ giả bằng nhựa", "đạo cụ múa lân, nanh giả bằng nhựa dẻo, nanh thật thì không ai bán đâu"),
    ("Vòng tay trắng sữa", "Vòng ngà giả đẹp, nhìn giống ngà thật lắm, nhựa cao cấp. 120k"),
    ("Kẹp tóc vân đồi mồi", "đồi mồi giả bằng nhựa acetate, không phải đồi mồi thật, 35k"),
]

# the real product not carried by a replica or bone shop: stays out
NOT_CARRIED = [
    ("Vòng tay nhựa vân đồi mồi", "nhựa cứng, đeo nhẹ tay. Ai cần vòng đồi mồi thật thì shop không có nhé."),
    ("Nhẫn nhựa đen bóng", "nhựa cao cấp, ai tìm nhẫn sừng tê thật thì shop không có đâu ạ, 40k"),
    ("Vòng tay resin trắng sữa", "Hàng resin đúc. Khách muốn ngà voi thật thì bên em không bán ạ. 89k"),
    ("Nhẫn xương bò khắc tên", "khắc tên theo yêu cầu. Bạn nào tìm nanh hổ thật thì tiệm không làm nhé."),
    ("Kẹp tóc càng cua vân đồi mồi", "Nhựa acetate. Chị nào cần đồi mồi xịn thì shop ko có đâu ạ"),
]

# the refusal as a cover (not in stock, not sold openly, DM) or under a title naming the product: flagged
COVERS = [
    ("Vòng tay resin trắng sữa", "Ai cần ngà thật thì shop không có sẵn, đặt trước 1 tuần"),
    ("Vòng nhựa trang trí", "ai cần ngà voi thật thì shop không bán, ib riêng nhé"),
    # the refusal is read as a cover, the learned score is 0.59 after the final retrain
    pytest.param("Vòng nhựa trang trí", "Ai cần sừng tê thật thì shop không bán công khai, hiểu thì nhắn",
                 marks=pytest.mark.xfail(strict=True, reason="0.59 after the " + "session-15 final retrain (18,061 listings): the rule reads the kind, the learned score stays under 0.6")),
    ("Vòng ngà voi Phi bản 8 ly", "hàng thật. Ai cần ngà giả bằng nhựa thì shop không có. 3tr"),
]


@pytest.mark.parametrize("title,description", COMPARISONS)
def test_the_fakes_material_does_not_clear_the_real_piece(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, a.explanation
    assert not [m for m in a.matches if m.kind == "benign_context" and m.cue == "replica" and not m.remote], \
        a.explanation


@pytest.mark.parametrize("title,description", REPLICA_SELLERS)
def test_a_replica_sellers_comparison_stays_the_copy(expect, title, description):
    expect.not_flagged(title, description, "vi")


@pytest.mark.parametrize("title,description", NOT_CARRIED)
def test_the_real_thing_not_carried_stays_out(expect, title, description):
    expect.not_flagged(title, description, "vi")


@pytest.mark.parametrize("title,description", COVERS)
def test_a_refusal_that_covers_a_sale_still_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "vi")


@pytest.mark.parametrize("title,description", COMPARISONS[:2] + NOT_CARRIED[:1] + COVERS[:2])
def test_scope_gate_skips_nothing_it_would_change(both_ways, title, description):
    """hook_gates: the scope marks gated by their look-alike cues give what calling them everywhere gives."""
    gated, ungated = both_ways({"title": title, "description": description}, scope_marks._GATE)
    assert gated == ungated
