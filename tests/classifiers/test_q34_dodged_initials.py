"""q34 (issue 12, kind: initials written to dodge filters). Sellers break a product's initials up
(S.T.G., S T G, ＳＴＧ, Ｎ.Ｖ), bracket them ([STG]) or put a piece word between them and the amount
(STG nguyên chiếc 1.8kg, S.T.G. tips 2 pieces) or the amount first (1 cặp NV, 2 khúc stg).
listed_initials.counted takes these; letters written apart and counted need no other trade cue.
Stay out: P.S. postscripts, U.S., S.T.P. oil treatment, company forms (P.S. Ltd, Philips N.V.),
sizes, SĐT, NV as nhân viên, a sentence ending on the letters before a count of people."""
import pytest

FLAG = [
    ("rhino_horn", "S.T.G. tips, 2 pieces", "S.T.G. tips 2 pieces about 300g all up, buyer collects in Hai Phong."),
    ("rhino_horn", "Có STG nguyên chiếc", "STG nguyên chiếc 2.1kg, hàng về tuần này, ib giá."),
    ("rhino_horn", "Ｓ.Ｔ.Ｇ nguyên khúc", "Ｓ.Ｔ.Ｇ nguyên khúc 1,4kg hàng châu phi, giao tận tay."),
    ("rhino_horn", "S T G nguyên chóp 600g", "S T G nguyên chóp 600g, ai cần inbox."),
    ("rhino_horn", "[STG] 3 khúc 450g", "[STG] 3 khúc 450g, alo zalo trong nhóm."),
    ("rhino_horn", "Còn 2 khúc stg", "còn 2 khúc stg hàng chuẩn, ib giá."),
    ("ivory", "Cần bán 1 cặp NV dài 70cm", "1 cặp NV dài 70cm, nặng, ai lấy ib zalo."),
    ("ivory", "Ｎ.Ｖ 1 đôi", "Ｎ.Ｖ 1 đôi 5kg, khách quen mới bán."),
]
STAY_OUT = [
    ("Sofa for sale", "Good sofa, pick up only. P.S. 2 pieces of the cushion covers are torn, price firm."),
    ("U.S. import cookware", "U.S. 2 pieces pan set, 900g, price 300k."),
    ("S.T.P. oil treatment", "S.T.P. oil treatment 2 bottles 500ml, giá 120k."),
    ("Samples from P.S. Ltd", "P.S. Ltd 2 pcs samples, giá tốt, ib."),
    ("Bóng đèn Philips", "Philips N.V. 2 pcs bóng đèn, giá 50k, ib."),
    ("Áo thun size XL", "Áo size XL 2 chiếc 300g, giá 150k, ib."),
    ("SĐT liên hệ", "SĐT 0909 123 456, giao 2 cặp gối, giá 90k."),
    ("Tuyển nhân viên", "Cần tuyển 2 NV bán hàng, lương 8tr, ib zalo."),
    ("Lịch xem nhà", "Hôm nay gặp nv. 2 cặp vợ chồng đến xem nhà, giá thuê ib."),
    ("STG router 5g", "STG 5g router 2 pcs, giá ib."),
]


@pytest.mark.parametrize("category,title,description", FLAG)
def test_dodged_initials_flag(clf, category, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged and category in a.categories, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_lookalike_letters_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)
