"""q46 (session 13; tests/data/README.md, train_adv3 "Left for code"):

(a) an admin's or the platform's line in a thread covers its own voice only: reply heads after a dash or a
    chat log's time ('— Bình luận (Nam):', '[20:15] kbro:', '09:14 Chị Hạnh:') and a moderation notice on
    a line of its own ('[Bình luận đã bị ẩn …]', '该回复已被管理员屏蔽', 'Thread locked by moderator') are
    voices of their own (thread_replies; train_adv3 0142);
(b) an off-listing wink (平台不让上架, 不要在评论区问, "not listed here", "k đăng công khai") counts beside a
    code name, tell or product on its line or in the title, and alone flags nothing (scoped_winks; 0024 and
    the 旧书/平台不让发链接 false flag);
(c) English grain said plainly (lines you can see, grain shows) beside a bare white priced by weight is the
    white code's grain, the English twin of 有纹 (colour_codes SHORT_GRAIN; 0101's shape).
Listings written for this test (not copied from the training sets)."""
import pytest

from classifiers.thread_replies import NOTICE, OP, replies

# (a) failed before (not flagged): the seller's reply cleared by an admin's line or a notice
THREADS = [
    ("Hội sưu tầm đồ đồng - thảo luận: lư này đời nào?",
     "Chủ thớt (Bảo Long): Các bác xem giúp em cái lư này đời nào ạ?\n"
     "— Bình luận (Thắng Đồ Cổ): Đúc mới thôi em, nước đồng còn tươi.\n"
     "— Bình luận (Khải Lê): Hoa văn đúc không sắc, hàng mới.\n"
     "— Bình luận (Sơn Rừng Xanh): Ai cần nanh 🐯 thật, nanh của con mèo to, còn 3 cái, ib em.\n"
     "— Bình luận (Admin): Cấm mua bán trong nhóm, bình luận của Sơn đã bị ẩn."),
    ("Group đồ cổ Hà Nội - thảo luận",
     "— Chủ thớt: bình gốm này men lam có phải hàng Chu Đậu không các bác?\n"
     "— Bình luận (Vinh): men mới, hàng Bát Tràng thôi\n"
     "— Bình luận (Hòa Ngà): ai cần vòng ngà voi thật thì ib mình, giá mềm\n"
     "— Bình luận (Admin): Cấm mua bán trong nhóm, vi phạm sẽ bị chặn."),
    ("Hỏi về vòng trầm",
     "Chủ thớt: vòng trầm này giá 2 triệu có đắt không mọi người?\n"
     "Bình luận 1: hơi đắt bạn ạ\n"
     "Bình luận 2: mình có sừng tê giác thật, ib zalo 09xx\n"
     "[Bình luận đã bị ẩn do vi phạm quy định nhóm: cấm mua bán động vật hoang dã]\n"
     "Bình luận 3: cảm ơn mọi người"),
    ("Nhóm Zalo chơi đồ cổ",
     "09:12 Anh Tuấn: sáng nay có ai đi chợ đồ cổ không\n"
     "09:14 Chị Hạnh: em có vảy tê tê rang sẵn, ai cần ib em\n"
     "09:15 Quản trị viên: Nhóm cấm mua bán động vật hoang dã, vi phạm sẽ bị xóa khỏi nhóm\n"
     "09:20 Anh Tuấn: ok"),
    ("#trading channel",
     "[20:14] jinx: anyone got rhino horn powder? need 10g\n"
     "[20:15] kbro: yeah got some, dm me\n"
     "[20:16] mod_bot: reminder: trading protected wildlife is illegal and banned here\n"
     "[20:17] jinx: ok dm'd"),
    ("Nhóm chơi trầm hương - hỏi đáp",
     "Chủ thớt: Cho em hỏi trầm này là trầm tự nhiên hay trầm cấy ạ?\n"
     "– Lan Anh: Nhìn thớ thì cấy rồi bạn.\n"
     "– Quốc Bảo: Em có vảy tê tê khô, hàng rừng, ib zalo em nhé.\n"
     "– Lan Anh: Cảm ơn mọi người.\n"
     "Bình luận đã bị ẩn bởi quản trị viên. Cấm mua bán động vật hoang dã trong nhóm."),
]

# (a) stay out: the admin's and the notices' warnings with nobody offering
THREADS_OUT = [
    ("求鉴定 这是不是象牙",
     "楼主：家里老人留下的，这是象牙吗？\n1楼：看着像骨头\n2楼：象牙买卖违法，别卖\n该回复已被管理员删除\n3楼：已举报"),
    ("Is this real tortoiseshell?",
     "OP: found these glasses, is this real tortoiseshell?\nReply #1: acetate, real tortoiseshell is illegal to trade\n"
     "[removed by moderator]\nReply #2: agreed, acetate\nThread locked."),
    ("#general",
     "[20:14] jinx: anyone seen the tiger documentary?\n"
     "[20:15] kbro: yeah, poaching is awful, tiger bone wine is still sold illegally\n"
     "[20:16] mod_bot: reminder: no trading of restricted items\n[20:17] jinx: dm me the link"),
    ("Is this ivory? thread",
     "OP: my grandma left this bangle, is it ivory?\nReply #1: looks like bone to me\n"
     "Reply #2: ivory trade is illegal, don't try to sell it\nMod: no CITES sales here, thread locked"),
    ("Nhóm đồ cổ - hỏi đáp",
     "— Chủ thớt: nhà em có cái vòng cũ, có phải ngà voi không ạ?\n"
     "— Bình luận (Hải): nhìn như xương trâu thôi\n"
     "— Bình luận (Admin): Cấm mua bán ngà voi trong nhóm, vi phạm pháp luật.\n"
     "— Bình luận (Hải): đúng rồi, đừng bán nhé"),
]

_ZH_TAIL = "\n【物流】江浙沪包邮，偏远地区补运费。\n【售后】七天无理由，定制款除外。\n【色差】手机拍摄，以实物为准。"
_EN_TAIL = "\nShipping: free over $80, tracked.\nReturns: 7 days, unused only.\nColours may vary on screen."
_VI_TAIL = "\nVận chuyển: freeship đơn từ 500k.\nĐổi trả 7 ngày với hàng chưa dùng.\nMàu sắc có thể chênh lệch do ánh sáng."

# (b) failed before (not flagged): a shop page, the wink beside a code name or tell on its line
SHOP_WINKS = [
    ("竹木雕刻工作室 正品",
     "本店主营黄杨木雕、竹刻笔筒。\n店铺公告：定制周期15天，支持第三方检测。\n"
     "老客户：琴键的料子做的小牌子有货，平台不给上架，咨询加V，评论区勿问。" + _ZH_TAIL),
    ("Boxwood carving studio",
     "Boxwood and bamboo carvings, brush pots, wrist rests.\nPolicy: custom work 15 days, third-party testing welcome.\n"
     "Old customers: the piano key kind is back, isn't listed here, message me for photos." + _EN_TAIL),
    ("Bamboo & wood desk studio",
     "Bamboo brush pots, boxwood seals, sandalwood beads.\nNotice: holiday orders ship late.\n"
     "Regulars: seals in the piano-key material, can't put them up here, ask by email." + _EN_TAIL),
    ("Xưởng tượng gỗ",
     "Tượng gỗ hương, gỗ mít, ống bút tre.\nKhách quen: vài món có sừng trên mỏ, k đăng công khai, ib riêng." + _VI_TAIL),
]

# (b) stay out: ordinary goods beside the same winks and a contact
WINKS_OUT = [
    ("一些旧书和杯子", "一些旧书和杯子，平台不让发链接，加微信看图"),
    ("搬家清仓", "旧书一批、玻璃杯、台灯，平台不让发链接，加微信看图，同城自提"),
    ("闲置转让", "家里闲置的几本旧书、两个马克杯、一盏台灯，平台不让上架太多，加微信看图，不要在评论区问"),
    ("Estate clearance", "Old books, two mugs and a lamp.\nMore items not listed here, don't ask in the comments, WhatsApp me."),
    ("Dọn nhà thanh lý", "Sách cũ, cốc sứ, đèn bàn.\nMấy món khác k đăng công khai, đừng hỏi trong cmt, ib zalo."),
    ("二手童装打包", "宝宝衣服一包，九成新。\n平台不让发联系方式，加微信看细节图。"),
]

# (b) stay flagged: a wink about the item's name, a quoted material on the wink's line, a note about the
# listing's goods named on another line
WINKS_KEPT = [
    ("古玩市场淘的小物件求教",
     "周末在古玩市场买了一串菩提和一个核雕，还有一块摊主叫“老料”的白色小牌子，挺沉，侧面有细密的格子纹，摊主说这个不能上网卖所以便宜。请问怎么保养？"),
    ("Antique piano keytops, set of 36",
     "From a 1905 upright we restored. 36 white keytops, the genuine old ones, a few with hairline cracks. I can't list "
     "the material name or eBay pulls the listing, but restorers will know. Ships in a padded envelope."),
    ("Sewing box, Edwardian, with tools",
     "Walnut sewing box.\nInside: silver thimble, needle case, a crochet hook in real ivory (old), bobbins.\n"
     "Note: I'll take out anything eBay doesn't allow if asked, or message me off-site about the whole set."),
]

# (c) failed before (not flagged): a bare white, grain said plainly in English, a price by weight
PLAIN_GRAIN = [
    ("beads", "white 20mm beads, lines you can see, price per g, message me"),
    ("old beads", "white, grain shows, $12 per g, pm"),
    ("#trading", "[20:14] a: the usual please, 20mm, white, grain shows\n[20:15] b: per g same as last time, moving to signal"),
    ("beads lot", "3 pcs, white, you can see the lines, sold per gram, dm for photos"),
    ("carving blanks", "blanks, white, with the lines, 40g, $15 per g, telegram"),
]

# (c) stay out: the lines of glass, plastic, wood, a notebook, soap; a white with a DM and no weight price
PLAIN_GRAIN_OUT = [
    ("white beads", "white glass beads, lines you can see, sold per g, dm me"),
    ("beads", "beads: white, glass, lines you can see, $0.20 per g"),
    ("beads", "white, plastic, lines you can see, sold per gram, dm"),
    ("notebook", "white lined notebook, lines you can see clearly, A5, dm"),
    ("notebook", "notebook cover: white, with the lines, A5, dm me"),
    ("wood", "white oak board, grain shows nicely, $5 per kg"),
    ("maple blank", "pen blank, white, grain shows, 25mm, dm"),
    ("soap", "white, lines you can see, goat milk soap, per 100g"),
    ("jade beads", "white jade beads, grain shows, $3 per g, dm"),
]


@pytest.mark.parametrize("title,description", THREADS)
def test_admin_line_covers_its_own_voice(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", THREADS_OUT)
def test_warning_threads_stay_out(expect, title, description):
    expect.not_flagged(title, description)


@pytest.mark.parametrize("title,description", SHOP_WINKS)
def test_wink_beside_a_code_name_on_its_line(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", WINKS_OUT)
def test_wink_alone_flags_nothing(expect, title, description):
    expect.not_flagged(title, description)


@pytest.mark.parametrize("title,description", WINKS_KEPT)
def test_winks_about_the_item_stay_flagged(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", PLAIN_GRAIN)
def test_plain_english_grain_with_a_bare_white(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", PLAIN_GRAIN_OUT)
def test_plain_grain_look_alikes_stay_out(expect, title, description):
    expect.not_flagged(title, description)


def test_dash_time_and_notice_heads():
    parts = replies("Chủ thớt: a?\n— Bình luận (Hùng): b\n— Bình luận (Nam): c\n— Bình luận (Admin): d")
    assert [p[2] for p in parts] == [OP, "n:hùng", "n:nam", "n:admin"]
    parts = replies("[20:14] jinx: a\n[20:15] kbro: b\n[20:16] mod_bot: c\n[20:17] jinx: d\n[20:18] kbro: e")
    assert [p[2] for p in parts] == ["n:jinx", "n:kbro", "n:mod_bot", "n:jinx", "n:kbro"]
    parts = replies("楼主：a\n1楼：b\n2楼：c\n该回复已被管理员屏蔽（本吧禁止买卖）\n3楼：d")
    assert [p[2] for p in parts][3] == NOTICE
    parts = replies("OP: a\nReply #1: b\nReply #2: c\n[removed by moderator]\nThread locked.")
    assert [p[2] for p in parts][3:] == [NOTICE, NOTICE]
    # a plain line that merely mentions a thread or a comment stays in its reply
    parts = replies("OP: a\nReply #1: b\nthe thread was good\nReply #2: c")
    assert [p[2] for p in parts] == [OP, "a:reply1", "a:reply2"]
