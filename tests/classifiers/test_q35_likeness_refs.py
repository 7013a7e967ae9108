"""An animal or material named only as a comparison (q35, issue 12).

A legal pet named as a size or likeness reference ("rabbit-sized", "as big as a hamster", "cỡ con
hamster", "跟兔子差不多大") describes the animal sold; it is no pet offered and must not clear the
listing (likeness.mark_sizes). A denial quoted as the seller's own claim ('không phải ngà' on an
agarwood bracelet) denies, as the same words unquoted do; it is no material under a cover name
(quoted_materials._is_denial, _matchfast._unquoted). Guards: real pet sales with a size comparison, toys and
cages sized after a pet, legal materials compared with ivory honestly, and a quoted denial with a wink.
"""
import pytest

FLAG = [
    ("small grey rabbit-sized critter, huge eyes", "Hops from branch to branch at night, cries like a baby, eats crickets. Just imported, no papers."),
    ("furry climber as big as a hamster, huge round eyes", "Night animal, grips branches with tiny hands, eats insects, caught in the wild."),
    ("Bé con cỡ con hamster, mắt to tròn", "Hàng rừng mới bẫy về, đêm mới thức, ăn côn trùng, ship kín."),
    ("小家伙跟兔子差不多大，耳朵很大", "晚上活动，会跳，吃面包虫，野外抓的，私聊。"),
    ("比仓鼠大一点的小家伙", "眼睛特别大，晚上才动，吃虫子，私聊。"),
]

PASS = [
    ("Holland Lop rabbit, 10 weeks", "Home bred bunny, about the size of a guinea pig now, big eyes, litter trained."),
    ("Rabbit-sized plush toy, grey", "Super soft stuffed animal with big eyes, 40cm, gift for kids."),
    ("Hamster-sized wooden hideout", "Natural wood hut for small pets, chew safe."),
    ("Mèo con Anh lông ngắn, to cỡ con thỏ", "Mèo nhà đẻ, đã tiêm phòng, ăn hạt, mắt to tròn."),
    ("Carved ox bone pendant, looks like ivory", "Honest listing: cow bone polished to an ivory-like shine, not ivory."),
    ("牛骨手串 象牙般的光泽", "天然牛骨打磨，有象牙般的质感，非象牙。"),
    ("Mặt dây xương trâu giống ngà", "Xương trâu mài bóng, màu trắng ngà, giá rẻ."),
    ("Vòng trầm hương 'không phải ngà'", "Hạt trầm tự nhiên 10 ly, thơm lâu, hàng Khánh Hòa."),
    ("Bone bead bracelet 'not ivory'", "Carved from cow bone, 8mm beads."),
    ("Chuỗi hạt gỗ trắc \"không phải ngà\"", "Gỗ trắc thật, thơm nhẹ, hạt 8 ly."),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_a_pet_as_a_size_reference_does_not_clear(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", PASS)
def test_real_pets_toys_and_honest_comparisons_stay_out(expect, title, description):
    expect.not_flagged(title, description)


def test_the_size_reference_is_marked_remote_and_a_plain_pet_is_not(clf):
    a = clf.assess({"title": "Dwarf rabbit, about the size of a guinea pig",
                    "description": "big eyes, eats hay, litter trained"})
    pets = {m.term.lower(): m.remote for m in a.matches if m.cue == "pet"}
    assert pets.get("rabbit") is False and pets.get("guinea pig") is True, pets


def test_a_quoted_denial_with_a_wink_still_flags(expect):
    expect.flagged("Vòng 'không phải ngà' đâu nha", "Ai hiểu thì hiểu, hàng cũ, inbox giá.")
