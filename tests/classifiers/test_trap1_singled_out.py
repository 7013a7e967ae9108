"""One piece of a replica lot singled out as the real one (classifiers/singled_out.py, train_trap1 0150),
in fresh wordings: the replica word is the rest of the lot (mostly plastic, five are resin, 其他都是树脂, còn
lại là nhựa) and a wink names a white piece as the real stuff. Stay-outs: replica lots with no wink, a
wink about a named legal piece that is not white, a white-elephant gift lot. Also the Vietnamese lion-bone
entry that keeps 'xương sư tử … thay thế cao hổ cốt' flagged beside the trap1 substitute look-alike."""
import pytest

from classifiers import scope_marks, singled_out

FLAG = [
    ("lot, white piece", "Box of figurines - mostly resin",
     "Twenty resin and plastic animals. One of them, the white elephant, is the real stuff - heavy, carved, old. Bid accordingly."),
    ("lot, white piece", "Resin Buddha collection x6", "Five are resin. The white one at the back is the real stuff, feel the weight. Pickup only."),
    ("lot, white piece", "Lot 8 carved figures", "The others are resin, the little white one is the real thing, you know what I mean. Cash."),
    ("lot, white piece, zh", "摆件一批 七个", "其他都是树脂的，白色那个是真的老料，懂的来，打包出。"),
    ("lot, white piece, vi", "Lô tượng trang trí 6 con", "Còn lại là nhựa, con màu trắng là hàng thật, ai hiểu thì hiểu, ib."),
    ("lion bone glue as tiger's stand-in", "Cao xương sư tử", "Nấu từ xương sư tử châu Phi, thay thế cao hổ cốt, công dụng y hệt, ib."),
    ("lion bone glue as tiger's stand-in", "Lion bone glue - instead of tiger", "Cao xương sư tử thay cao hổ cốt, 100g/bánh, hàng nhập, ib zalo."),
]

PASS = [
    ("replica lot, no wink", "Lot of 12 Schleich animals", "Mostly plastic, a few rubber ones. The elephant is missing a tusk. Smoke-free home."),
    ("gift game", "White elephant gift lot", "Mostly plastic gag gifts, all new. The real stuff for a white elephant party!"),
    ("real piece named, not white", "Nativity set, resin", "Mostly resin, the baby Jesus is the real wood carving. Lovely set."),
    ("real piece named, not white", "Lot of dinosaur toys", "Mostly plastic. The T-rex is the real deal - genuine Jurassic Park 1993 Kenner!"),
    ("real piece named, not white", "Costume jewellery lot",
     "Mostly plastic beads and glass. The pearl necklace is the real thing - cultured pearls with a clasp stamp 925."),
    ("herbal substitute", "Cao xoa bóp thay thế cao hổ cốt", "Gia truyền, 100% thảo dược, hộp 50g."),
]


@pytest.mark.parametrize("kind,title,description", FLAG)
def test_singled_out_piece_is_flagged(expect, kind, title, description):
    expect.flagged(title, description, note=kind)


@pytest.mark.parametrize("kind,title,description", PASS)
def test_lot_look_alike_stays_out(expect, kind, title, description):
    expect.not_flagged(title, description, note=kind)


def test_mark_is_gated_on_a_replica():
    """The mark declares its replica look-alike, so listings without one never call it."""
    assert singled_out.mark in scope_marks.MARKS
    assert ("benign_context", "replica") in singled_out.mark.needs.hits


def test_scope_gate_skips_nothing_it_would_change(both_ways):
    """Gated and with every scope mark called, the lots above are assessed alike."""
    for _, title, description in FLAG + PASS:
        gated, ungated = both_ways({"title": title, "description": description}, scope_marks._GATE)
        assert gated == ungated
