"""q39 (session 13): who speaks in threads, live transcripts and replies.

(a) a bystander's or admin's warning scoped to its own reply when another reply offers the goods, with
reply heads numbered 'Reply #3:', 'Admin:', Dcard's 'B3：' under '原PO：' (thread_replies); (b) a reply
that asks to buy with a way to reach it ('我有興趣，私訊', "I'm interested, pm me") under a first post
that declines to sell, the poster's own title frame (怎么处理, what do I do?) cleared with theirs;
(c) a product a viewer asks for that the host's next answer refuses ('弹幕：有穿山甲吗 / 主播：那个不能卖')
is declined (declined_requests). Stay-out: warning threads with no offer, a host who refuses and sells
nothing wildlife, and the look-alikes of a refusal (有的, 没有问题, not illegal, a refusal with a wink or DM).
Listings written for this test (not copied from the training sets)."""
import pytest

from classifiers.thread_replies import OP, replies

FLAG = [
    # (a) numbered English replies and an admin: the offer is reply #3's
    ("Anyone know where to get pangolin scales for breast milk?",
     "OP: my wife needs pangolin scales after the baby, the pharmacy has none, any source?\n"
     "Reply #2: pangolins are endangered and buying scales is illegal, please don't.\n"
     "Reply #3: pm me, I have two bags, wild ones from Laos\n"
     "Reply #4: reported to the mods.\n"
     "OP: sent you a chat, #3"),
    ("WTB rhino horn cup",
     "OP: looking for a real rhino horn cup, old one, budget 20k\n"
     "Admin: selling CITES species is banned on this forum\n"
     "Reply #3: I have one, dm me\n"
     "Reply #4: this is illegal, reported"),
    ("Need a tiger tooth pendant",
     "OP: anyone selling a real tiger tooth pendant? for my dad\n"
     "Comment #1: tigers are protected, that's illegal to trade\n"
     "Comment #2: got one from my grandfather, whatsapp me\n"
     "Comment #3: reported"),
    ("Cần mua sừng tê giác thật",
     "Chủ thớt: cần mua sừng tê giác thật cho bố, ai có không?\n"
     "Admin: nhóm cấm mua bán động vật hoang dã, vi phạm pháp luật\n"
     "Trả lời #3: mình có nguyên khúc, ib zalo\n"
     "Trả lời #4: báo cáo rồi"),
    # (b) a reply asks to buy under a first post that declines to sell (Dcard floors, numbered replies)
    ("爸爸留下一支象牙，怎么处理",
     "原PO：整理遗物发现一支象牙，不想卖，想合法处理。\n"
     "B1：联络林务局\n"
     "B2：可以捐给博物馆\n"
     "B3：我有兴趣，私讯\n"
     "原PO：不会卖，谢谢。\n"
     "B4：推"),
    ("#請益 外婆的玳瑁梳子",
     "原PO：外婆留下一把玳瑁梳子，想問可以怎麼處理，不打算賣。\n"
     "B1：可以問問林務局\n"
     "B2：原PO有意出的話私訊我，價錢好談\n"
     "原PO：先不考慮，謝謝\n"
     "B3：推"),
    ("Found a rhino horn in grandpa's attic, what do I do?",
     "OP: found what looks like a rhino horn in my late grandpa's attic. Not selling, I want to do this legally.\n"
     "Reply #1: contact fish and wildlife\n"
     "Reply #2: donate it to a museum\n"
     "Reply #3: I'm interested, pm me\n"
     "OP: not for sale, thanks\n"
     "Reply #4: following"),
]
# (c) refusals that must clear the product the viewer named (flagged before q39)
DECLINED = [
    ("快手直播｜山货特产",
     "主播：老铁们，今天卖土蜂蜜和核桃。\n"
     "弹幕：有穿山甲吗\n"
     "主播：没有，那个不能卖，抓到要坐牢。\n"
     "弹幕：蜂蜜多少钱\n"
     "主播：蜂蜜一斤六十，二号链接。"),
    ("直播转录：宝妈下奶专场",
     "主播：宝妈们，今天聊下奶，先多喝汤，鲫鱼汤、猪蹄汤。\n"
     "弹幕：那个甲片有用吗\n"
     "主播：你说的那个现在不能用了，违法的，不要买。我们推荐通草。\n"
     "弹幕：通草多少钱\n"
     "主播：通草组合二十九块九，一号链接。"),
    ("抖音直播：土特产",
     "主播：家人们，今天上老家的腊肉和土鸡蛋。\n"
     "弹幕：有熊掌吗\n"
     "弹幕：666\n"
     "主播：那个没得卖，家人们别问了，我们只卖腊肉。\n"
     "弹幕：腊肉怎么卖\n"
     "主播：腊肉一斤五十八，二号链接。"),
    # refused before q39 too: guards of the same kind
    ("直播转录：药材专场",
     "主播：家人们今天给大家讲讲祛湿，茯苓、薏米、赤小豆。\n"
     "弹幕：主播有虎骨吗\n"
     "主播：那个不卖的，家人们别问了，我们只卖正规药材。\n"
     "弹幕：茯苓怎么卖\n"
     "主播：茯苓一斤四十五，一号链接。"),
    ("直播：滋補好物",
     "主播：大家好，今日介紹花膠同埋燕窩。\n"
     "彈幕：有冇穿山甲片\n"
     "主播：嗰個違法㗎，我哋唔賣，唔好問喇。\n"
     "彈幕：花膠幾錢\n"
     "主播：花膠一斤三百八，三號連結。"),
    ("Live stream transcript: herbal night",
     "Host: welcome, tonight ginseng and goji berries.\n"
     "Viewer: do you have bear bile?\n"
     "Host: sorry, we don't sell that one, only herbs here.\n"
     "Viewer: price for the ginseng?\n"
     "Host: 30 dollars a box, link two."),
    ("Livestream mật ong rừng",
     "Chủ kênh: hôm nay có mật ong rừng với măng khô nha cả nhà.\n"
     "Bình luận: có cao hổ không shop\n"
     "Chủ kênh: không bán đâu bạn ơi, shop chỉ có mật ong với măng thôi.\n"
     "Bình luận: mật ong bao nhiêu\n"
     "Chủ kênh: 250k một lít, link số 2."),
]

STAY_OUT = [
    # warnings and reports only, nobody offers
    ("网友讨论：穿山甲还能入药吗",
     "楼主：听说穿山甲片已经从药典拿掉了？\n"
     "2楼：是的，一级保护，买卖违法。\n"
     "3楼：看到有人卖直接举报\n"
     "4楼：支持，判刑很重的\n"
     "楼主：懂了，谢谢大家"),
    ("Is selling ivory legal in the UK now?",
     "OP: I inherited an ivory brooch, can I sell it?\n"
     "Reply #2: no, the Ivory Act bans most sales, don't.\n"
     "Reply #3: report anyone selling it\n"
     "Reply #4: donate it to a museum\n"
     "OP: ok, I'll keep it"),
    ("Hỏi: mua sừng tê giác có phạm pháp không?",
     "Chủ thớt: nghe nói sừng tê giác chữa ung thư, mua có bị phạt không?\n"
     "Trả lời: vi phạm pháp luật đó, đi tù như chơi\n"
     "Trả lời: thấy ai bán thì báo công an\n"
     "Trả lời: không có tác dụng gì đâu\n"
     "Chủ thớt: cảm ơn mọi người"),
    # Dcard floors with nobody offering or asking to buy
    ("#心情 外公的象牙印章",
     "原PO：整理外公遺物發現一顆象牙印章，想問怎麼處理比較好？\n"
     "B1：留著當紀念吧\n"
     "B2：可以問林務局\n"
     "B3：買賣象牙違法，不要賣\n"
     "原PO：好的，會留著。"),
    # a reply's contact sends the poster to an authority: no offer
    ("#心情 外公的象牙印章",
     "原PO：整理外公遺物發現一顆象牙印章，想問怎麼處理比較好？\n"
     "B1：留著當紀念吧\n"
     "B2：可以私訊林務局問問\n"
     "B3：買賣象牙違法，不要賣\n"
     "原PO：好的，會留著。"),
    ("Found a rhino horn in grandpa's attic, what do I do?",
     "OP: found what looks like a rhino horn in my late grandpa's attic, I want to do this legally.\n"
     "Reply #1: that's illegal to sell, don't\n"
     "Reply #2: pm me and I'll send you the fish and wildlife hotline\n"
     "Reply #3: donate it to a museum\n"
     "OP: thanks all"),
    # a host who refuses and sells nothing wildlife
    ("直播转录：阿胶专场",
     "主播：家人们好，今天卖阿胶糕。\n"
     "弹幕：有犀牛角吗\n"
     "主播：犀牛角违法的，不要买，我们不卖。\n"
     "弹幕：阿胶多少钱\n"
     "主播：一盒九十九。"),
    ("Live stream transcript: crystal and jewelry night",
     "Host: welcome everyone, tonight we have rose quartz and amethyst bracelets.\n"
     "Viewer: do you have ivory?\n"
     "Host: no, ivory is illegal, we don't sell that, don't buy it. Only crystals here.\n"
     "Viewer: how much for the amethyst?\n"
     "Host: 25 dollars, link one."),
    ("Livestream: đồ phong thủy",
     "Chủ kênh: hôm nay có vòng trầm hương và đá thạch anh nha cả nhà.\n"
     "Bình luận: có vòng ngà voi không shop\n"
     "Chủ kênh: ngà voi là hàng cấm, shop không bán đâu, đừng mua nha. Chỉ có trầm thôi.\n"
     "Bình luận: vòng trầm bao nhiêu\n"
     "Chủ kênh: 350k, link số 1."),
]

# refusal look-alikes: the host has it, or the refusal hides an off-air offer
STAY_FLAGGED = [
    ("直播转录：文玩专场",
     "主播：家人们今天看手串。\n"
     "弹幕：有象牙吗\n"
     "主播：直播间不能说那个，懂的私我，下播加微信。\n"
     "弹幕：多少钱一克\n"
     "主播：私聊。"),
    ("直播转录：老料手镯",
     "主播：家人们看这批老料。\n"
     "弹幕：有象牙手镯吗\n"
     "主播：有的，不卖假货，老料保真，三号链接。\n"
     "弹幕：多少钱\n"
     "主播：拍下备注。"),
    ("Live: estate jewelry",
     "Host: estate pieces tonight, all old.\n"
     "Viewer: any ivory bangles?\n"
     "Host: can't say that word here lol, DM me after the stream\n"
     "Viewer: ok\n"
     "Host: next piece"),
    ("Livestream đồ cổ",
     "Chủ kênh: đồ cổ về nhiều nha cả nhà.\n"
     "Bình luận: có vòng ngà voi không\n"
     "Chủ kênh: không bán trên live đâu, ib riêng nha\n"
     "Bình luận: ok\n"
     "Chủ kênh: món tiếp theo"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_another_voice_offers_or_asks(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", DECLINED)
def test_host_declines_the_request(expect, title, description):
    expect.not_flagged(title, description)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_warnings_and_refusals_stay_out(expect, title, description):
    expect.not_flagged(title, description)


@pytest.mark.parametrize("title,description", STAY_FLAGGED)
def test_refusal_look_alikes_stay_flagged(expect, title, description):
    expect.flagged(title, description)


def test_reply_heads():
    parts = replies("OP: a\nReply #2: b\nReply #3: c\nAdmin: d")
    assert [p[2] for p in parts] == [OP, "a:reply2", "a:reply3", "line:3"]
    parts = replies("原PO：a\nB1：b\nB2：c\n原PO：d")
    assert [p[2] for p in parts] == [OP, "line:1", "line:2", OP]
    parts = replies("Host: a\nViewer: b\nHost: c\n弹幕：d")
    assert [p[2] for p in parts][0] == OP and parts[1][2] != OP
    # vitamins B1, B2, B6 are no Dcard floors without the poster's head
    assert replies("B1：1.2mg\nB2：1.3mg\nB6：2mg\nB12：2.4μg") is None
