"""q26 (issue 12, kind 5: thread segmentation). In a forum thread, a Reddit post, video comments or a
group chat, one voice offers a protected product with a way to reach them (私我, DM, WhatsApp, zalo)
while other voices warn or report (违法, 举报, "that's illegal, reported", phạm pháp): the bystanders'
warnings are about the offer, not a frame of it, and must not clear it. Identification threads, 'how do
I report this' threads, news with comments and threads where nobody offers a protected product stay out.
Listings written for this test (not copied from the training sets)."""
import pytest

from classifiers.thread_replies import OP, replies

FLAG = [
    ("【求助】这串手串是什么料？",
     "楼主：朋友送的手串，白色带纹路，是什么材料？\n2楼：看着像骨头，不确定。\n3楼：如果是象牙那是违法的，别戴出去。\n"
     "4楼（老李收藏）：我这有正宗象牙手串，老料，要的私我，这里不方便。\n5楼：楼上打广告的，已举报。"),
    ("r/reptiles - found a baby tortoise in my yard?",
     "OP: Found a small tortoise in the garden, star pattern on the shell. What is it?\n"
     "Top comment: Looks like an Indian star tortoise, they are protected and trading them is illegal. Call wildlife services.\n"
     "Reply (shellshop_22): I have two more star tortoise hatchlings if anyone wants a pair, DM me.\n"
     "Reply: Reported, this is a rescue situation.\nOP: Calling the wildlife people now."),
    ("Re: joint pain remedies (page 2)",
     "Posted by sara_k: Fish oil helped me.\nPosted by gardener_joe: Swimming and stretching.\n"
     "Posted by eastern_cures_77: I still have some real tiger bone plaster from Vietnam, works better than anything, "
     "message me on WhatsApp for the price.\nPosted by sara_k: tiger products are illegal, reported to the mods.\n"
     "Posted by gardener_joe: reported too."),
    ("Video: đi rừng hái măng",
     "Mô tả: hôm nay đi hái măng rừng cùng bà con 🌿\nBình luận:\n- hoa_nguyen: có bán tê tê không anh\n"
     "- Chủ kênh: có em, con 6kg, zalo 0912345678, giá 3tr/kg\n"
     "- minh_tuan: tê tê là động vật nguy cấp, buôn bán là phạm pháp\n- minh_tuan: báo cáo rồi nhé"),
    ("【分享】今天盘的手串",
     "楼主：今天到的菩提子，大家看看。\n2楼：不错，包浆好。\n3楼（老张文玩）：我这有虎牙吊坠，老货，要的加V，群里不方便说。\n"
     "4楼：楼上这是违法的吧，举报了。\n5楼：别理他。"),
    # the poster's own post above the comments offers; the comments warn
    ("Bán 2 bé cu li",
     "Nhà dư 2 bé cu li con, ăn chuối giỏi, ai nuôi ib em, gửi xe khách toàn quốc.\nBình luận:\n"
     "- nam_pham: cu li là động vật quý hiếm, buôn bán là phạm pháp đó bạn\n- thu_trang: báo cáo rồi nha\n"
     "- nam_pham: đã report"),
    ("抖音评论区：小懒猴",
     "视频文案：今天给团子洗澡，它超乖的 #萌宠\n评论1：这是懒猴吗？国家一级保护动物，违法的吧\n"
     "作者回复：宠物而已，还有一只小的，私信我\n评论2：已举报\n评论3：举报+1"),
    # a group chat of named people beside the shop's replies
    ("Nhóm Zalo: hàng về",
     "Chị Mai: hôm nay có hàng mới không em\nChủ shop: có chị, vảy tê tê loại đẹp, ib em báo giá\n"
     "Chị Mai: cái này bị cấm mà em, phạm pháp đó\nAnh Tuấn: báo cáo nhóm này"),
]

STAY_OUT = [
    # an identification thread: warnings, nobody to reach
    ("【鉴定】这个吊坠是象牙吗？",
     "楼主：老家翻出来的吊坠，白色，有点发黄，是象牙吗？\n2楼：看图是骨头，有骨眼。\n3楼：象牙现在买卖是违法的，就算是也别卖。\n"
     "4楼：同意楼上，自己留着就行。\n楼主：好的，谢谢大家。"),
    # 'how do I report this': the voice with a contact cue reports itself
    ("求助：朋友圈有人卖穿山甲片，怎么举报？",
     "楼主：朋友圈看到有人卖穿山甲片，说是治乳腺的，这个违法吧？\n2楼：违法的，直接打12315或者森林公安电话举报。\n"
     "3楼：截图保存证据，私信我，我把林业局的举报电话发你。\n4楼：支持举报。\n楼主：已经举报了，谢谢大家。"),
    # news with comments: nobody offers
    ("Bình luận dưới bài báo: bắt giữ 2 tấn vảy tê tê",
     "Bài báo: Hải quan bắt giữ 2 tấn vảy tê tê nhập lậu, vụ việc đã chuyển công an điều tra.\nBình luận:\n"
     "- user_a: buôn bán động vật hoang dã là phạm pháp, phải xử nặng\n- user_b: ủng hộ bảo tồn tê tê\n"
     "- user_c: tội nghiệp tụi nó\n- user_a: báo cáo mấy trang bán vảy tê tê đi mọi người"),
    ("Is this ivory? Grandma's piano keys",
     "OP: Restoring grandma's old piano, are these keytops ivory?\n"
     "Top comment: Probably, pre-1950 pianos used ivory. Selling ivory is illegal in many states though.\n"
     "Reply: Look for the seam between head and tail, that is ivory.\n"
     "OP: Found the seam. Keeping them on the piano, thanks.\nReply: Nice restoration!"),
    # an explainer thread whose helper offers a link by private message, no product
    ("【讨论】虎骨酒到底有没有用？",
     "楼主：老家亲戚说虎骨酒治风湿，真的有用吗？\n2楼：虎是国家一级保护动物，买卖违法。\n3楼：现在都是假的，别信。\n"
     "4楼：科普一下，虎骨没有任何特殊药效，私信我发你论文链接。\n5楼：支持楼上。"),
    # a legal material sold in a thread with a warning about ivory
    ("Re: selling my grandfather's things",
     "OP: Clearing out grandpa's shed: old tools, fishing rods, a buffalo horn comb, DM me if interested.\n"
     "Reply: Buffalo horn is fine, just don't sell anything ivory, that's illegal.\n"
     "OP: No ivory here, only horn and wood.\nReply: Cool, I'll DM you about the rods."),
    ("Bình luận: vòng tay sừng trâu",
     "Chủ shop: vòng sừng trâu thật, 250k, ib shop nhé\n- khach_1: không phải ngà voi chứ, buôn ngà là phạm pháp đó\n"
     "- Chủ shop: sừng trâu ạ, có giấy kiểm định\n- khach_1: ok để mình ib"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_seller_reply_among_warnings_flags(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_threads_without_an_offer_stay_out(expect, title, description):
    expect.not_flagged(title, description)


def test_replies_by_voice():
    desc = "前言\n楼主：问一下\n2楼：违法\n5楼（牙行）：有货 私我\n楼主：好的"
    parts = replies(desc)
    assert [p[2] for p in parts] == [OP, OP, "line:2", "n:牙行", OP]
    assert desc[parts[3][0]:parts[3][1]].startswith("5楼")


def test_no_thread_without_voices():
    assert replies("材质：象牙\n尺寸：5cm\n重量：20g\n产地：非洲") is None
    assert replies("OP: one\nOP: two\nOP: three") is None  # one voice
    # a shop's own field labels beside its head are no voices (several words not all capitalised, one word once)
    assert replies("Chủ shop: vòng sừng trâu, ib\nChất liệu: sừng\nGiá: 200k\nLưu ý: hàng thật") is None
    parts = replies("Chủ shop: vòng, ib\nChị Mai: đẹp\nAnh Tuấn: giá?\nChị Mai: ok")
    assert [p[2] for p in parts] == [OP, "n:chị mai", "n:anh tuấn", "n:chị mai"]
