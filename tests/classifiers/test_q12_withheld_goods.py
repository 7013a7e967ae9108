"""Trade posts that name no product (q12, issue 12, from train_vi7's left-for-code list): 'hàng rừng
mới về' (forest goods just in) and 'cao xương con to' (bone glue of a big animal) with the species
left for the inbox go to review when a trade or contact cue stands with them. Guards: forest produce
sold as 'hàng rừng' (bamboo shoots, mushrooms, wild honey) and bone glue of a named legal animal."""
import pytest

FLAG = [
    ("Đồ rừng mới về", "Nhiều món hiếm, ai quan tâm inbox, không đăng ảnh công khai"),
    ("Hàng rừng vừa về sáng nay", "có sẵn vài món, hỏi giá ib riêng"),
    ("Cao xương con lớn nhà nấu", "đen bóng, bánh 100g, loại xương gì hỏi riêng"),
    ("野货到了", "几样好东西，图不方便发，私聊"),
]

PASS = [
    ("Hàng rừng mới về", "Măng khô, nấm hương rừng, mật ong rừng, mộc nhĩ. Ai cần ib"),
    ("Đặc sản Tây Bắc: hàng rừng về", "Măng rừng, nấm lim, trà shan, ai cần inbox"),
    ("Cao xương trâu nấu nhà", "Cao xương trâu đen bóng, 100g, ib"),
    ("Hàng về", "Áo khoác, giày thể thao mới về nhiều mẫu, ib xem ảnh"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_goods_withheld_for_the_inbox_go_to_review(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, a.explanation


@pytest.mark.parametrize("title,description", PASS)
def test_named_legal_goods_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, a.explanation
