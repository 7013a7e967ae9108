"""q36 (issue 12, kind 5: thread segmentation, widened). Reply heads that say whom they answer
('4楼 回复 楼主：', '楼主回复4楼：', '答主回复用户C：', 'Chủ shop trả lời Lan:'), commenters lettered rather than
numbered ('用户A：', 'User B:'), the answerer of a Q&A site (答主), a shop keeper (店主, 掌柜) and a moderator
('Mod:', '版主：') are voices of a thread too, so a bystander's or moderator's warning (违法, 举报了,
'reported', báo cáo) stays in its own reply and does not clear the reply that offers the goods with a way
to reach the seller. Warning-only threads, news with comments and a papered seller's own reply stay out.
Listings written for this test (not copied from the training sets)."""
import pytest

from classifiers.thread_replies import OP, replies

FLAG = [
    # a buyer's question answered by a floor that names whom it answers
    ("【求助】老人风湿多年，听说熊胆有用，哪里能买？",
     "楼主：家里老人风湿好多年了，想试试熊胆，有没有靠谱渠道？\n"
     "2楼 回复 楼主：黑熊是国家一级保护动物，买卖违法，被抓要判刑的。\n"
     "3楼 回复 楼主：我这有，东北山里过来的，一克起拿，要的私聊。\n"
     "5楼 回复 3楼：别害人了，这个被抓要判刑。\n"
     "6楼 回复 3楼：多少钱一克？\n"
     "8楼：已举报。\n"
     "楼主回复3楼：已私聊，麻烦回一下。"),
    # a Q&A answer that offers, lettered commenters warn, the answerer replies
    ("回答：祖传的犀牛角杯值钱吗？",
     "谢邀。我家就有一只犀牛角杯，太爷爷那辈留下的，包浆很厚。放着也没用，有诚心要的可以私信我，价格好商量。\n"
     "——评论——\n"
     "用户A：犀牛是一级保护动物，买卖犯法的。\n"
     "用户B：答主小心被举报。\n"
     "答主回复用户A：老东西了，又不是新杀的。\n"
     "用户C：私信了\n"
     "用户D：举报了。"),
    # an English group thread: a moderator's warning and a report beside a member's offer
    ("#marketplace - collectors group",
     "OP: Clearing some of my late uncle's collection, pics on request.\n"
     "Mod: reminder that ivory and rhino horn sales break the group rules and the law.\n"
     "Reply from tusk_curios: I have a carved elephant ivory bangle, pre-ban they say, DM me for price\n"
     "Reply from jen_h: that's illegal, reported to admins\n"
     "OP replied: thanks mod, only selling the stamps"),
    # a Vietnamese shop's comments: the shop answers a named commenter
    ("Bình luận: hàng mới về",
     "Shop đồ rừng Tây Bắc, hàng mới về mỗi tuần 🌿\n"
     "Người dùng A: tê tê là động vật nguy cấp, bán là phạm pháp đó\n"
     "Chủ shop trả lời Người dùng A: vảy tê tê khô còn 2kg nha, ib shop báo giá\n"
     "Người dùng B: báo cáo rồi\n"
     "Người dùng C: vi phạm pháp luật đấy shop ơi"),
    # a group post answered by its moderator (QTV) and named members
    ("Pass đồ của ông",
     "Mình pass lại cái tẩu ngà voi của ông nội, còn đẹp, ai quan tâm ib mình\n"
     "Bình luận:\n"
     "QTV: nhóm cấm mua bán ngà voi, vi phạm pháp luật nhé\n"
     "Thành viên Khoa: báo cáo rồi\n"
     "Thành viên Mai Anh: buôn ngà là phạm pháp đó bạn"),
    # an imageboard-style thread: a moderator's note and anonymous posters
    ("/pets/ - anyone want a loris",
     "Got two baby slow lorises from a guy, too much work, one left, DM me on telegram if you want her\n"
     "Mod note: selling protected primates is illegal and breaks the rules\n"
     "Anonymous: that's trafficking, reported\n"
     "Anonymous: mods please remove"),
    # the poster's own post names the animal with a sale word and a price; only the comments warn
    ("Bán 3 bé cu li mắt to",
     "Chủ thớt: nhà có 3 bé cu li con, đã ăn chuối, 1tr8 một bé, giao toàn quốc\n"
     "Bình luận:\n"
     "- khach_a: cu li là động vật quý hiếm, buôn bán là phạm pháp\n"
     "- khach_b: báo cáo bài này rồi\n"
     "- khach_c: vi phạm pháp luật đó chủ thớt"),
    ("【出售】自家繁的小懒猴",
     "楼主：低价出两只小懒猴，刚断奶，很亲人，同城自提\n"
     "2楼：懒猴是国家一级保护动物，买卖违法\n"
     "3楼：已举报\n"
     "4楼：楼主别作死，会判刑的"),
]

STAY_OUT = [
    # a whole thread of people warning each other, nobody offering
    ("【讨论】朋友圈有人卖虎骨酒，怎么办？",
     "楼主：朋友圈有人在卖虎骨酒，说是老酒，这个违法吗？\n"
     "2楼 回复 楼主：违法的，虎是一级保护动物，直接举报。\n"
     "3楼 回复 2楼：对，截图保存，打森林公安电话。\n"
     "楼主回复3楼：好的，已经举报了。\n"
     "5楼：支持举报，别买这些东西。"),
    # a news post with lettered comments
    ("新闻评论：海关查获一批象牙制品",
     "据报道，海关在旅客行李中查获象牙手镯、象牙吊坠共30余件，案件已移交缉私部门。\n"
     "用户A：支持严打，买卖象牙违法。\n"
     "用户B：没有买卖就没有杀害。\n"
     "用户C：这些人就该判刑。\n"
     "用户D：举报渠道在官网上有。"),
    # a group where the moderator and members warn each other, nobody offers
    ("Cảnh báo: trang bán vảy tê tê",
     "Mọi người cẩn thận, có trang đang rao bán vảy tê tê và sừng tê giác\n"
     "QTV: mua bán vảy tê tê là vi phạm pháp luật, ai thấy thì báo cáo giúp nhóm\n"
     "Thành viên Khoa: báo cáo rồi nhé\n"
     "Thành viên Mai Anh: phải báo kiểm lâm luôn\n"
     "Thành viên Khoa: ủng hộ bảo tồn tê tê"),
    # the poster asks whether selling an heirloom is allowed; the replies say no and the poster keeps it
    ("Muốn bán vòng ngà của bà có được không?",
     "Chủ thớt: bà để lại cái vòng ngà voi, mình muốn bán thì có bị phạt không mọi người?\n"
     "Bình luận:\n"
     "- user1: buôn bán ngà voi là phạm pháp, giữ làm kỷ niệm thôi\n"
     "- user2: bán là vi phạm pháp luật đó\n"
     "- Chủ thớt: cảm ơn mọi người, mình giữ lại"),
    ("Is it legal to sell an inherited ivory brooch?",
     "OP: My aunt left me an ivory brooch. Can I sell it on here?\n"
     "Reply: selling ivory is illegal in most states, don't.\n"
     "Reply: keep it, that's the safe option\n"
     "OP: Thanks, keeping it."),
    # a seller's own reply says the animal is farmed with papers
    ("出人工繁育苏卡达陆龟苗，证件齐全",
     "店主：人工繁育苏卡达苗，驯养繁殖许可证、经营利用许可证齐全，带专用标识，可以跟证过户，要的私聊。\n"
     "用户A：陆龟不是保护动物吗？这样卖违法吧\n"
     "店主回复用户A：不违法，人工繁育有证，合法经营，证件可以看。\n"
     "用户B：有证的可以养，放心。\n"
     "用户C：举报了"),
    # a moderator's warning where the member offers a resin look-alike
    ("#trades - carving club",
     "OP: anyone selling carving blanks?\n"
     "Mod: reminder, no ivory or bone from protected animals here, it's illegal.\n"
     "Reply from resin_rick: I have resin faux ivory blanks, 4 inch, DM me for price\n"
     "Reply from ann_w: thanks mod\n"
     "OP replied: DMed you rick"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_offer_among_warnings_flags(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_warnings_news_and_papers_stay_out(expect, title, description):
    expect.not_flagged(title, description)


def test_reply_to_heads_keep_their_speaker():
    desc = "楼主：问一下\n2楼：违法\n4楼 回复 楼主：有货 私我\n楼主回复4楼：好的\n答主回复用户C：老东西\n用户C：举报了"
    assert [p[2] for p in replies(desc)] == [OP, "line:1", "line:2", OP, OP, "a:用户C"]
    parts = replies("Chủ shop trả lời Lan: còn nha\nUser A: illegal\nUser B: reported\nMod: no sales here")
    assert [p[2] for p in parts] == [OP, "a:userA", "a:userB", "line:3"]


def test_lowercase_word_after_a_head_is_no_letter():
    # 'users:' and 'comments:' are no lettered commenters; a field label list is no thread
    assert replies("users: 3\ncomments: none\nviewers: 12") is None
    # a named member speaks; 'Member since:' and 'Member price:' are a shop's fields
    assert replies("Member since: 2019\nMember price: $3\nMember rating: 5\nUser A: hi") is None
    parts = replies("Chủ shop: ngà, ib\nThành viên Lan: phạm pháp\nThành viên Mai Anh: báo cáo\nQTV: cấm")
    assert [p[2] for p in parts] == [OP, "n:lan", "n:mai anh", "line:3"]
