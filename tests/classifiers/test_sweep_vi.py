"""Hand-written Vietnamese listings (not from the dev set or the demo data): trade vocabulary,
authenticity tests, rehoming/found-it live sales, and the everyday words that share a wildlife
word (peaberry coffee 'culi', thyme 'xạ hương', amber 'hổ phách', age spots 'đồi mồi')."""
import pytest


SHOULD_FLAG = [
 "Vòng tay ngà voi thật, vân ô trám rõ, bao test",
 "Bát mài sừng tê, có sẵn khúc sừng tê nguyên, ib giá",
 "Cần bán vảy trút khô 1kg, giao kín",
 "Cao hổ nguyên chất, hàng rừng, ai cần ib",
 "Chuỗi hạt ngà cũ, ngả vàng lên nước đẹp",
 "Túi mật gấu rừng nguyên túi",
 "Ngà đỏ hồng hoàng chạm khắc, hàng hiếm",
 "Tìm chủ mới cho bé voọc con, ai có tâm ib",
 "Cú mèo con nhặt được ngoài vườn, ai nuôi thì ib",
 "Rùa hộp trán vàng, không có giấy, ship kín",
 "Xương ông ba mươi, ngâm rượu tốt",
 "Khúc ngà voi nguyên khúc 3kg hàng châu phi",
 "Đồi mồi nguyên con tiêu bản đẹp",
 "Tê tê rừng còn sống, ai lấy ib",
]
SHOULD_PASS = [
 "Cà phê culi rang xay nguyên chất 500g",
 "Cỏ xạ hương khô gia vị 100g",
 "Vòng hổ phách baltic cho bé",
 "Kem trị nám đồi mồi tàn nhang",
 "Gọng kính đồi mồi thời trang",
 "Gấu bông teddy khổng lồ 1m2",
 "Mật ong rừng nguyên chất 1 lít",
 "Vẹt yến phụng một cặp kèm lồng",
 "Đá mắt hổ phong thủy vòng tay",
 "Dầu cù là con hổ chính hãng",
 "Rùa tai đỏ kèm bể",
 "Báo giá sơn nước màu ngà",
 "Tin tức: kiểm lâm tịch thu 2kg ngà voi",
 "Lược sừng trâu thủ công",
 # unmarked spellings that are everyday phrases (đổi mới, son dưỡng, khi vàng, hoang dã, chim cu)
 "doi moi san pham, bao hanh 12 thang",
 "Son duong moi Nivea chinh hang",
 "khi vang tang gia thi ban",
 "Sách về động vật hoang dã",
 "Chim cu gáy giọng hay",
]



@pytest.mark.parametrize("title", SHOULD_FLAG)
def test_flagged(clf, title):
    a = clf.assess({"title": title})
    assert a.flagged, a.explanation


@pytest.mark.parametrize("title", SHOULD_PASS)
def test_not_flagged(clf, title):
    a = clf.assess({"title": title})
    assert not a.flagged, a.explanation
