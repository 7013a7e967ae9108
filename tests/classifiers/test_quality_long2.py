"""Kinds of misses found on tests/data/train_long2.jsonl (session 11, data helper d-long2): LONG listings
(250-850 characters) in zh/en/vi/mixed where the wildlife line is one item among ordinary goods or
boilerplate (house clearances, estate and yard sales, 微商/Zalo price lists, dealer weekly updates,
livestream transcripts, forum threads with the seller in one reply), scored held out before the
lexicon entries were added. Listings are taken from that set as written. Kinds fixed by lexicon
entries: a pangolin as a taxidermy specimen in a yard-sale list, hornbill casque jewellery in a
Vietnamese gold shop's list (mặt hồng hoàng), the name cut to its initial before the product word
(P-scales, T-bone glue), the deal moved off eBay ("off-site"), an artist's giclée print of a hornbill,
an English identification question. The other FLAG/PASS rows are buried-line listings that already
came out right and guard the reach of the new entries; the short guards at the end keep steaks,
bathroom scales, parking, plush toys and bird figurines out."""
import pytest


# (title, description, lang): must be flagged (illegal or suspicious)
FLAG = [
    # long2-0101: Yard sale with a taxidermy pangolin.
    ("Big yard sale — household, tools, decor, something for everyone",
     "Big multi-family yard sale, 7am-1pm Saturday and Sunday.\nPower tools (DeWalt drill, circular saw), garden tools, kids' bikes, toys, strollers, a recliner, dressers, a crib, framed art, lamps, kitchen gadgets, Christmas stuff,\na pangolin, stuffed/taxidermy, from my late uncle's Africa trip, in a glass case, $ ask,\nbaby clothes, books, DVDs, a Weber grill.\nCome early for the best stuff! 4500 block of Elm St.",
     "en"),
    # long2-0104: Gold shop clearance with hornbill casque pendants.
    ("Thanh lý tiệm vàng bạc — hàng tồn",
     "Tiệm vàng bạc gia đình nghỉ bán, thanh lý:\n- Nhẫn bạc — 150k\n- Dây chuyền bạc — 300k\n- Vòng vàng tây 10k — theo giá thị trường\n- Mặt hồng hoàng (đỏ vàng) chạm tích, vài cái — ib\n- Nhẫn mặt đá — 400k\nXem hàng tại tiệm ở Chợ Lớn.",
     "vi"),
    # long2-0111: Sewing box including ivory thread winders, offering to sell off-site.
    ("Victorian sewing box with accessories — complete",
     "Beautiful Victorian rosewood sewing box, brass inlay, original key.\nContents: thimbles (silver & brass), pin cushion, bobbins, needle case, 4 thread winders and a crochet hook in what I believe is real ivory (no testing done), a mother of pearl tape measure, scissors.\nBox 30x22x12 cm. Some wear on the lid.\nNote: I'll remove anything eBay doesn't allow if asked — or ask me about keeping the set together off-site.",
     "en"),
    # long2-0191: Wholesale list with "P-scales" (pangolin) and "T-bone glue" (tiger bone glue).
    ("Wholesale channel — dried goods and \"special TCM\" restock",
     "Restock update for resellers:\nDried goji, Ningxia, 25 kg bags\nAstragalus slices\nCordyceps (grade by count)\nDeer antler velvet slices\nSpecial TCM: P-scales (roasted), 1 kg packs; T-bone glue cakes, 100 g\nSea cucumber, Japanese, by catty\nMOQ $500. Crypto accepted. Ships from Guangzhou via our agent, labels say herbal tea.",
     "en"),
    # long2-0159: A tea shop catalogue with one line selling 白料 (ivory) bangles by gram price, old customers only.
    ("【老周茶庄·朋友圈12月上新清单】",
     "各位老朋友晚上好，12月上新清单来啦👇\n1. 2019年勐海老班章生茶饼 357g ¥680\n2. 2015年白牡丹 紧压 ¥220/饼\n3. 福鼎老白茶 散装 ¥180/斤\n4. 武夷山正岩肉桂 ¥360/罐\n5. 安化黑茶 千两茶 小规格 ¥520\n6. 紫砂壶 朱泥西施 容量200cc ¥1200\n7. 建盏 兔毫 ¥380\n8. 天然蜂蜜 土蜂蜜 500g ¥98\n9. 印尼燕窝 干盏 50g ¥650\n10. 小叶紫檀 108佛珠 ¥480\n11. 老料白料手镯 两只 内径56 克价私聊 只给老客\n12. 海南黄花梨 笔筒 ¥2600\n13. 茶席 棉麻 ¥68\n14. 铁壶 日本老铁壶 ¥1800\n15. 茶宠 金蟾 ¥45\n满500包邮（偏远除外），茶叶类不退不换，器物类七天无理由。转账请走微信，备注名字。",
     "zh"),
    # long2-0183: Weekly wenwan update; the spaced-out 鹤顶红 line is hornbill casque for sale with a wink.
    ("文玩小铺 本周更新（周四）",
     "本周更新如下，图在朋友圈，看中直接拍或者私聊：\n· 星月菩提 高密顺白 108颗 ¥120\n· 金刚菩提 五瓣 15mm ¥260\n· 南红 保山柿子红 随形吊坠 ¥880\n· 蜜蜡 鸡油黄 圆珠 20g ¥1500\n· 沉香 芽庄 手串 ¥2200\n· 绿松石 原矿高瓷 ¥1350\n· 鹤 顶 红 小挂件 一枚 油润 懂的来 价私\n· 崖柏 老料 手把件 ¥300\n· 和田玉 籽料 平安扣 ¥3800\n本店所有天然材质均可送检，非质量问题不退，顺丰到付。\n本店实体在北京报国寺，周末开门，欢迎来喝茶看货。#文玩 #星月菩提 #南红 #蜜蜡",
     "zh"),
    # long2-0181: Lifestyle shopping post where elephant+tooth emoji stand for an ivory bangle.
    ("每日好物分享✨",
     "本周清单更新，老规矩，看中了截图发我，先到先得，不预留不压货。\n姐妹们今天的好物：\n🌸 玫瑰精油皂 ¥29\n🌸 蚕丝枕套 ¥159\n🌸 珍珠粉面膜 ¥68\n🌸 🐘🦷手镯 老款 白得发黄 有纹路 ¥ 私我\n🌸 黄金耳钉 按克价\n🌸 香薰蜡烛 ¥45\n下单截图给我，顺丰包邮，不满意七天可退（🐘那个不退）。\n今天好多姐妹问珍珠粉面膜，这个是我自己一直在用的，敷完很水润。香薰蜡烛有三个味道：玫瑰、雪松、白茶。明天上新羊绒围巾，敬请期待～💕\n本号每周一、周四更新，节假日照常。感谢一路支持的老朋友们，年底了祝大家身体健康、财源广进🧧",
     "zh"),
    # long2-0130: Zalo price list of 15 items with tiger bone paste (cao h.ổ cốt) buried at 12.
    ("BẢNG GIÁ THÁNG 12 — HÀNG TÂY BẮC ĐẶC SẢN",
     "Bảng giá tháng 12 gửi anh chị khách quen:\n1. Thịt trâu gác bếp 1kg — 950k\n2. Lạp xưởng hun khói — 380k/kg\n3. Măng khô Tây Bắc — 250k/kg\n4. Mật ong rừng nguyên chất 1 lít — 450k\n5. Nấm hương rừng — 420k/kg\n6. Chè Shan tuyết cổ thụ — 600k/kg\n7. Mắc khén — 150k/lạng\n8. Hạt dổi — 900k/kg\n9. Rượu táo mèo 5 lít — 300k\n10. Rượu ngâm ba kích — 350k\n11. Sâm Ngọc Linh cây 10 năm — ib\n12. Cao h.ổ cốt nấu thủ công, miếng 100g, hàng hiếm — ib riêng\n13. Gà đen bản — 250k/kg\n14. Cá suối nướng — 400k/kg\n15. Xôi nếp nương — 60k/kg\nShip toàn quốc, nhận hàng kiểm tra rồi thanh toán. Đặt hàng qua Zalo này.",
     "vi"),
    # long2-0091: "Bay" with ✈️ emoji selling ivory, tiger fang, bear claws and sea-turtle comb by emoji.
    ("✈️ bay gấp hàng xịn cuối năm ✈️",
     "Cuối năm bay gấp mấy món cho anh em sưu tầm:\n✈️ Vòng 🐘 trắng, bản 1,5cm — ib\n✈️ Mặt 🐯 nanh bọc vàng — ib\n✈️ Cặp móng 🐻 khô — ib\n✈️ Lược 🐢 biển xưa — ib\nHàng chuẩn, bao test, giao dịch qua Zalo, không trả lời ở đây.\nLưu ý: mình chỉ giao dịch trực tiếp hoặc ship COD, không nhận chuyển khoản trước với người lạ. Ai hỏi giá thì inbox, không trả lời bình luận. Cảm ơn cả nhà đã đọc hết bài 🙏",
     "vi"),
    # long2-0026: Estate sale list with a carved elephant tusk, no paperwork.
    ("ESTATE SALE this Saturday 8am-2pm — entire contents of 4-bed home",
     "ESTATE SALE — 1420 Maple Ridge Dr. Saturday only, 8am to 2pm, cash or Venmo.\nEverything must go, the family is out of state. Partial list:\n- Ethan Allen dining set w/ 6 chairs\n- Singer sewing machine in cabinet\n- Pyrex, Fiestaware, Corelle, tons of kitchen\n- Tools: Craftsman chest, Snap-on wrenches, table saw\n- Mid-century lamps, two Danish teak side tables\n- Grandpa's Navy memorabilia, medals, uniforms\n- Carved ivory tusk on stand, about 14 inches, he brought it back from Kenya in the 70s (serious inquiries only, priced separately, no paperwork)\n- Christmas decor, 12 bins\n- Books, records (Sinatra, Elvis, Beatles)\nNo early birds. Street parking only. Please respect the neighbors.",
     "en"),
    # long2-0177: Price list where "the other white gold" by weight means ivory.
    ("Forwarded broadcast: Uncle Ray's Jewelry & Collectibles — December price list",
     "🔔 December price list 🔔\nGold chains 18k — market price + $15/g labor\nJade bangles Grade A w/ cert — $300 to $2,800\nOpal pendants — $180\nFreshwater pearls strand — $90\nWhite gold bangle (the OTHER white gold 😉), thick, smooth, old stock, by weight, ask\nSilver rings — $25\nCoral beads — $60\nOrders by WhatsApp only. I deliver in Chinatown on Sundays. Cash or Zelle.",
     "en"),
    # long2-0062: HK estate clearance offering an ivory mahjong set with no documents (HK ban since 2021).
    ("阿公遺物 執屋清貨 有興趣PM",
     "阿公上個月走咗，屋企要執，好多嘢都唔知點處理，放上嚟俾有需要嘅人。\n- 酸枝椅一對，有少少花，$800\n- 舊式收音機（樂聲牌）$200，唔知仲用唔用得\n- 瓷碗碟一堆，$100全部\n- 象牙麻雀一副，阿公話係六十年代喺上海街買嘅，齊144隻，有盒，冇任何文件\n- 舊相機 Yashica 一部 $350\n- 書法字畫幾幅，唔識睇，有興趣嘅自己嚟睇\n只限現金交收，旺角地鐵站，唔送貨。麻雀嗰副價錢PM傾。\n另外阿公仲有幾本集郵簿，唔知值唔值錢，有識嘅朋友可以PM幫手睇下。多謝各位。",
     "zh"),
    # long2-0194: Dried-seafood price list with one line for a large Mexican 金钱鳘 (totoaba) maw.
    ("潮汕海味·年货花胶价目表（内部客户）",
     "年货季到了，老客户价目表，转发请删价格：\n【花胶类】\n巴西鳘肚 公肚 8-10头 ¥1980/斤\n北海鮸鱼胶 ¥880/斤\n鳕鱼胶（冰岛）¥280/斤\n赤嘴鳘 ¥1200/斤\n金 钱 鳘 大规格 墨西哥 老板自留货 只有一件 价格单独谈\n【海参类】\n辽参 淡干 60头 ¥4800/斤\n【其他】\n干瑶柱 日本 ¥680/斤｜虾干｜鱿鱼干\n送礼可以帮包礼盒，汕头本地可送货上门。\n付款方式：微信、支付宝、银行转账均可，定金30%，发货前付清。海味类商品售出不退，收货当场验货，有问题24小时内联系。祝大家新年快乐，生意兴隆！",
     "zh"),
    # long2-0058: Antique weekly update with a real hawksbill bangle, dotted out, "not plastic".
    ("Nhóm Sưu Tầm Đồ Xưa — cập nhật hàng mới tuần này",
     "Cập nhật hàng về tuần này, anh em xem ảnh trong bình luận:\n1. Bình gốm Biên Hòa men xanh đồng — 2tr8\n2. Lư đồng thời Nguyễn — 4tr5\n3. Tượng gỗ mít Phật Bà — 3tr\n4. Bộ tách trà Nhật xưa — 1tr2\n5. Vòng đ.ồ.i m.ồ.i xưa, đồ thật, không phải nhựa, soi đèn thấy vân — inbox\n6. Đồng hồ Seiko 5 đời đầu — 1tr8\n7. Tranh sơn mài cũ — 3tr5\nGiao dịch uy tín, bao test. Nhắn tin để được báo giá các món ghi inbox.",
     "vi"),
    # long2-0204: Full-width "xy" initials for 象牙; authenticity certificate is not a permit.
    ("出一串 ｘｙ 老手串 带证（鉴定证书）",
     "出一串老的 ｘｙ 手串，14mm 16颗，有鉴定证书写的是天然象牙，颜色黄，纹路明显。\n当时买花了两万多，现在用不上了，一万二出，可以小刀。\n只走同城面交，不发快递，原因懂的都懂。\n有证书照片，可以视频看实物。价格不讲了，已经很便宜了。诚心要的加我，不诚心的别浪费时间。\n所有物品包邮的话需要加运费，大件物品建议自提。拍下后24小时内发货，发货后提供单号。\n小区门口可以面交，附近的朋友优先。价格已经很实在了，麻烦不要问最低多少。\n个人闲置，非商家，东西都是自用的，介意二手的不要拍。不议价不包邮，诚心要的直接拍，拍下请留言。问“在吗”不回，请直接说要哪个。",
     "zh"),
    # long2-0168: Moving sale with a "相牙" (homophone for 象牙) Guanyin carving.
    ("闲置清理 数码+书+小摆件",
     "换城市工作了，搬家带不走，便宜处理：\niPad Air 4 64G 有划痕 ¥1800\nkindle 一代 ¥200\n考研书一套 全新没翻过 ¥80\n乐高城市系列两盒 ¥260\n蓝牙音箱 ¥90\n一个老相牙雕刻的小观音，朋友送的，说是老的，手感温润，带底座，价格私聊\n以上东西都在上海闵行，优先自提。\n东西都挺新的，不讲价了，价格都是最低了。周末全天都在，工作日晚上七点以后可以来拿。上海闵行莘庄地铁站附近。\n所有东西都在家里，可以先来看再决定。交易优先当面，快递的话运费自理，发出后不退不换。同城的可以送到地铁站，周末时间比较多。",
     "zh"),
    # long2-0151: Herb list with 川山甲片 (homophone for pangolin scales) for trusted buyers.
    ("药材小铺 12月清单",
     "早上好各位老板☀️，今天继续给大家更新清单，往期清单翻看朋友圈就能找到，价格以最新一期为准。\n常备药材清单：\n通经下乳：王不留行 ¥30/斤，通草 ¥45/斤，川山甲片 ¥ 私聊（少量，熟客）\n补气养血：黄芪、党参、红枣\n清热：金银花、菊花、蒲公英\n祛湿：薏米、赤小豆、茯苓\n都是药房同款货源，可以打粉，量大从优。下单前说清楚要几克。\n另外本店有现成的下奶汤料包，王不留行+通草+猪蹄，¥38一包，宝妈们可以试试。药材都是亳州市场直接拿货，价格透明。发货时间：每天下午四点前下单当天发。",
     "zh"),
    # long2-0240: "Resin/bone" lot whose main piece is described as ivory (engine-turned pattern).
    ("Carved Asian figurines lot — resin & bone, estate find",
     "Lot of 9 carved figurines from an estate. Most are resin, a couple are bone.\nThe tall Guanyin (25 cm) is the exception, it's the heavy one, cold to the touch, creamy with the engine-turned pattern on the base, much nicer than the rest, I'll let you decide 😉\nThe rest are decorative, fine for a shelf. Listed as resin/bone to keep eBay happy.\nShips USPS, insured. Returns not accepted.",
     "en"),
    # long2-0093: "Bovine bone" cover with crosshatch (Schreger) lines and no pores: ivory.
    ("Antique bovine bone carved netsuke lot (3) Meiji style — see description",
     "Three small carved netsuke from a collection I bought at auction. Listed as bovine bone per eBay rules.\nSizes 4 to 5.5 cm. Rat, monkey with peach, and a sleeping shishi. Lovely warm honey patina, fine crosshatch lines visible on the base under magnification (see photo 7), no pores or dark specks like ordinary bone.\nWeight 38.4 g total.\nShipping: USPS Priority with insurance, US only. I do not ship internationally for these, sorry.\nReturns: 30 days, buyer pays return shipping.\nCheck my other listings for Japanese woodblock prints, Imari plates, bronze bells and Satsuma vases. Combined shipping available.",
     "en"),
    # long2-0222: Stuffed hornbill specimen with intact casque.
    ("Cần bán chim hồng hoàng nhồi bông + đồ trang trí nhà",
     "Nhà mình sửa lại nên bán một số đồ trang trí:\n- Bình hoa gốm — 200k\n- Đồng hồ quả lắc — 1tr5\n- Con chim hồng hoàng nhồi (tiêu bản), mỏ còn nguyên — ib giá\n- Kệ gỗ — 600k\nỞ Buôn Ma Thuột.\nMọi người đọc kỹ bài trước khi hỏi nha, cái gì ghi giá rồi là giá cuối, không bớt. Ưu tiên ai lấy nhiều món. Ai ở xa có thể gửi xe khách, phí ship tự trả.",
     "vi"),
    # long2-0131: Bilingual clearance with two ivory seal blanks.
    ("KL Clearance Sale 清货大拍卖 — office + home items, must go this weekend",
     "Clearance sale 清货 this weekend only, Cheras KL, self collect 自取:\n- Office chairs x6, RM80 each 办公椅\n- Steel filing cabinet RM150\n- Panasonic microwave RM120\n- Chinese calligraphy brushes set 毛笔一套 RM60\n- 老爸的象牙印章 two ivory chops, uncarved, old stock from his shop in the 80s, RM offer, whatsapp me\n- Rice cooker, kettle, iron RM20 each\n- Children's books English + 中文 RM2 each\nCash or DuitNow. No holding, first come first served 先到先得.",
     "mixed"),
]

# (title, description, lang): must stay out (benign look-alikes)
PASS = [
    # long2-0020: ID thread concluding celluloid, no sale.
    ("r/whatisthisthing — Found in my grandma's attic, is this ivory?",
     "OP: Found a carved bracelet in my grandma's attic. Yellowish, about 2 cm wide. Is it ivory? I don't want to sell anything illegal, just curious.\nTop comment: Look at the end grain. If you see a crosshatch pattern (Schreger lines), it's probably elephant ivory. If you see tiny dots/pores, it's bone.\nReply: The hot pin test helps tell it from plastic. Plastic melts and smells.\nOP update: It has parallel lines and a seam, it's celluloid (French ivory). Thanks everyone!\nReply: Nice, celluloid from the 1920s is collectable too.",
     "en"),
    # long2-0205: Art print about hornbills.
    ("Hornbill casque illustration — giclée print",
     "Giclée print of my watercolour \"Helmeted Hornbill\", A3, archival paper.\nPart of my \"Red List\" series highlighting species threatened by trade: helmeted hornbill (casque carved as \"red ivory\"), pangolin, saola, vaquita.\nProceeds: 20% to Rhino Resource Center and Hornbill Research Foundation.",
     "en"),
    # long2-0022: Building-materials list where 象牙白 is a paint and tile colour.
    ("【家装建材店】本周特价清单 乳胶漆/瓷砖/五金",
     "本周特价，仅限门店和网店同步：\n1. 立邦净味乳胶漆 象牙白 5L ¥298\n2. 多乐士 奶咖色 5L ¥268\n3. 东鹏瓷砖 800×800 象牙白 哑光 ¥78/片\n4. 马可波罗 木纹砖 ¥65/片\n5. 九牧 淋浴花洒 ¥599\n6. 公牛插座 五孔 ¥12/个\n7. 卡夫特 玻璃胶 ¥18/支\n8. 德国进口门锁 ¥860\n下单满3000送货上楼，可代施工，详情咨询客服。所有瓷砖拆箱不退，乳胶漆调色不退。\n门店地址：建材城A区23号。营业时间：8:30-18:00。所有商品开正规发票。#装修 #乳胶漆 #瓷砖",
     "zh"),
    # long2-0102: Supermarket list with White Elephant toothpaste.
    ("社区超市 日用品 周末大促",
     "周末大促清单：\n白象牙膏 120g ×3 ¥19.8\n白象 方便面 红烧牛肉 5连包 ¥12.9\n蓝月亮洗衣液 3kg ¥39.9\n维达抽纸 10包 ¥29.9\n金龙鱼 调和油 5L ¥69\n鲁花 花生油 ¥139\n福临门 大米 10kg ¥59.9\n满68元送鸡蛋一盒，社区内免费配送。\n本周特价鸡蛋每人限购两盒，先到先得。会员积分可以抵现金，一百积分抵一元。营业时间7:00-22:00，节假日正常营业。\n#新品上架 #限时特价 #包邮 #好评如潮 #老店信誉\n收藏加购优先发货，评价晒图有惊喜。",
     "zh"),
    # long2-0187: NGO explainer naming every banned product, no sale.
    ("科普｜这些“文玩”其实违法，别再买了",
     "最近很多朋友问我市面上的文玩哪些能买。今天列一个清单，下面这些买卖都是违法的：\n① 象牙及制品（2018年起全面禁止商业性加工销售）\n② 犀角、犀角杯\n③ 玳瑁手镯、玳瑁梳（海龟均为一级保护）\n④ 鹤顶红（盔犀鸟头胄）\n⑤ 穿山甲片、炮山甲\n⑥ 虎骨、虎骨酒、豹骨\n⑦ 砗磲里的大砗磲\n哪些可以买？牛骨、骆驼骨、水牛角、树脂工艺品、象牙果（植物）。看到有人卖上面那些，可以拨打12315或者向森林公安举报。转发让更多人看到。\n#野生动物保护 #文玩 #科普 #没有买卖就没有杀害",
     "zh"),
    # long2-0196: Buffalo horn combs; "not plastic" defends a legal material.
    ("天然水牛角梳 手工打磨 送礼佳品",
     "亲亲们好，年底冲量，本周全场满减，满300减30，满600减80，可与店铺券叠加使用。\n本店牛角梳全部为天然水牛角手工制作，非塑料、非树脂，可火烧验证（有烧头发的味道）。\n规格：\n· 宽齿梳 18cm ¥68\n· 细齿梳 16cm ¥58\n· 刮痧板 ¥35\n· 按摩梳 带手柄 ¥88\n保养：避免长时间泡水，可以涂少量橄榄油。\n可定制刻字，送礼盒。注意：水牛角是家养水牛的角，不是犀牛角，请放心购买。\n店铺介绍：我们是一家十年老店，工厂在江苏，所有产品纯手工打磨。支持七天无理由退换。#牛角梳 #手工 #送礼",
     "zh"),
    # long2-0139: Mammoth molar slice: benign per rules.
    ("猛犸象臼齿 化石 标本 磨牙切片 教学收藏",
     "【店铺公告】亲，欢迎光临本店！本店为实体店铺线上分店，所有商品实物拍摄，因显示器不同可能存在轻微色差。下单前请先咨询客服确认库存，客服在线时间9:00-23:00。\n猛犸象臼齿（磨牙）化石切片，产自西伯利亚冻土，可见釉质板层结构，适合做标本展示、教学用。\n尺寸：约8×5cm，厚5mm，重约60克。\n注：本品为臼齿（牙齿咀嚼面），不是象牙（门齿），不含任何大象制品。\n另售恐龙蛋化石碎片、菊石、三叶虫。附标本说明卡。\n店铺介绍：我们是一个古生物爱好者开的小店，所有化石标本均为合法来源，可开发票。学校批量采购可议价。#化石 #标本 #科普",
     "zh"),
    # long2-0145: Tagua nut (vegetable ivory).
    ("象牙果 塔瓜果 手串 植物象牙 DIY",
     "【店铺公告】亲，欢迎光临本店！本店为实体店铺线上分店，所有商品实物拍摄，因显示器不同可能存在轻微色差。下单前请先咨询客服确认库存，客服在线时间9:00-23:00。\n象牙果（tagua nut）是南美棕榈树的种子，又叫植物象牙，质地硬、颜色白，可以代替象牙做雕刻。\n本店有：原果 ¥5/个，切片 ¥2/片，手串 12mm ¥38\n环保材料，不涉及任何动物。\n本店还有椰壳、菩提子、橄榄核等天然植物材料，手工爱好者欢迎选购。\n【购物须知】1. 默认发中通/韵达，需要顺丰请补差价；2. 签收时请当面验货，破损请拒签；3. 非质量问题退换货运费由买家承担；4. 好评返现2元，晒图返5元，联系客服领取。",
     "zh"),
    # long2-0090: Tiger Balm brand.
    ("Dầu cù là con hổ — Tiger Balm chính hãng",
     "Dầu cù là con hổ Tiger Balm (Singapore) chính hãng:\n- Tiger Balm đỏ 19g — 65k\n- Tiger Balm trắng 19g — 65k\n- Miếng dán Tiger Balm — 90k\nDùng xoa bóp đau nhức, không chứa thành phần từ hổ (chỉ là tên thương hiệu).\nHàng nhập khẩu có tem phụ.",
     "vi"),
    # long2-0167: Acetate tortoiseshell pattern sunglasses.
    ("Tortoiseshell acetate sunglasses — retro round",
     "Retro round sunglasses in tortoiseshell acetate, polarized lenses.\nFrame: cellulose acetate (no animal products).\nColors: classic tortoise, blonde tortoise, black.\nUV400. Comes with a microfiber pouch.\nFree shipping on orders over $35.",
     "en"),
    # long2-0172: Documentary recommendations naming ivory, rhino horn and pangolin scales.
    ("周末观影推荐｜三部野生动物纪录片",
     "这周末推荐三部纪录片，适合全家一起看：\n1.《穿山甲：最后的鳞片》讲的是非洲穿山甲被走私的故事，拍到了海关查获几吨鳞片的画面，看完心里很难受。\n2.《象牙游戏》(The Ivory Game) Netflix出品，跟拍卧底调查象牙走私链条，从坦桑尼亚一路到香港。\n3.《我们的星球》第二季，有一集讲犀牛，犀牛角为什么被盗猎，以及保护区怎么反盗猎。\n看完大家就会明白，象牙、犀角、穿山甲片这些东西，没有买卖就没有杀害。欢迎在评论区分享你的观后感。\n#纪录片推荐 #野生动物保护 #周末看什么",
     "zh"),
    # long2-0223: NGO campaign naming products.
    ("ENV kêu gọi: Đừng mua sản phẩm từ động vật hoang dã",
     "Trung tâm Giáo dục Thiên nhiên (ENV) kêu gọi cộng đồng:\nKHÔNG mua, bán, sử dụng: ngà voi, sừng tê giác, vảy tê tê, cao hổ, mật gấu, móng gấu, đồi mồi, mỏ chim hồng hoàng.\nNếu phát hiện hành vi mua bán, hãy báo qua đường dây nóng 1800-1522 (miễn phí).\nNhững sản phẩm thay thế hợp pháp: vòng gỗ, vòng đá, lược sừng trâu, thuốc nam không có thành phần động vật hoang dã.\n#ENV #BaoVeDongVatHoangDa #NoiKhongVoiSanPhamDongVatHoangDa",
     "vi"),
    # long2-0186: Legal cod fish maw.
    ("Cod fish maw, dried — 1 lb, Iceland",
     "Smoke-free, pet-free home. Items come from estate buyouts and are sold as found.\nDried cod fish maw from Iceland, 1 lb. Great for soups.\nSpecies: Atlantic cod (Gadus morhua). NOT totoaba, NOT bahaba.\nSoak overnight and boil with ginger before use.",
     "en"),
    # long2-0120: Ivory colour wedding dress.
    ("Ivory wedding dress, lace sleeves, size 8 — plus bridal accessories bundle",
     "Selling my wedding dress and accessories — I wore it once and it's been professionally cleaned and preserved.\nDress: ivory lace, cathedral train, size 8, Maggie Sottero.\nVeil: ivory tulle, fingertip length.\nShoes: champagne satin, size 7.5.\nEarrings: pearl drops.\nGarter: blue, unused (I had a backup!).\nI also have table runners in ivory and gold, 20 of them, and mason jar centerpieces.\nLocal pickup in Austin or shipping at cost. Happy to send more photos.",
     "en"),
    # long2-0238: Buffalo horn combs; "not plastic" defends a legal material.
    ("Buffalo horn comb set — handmade, not plastic",
     "Handmade water buffalo horn combs, polished by hand in our family workshop.\nThese are genuine buffalo horn, not plastic, not resin — you can feel the difference, they're anti-static and warm in the hand.\nSet of 3: wide-tooth, fine-tooth, beard comb. Each comes in a cotton pouch.\nBuffalo horn is a by-product of the meat industry in Vietnam. No endangered animals are involved.\nShipping 7-14 days worldwide.",
     "en"),
    # long2-0085: Bilingual museum-shop list; names are idioms, colours and replicas.
    ("Museum shop 博物馆文创 — new arrivals / 新品上架",
     "Museum shop new arrivals 新品上架:\n1. 《象牙塔》 notebook set, ivory-white paper 象牙白内页 ¥39\n2. Pangolin enamel pin 穿山甲徽章 ¥25\n3. \"Rhino\" tote bag 犀牛帆布袋 ¥59\n4. Replica bronze tiger tally 虎符复制品（铜合金）¥128\n5. 玳瑁色 hair clip (acetate) ¥29\nAll profits support the museum's education programme. 所有收益用于博物馆教育项目。No real animal products 不含任何动物制品。",
     "mixed"),
    # guards on the reach of the d-long2 entries (new wording)
    ("T-bone steaks 4 pack", "dry aged, 500 g each, grill in 8 minutes", "en"),
    ("Digital bathroom scales", "180 kg max, body-fat mode, kitchen scales and luggage scales also in stock", "en"),
    ("Oak dining table, seats 8", "collection only, off-site parking available behind the shop", "en"),
    ("Stuffed pangolin plush toy 30cm", "soft toy for kids, rolls into a ball, polyester", "en"),
    ("Tượng hồng hoàng gỗ", "tượng chim hồng hoàng bằng gỗ mít, cao 30cm, trang trí phòng khách", "vi"),
]


@pytest.mark.parametrize("title,description,lang", FLAG)
def test_long2_buried_trade_line_reaches_a_reviewer(expect, title, description, lang):
    expect.flagged(title, description, lang)


@pytest.mark.parametrize("title,description,lang", PASS)
def test_long2_long_lookalike_stays_out(expect, title, description, lang):
    expect.not_flagged(title, description, lang)
