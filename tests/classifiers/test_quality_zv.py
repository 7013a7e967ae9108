"""Kinds of misses and false flags from the second Chinese and third Vietnamese training sets
(issue 12), with fresh listings written here by hand (not copied from those sets, dev.jsonl or
tests/data/unseen.jsonl): homophones of both characters of a core name, names split by 〇,
initials with a goods word, Vietnamese vocabulary and code words; and the look-alikes that must
stay out (licensed medicines, jade grades, mammoth molars, warning posts, Vietnamese homonyms)."""
import pytest


# (kind, title, description): must be flagged (illegal or suspicious)
FLAG = [
    ("homophone", "橡芽观音吊坠", "老料雕刻，纹路清楚，私聊"),
    ("homophone", "像伢手串 10mm", "油性好，压手，需要的加v"),
    ("homophone", "黛冒手镯 老货", "天然纹，不是树脂，懂的来"),
    ("split name", "鹤〇顶〇红 戒面", "满红无裂，私聊"),
    ("split name", "穿〇山〇甲 片", "一斤起，量大从优"),
    ("split name", "犀〇角 杯", "老件，有鱼子纹"),
    ("initials", "ＸＹ 手 串 老 料", "按克算，私我"),
    ("initials", "DM梳子 真货", "海里那种，不是塑料"),
    ("initials", "E.I. 料 牌子", "African origin, 克价私聊"),
    ("cantonese form", "鶴頂紅牌子 出", "紅皮黃心 有少少裂"),
    ("live, no papers", "凤头鹦鹉 白色", "没有脚环，会说话，便宜出"),
    ("live, no papers", "小猴子转让", "朋友留下的，没有文件，不知道是什么猴"),
    ("vi name", "Nanh voi nguyên khúc 1kg", "hàng châu phi, ai lấy ib"),
    ("vi name", "Da beo nguyên tấm", "treo tường, liên hệ zalo"),
    ("vi name", "Kì đà hoa con", "bắt ngoài rẫy, ai nuôi ib"),
    ("vi name", "Cá rồng kim long 25cm", "không chip không giấy, bán gấp"),
    ("vi code word", "đồ N.V mới về", "vòng, nhẫn, ai hiểu thì ib"),
    ("vi code word", "Gom món trắng số lượng", "ai có nguồn ib giá"),
    ("vi code word", "Bóng cá Mễ khô", "hàng mễ loại 1, 800g, ib"),
    ("vi denial", "Kẹp tóc đồi mồi thật", "không phải họa tiết đâu nhé, soi thấy vân tự nhiên"),
    ("vi legal regime", "Lư hương ngà cổ", "có giấy chứng nhận cổ vật, giao dịch trực tiếp"),
    ("cantonese code word", "白色膠 手鈪", "唔係普通膠，有紋，你明㗎"),
    ("initials", "t.t shell hair comb", "genuine, not acetate, glows amber against light"),
    ("described live, cantonese", "夜晚先郁 大眼 細猴", "眼好大，行得好慢，冇文件，連籠"),
    ("vi initials", "Vảy t.t sao sẵn", "0.5kg, ship kín"),
    ("vi name, App I", "Vẹt mào vàng 1 năm", "biết nói, không giấy, giao tận nơi"),
    ("vi colour said to be material", "Vòng màu trắng ngà", "làm từ chính ngà, hàng châu phi, ai hiểu thì ib"),
]

# (kind, title, description): must NOT be flagged
PASS = [
    ("licensed medicine", "熊胆粉胶囊 正品", "国药准字 药店有售 附发票"),
    ("no animal ingredient", "活络止痛膏", "纯草本配方，不含麝香，不含动物成分"),
    ("jade grade", "冰料翡翠平安扣", "冰种 带国检证书"),
    ("mammoth molar", "猛犸象臼齿化石摆件", "一块 有咬合面纹路"),
    ("warning post", "[求助] 看到有人卖白色塑料手镯 怎么举报", "明显是象牙，懂的来那种，想问向哪个部门检举"),
    ("wine", "家里囤的酒出", "茅台两瓶，人参酒一坛，鹿茸酒一坛，出给懂酒的"),
    ("vi numb", "Chân tay tê tê về đêm", "có phải thiếu canxi không mọi người"),
    ("vi slang", "Con gái tôi đúng là báo con", "vừa đổ hết sữa ra sàn"),
    ("vi food", "Bánh móng hổ nhà làm", "hộp 500g giòn tan"),
    ("vi cosmetic", "Kem đồi mồi Nhật", "dùng 2 tuần mờ vết nám"),
    ("vi toy", "Tê tê bông 30cm", "quà sinh nhật cho bé"),
    ("vi pet", "Sóc chipmunk con", "ăn hạt, thuần tay"),
    ("vi comparison", "Mèo mắt to như slow loris", "không phải cu li đâu, mèo Anh lông ngắn tìm chủ"),
    ("vi story", "Tâm sự chuyện chiếc vòng ngà của bà", "mình đã mang đến trung tâm bảo tồn, mọi người đừng mua"),
    ("vi idiom", "Đúng là kì đà cản mũi", "đang vui thì bị phá"),
    ("vi arowana papers", "Cá rồng huyết long 30cm", "có chip, giấy cites đầy đủ"),
    ("vi colour", "Váy maxi màu trắng ngà", "size S, chất voan"),
    ("vinyl", "黑膠唱片 八十年代 粵語", "原版 有歌詞紙"),
    ("vi pattern", "Gọng kính nhựa màu đồi mồi", "acetate, nhẹ, có hộp"),
]



@pytest.mark.parametrize("kind,title,description", FLAG)
def test_kind_is_flagged(expect, kind, title, description):
    expect.flagged(title, description, note=kind)


@pytest.mark.parametrize("kind,title,description", PASS)
def test_look_alike_stays_out(expect, kind, title, description):
    expect.not_flagged(title, description, note=kind)
