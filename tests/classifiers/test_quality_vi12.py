"""Kinds of misses found on tests/data/train_vi12.jsonl (a fresh hand-written Vietnamese set in southern
and central voices: 'dzị', 'hông', 'nhen', 'zô', 'bển'; antique and craft dealers, thuốc nam/thuốc bắc
sellers, đặc sản menus and nhậu posts, pet shops and bird markets, hunters' groups, Laos/Cambodia
border routes, English posts by Vietnamese sellers; scored held out before the lexicon entries were
added). Listings marked (set) are from that set; the others are new wording for the same kind:
hồng hoàng as HH beside a piece word, the Schreger cross-hatch as a chessboard, bone wine or glue of an
unnamed forest animal, a strange turtle/parrot/monkey, no papers said with southern 'hông', a seller
who will not vouch for the material must reach a reviewer; declared cow-hoof claws, books and folk
pictures of the animal, and shops that are only named after an animal must stay out."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # kind 1 (initials): HH = hồng hoàng with a goods word
    ("HH đỏ làm mặt Phật", "Khối HH đỏ 3cm đã chạm mặt Phật, làm quà sếp rất sang, ai biết hàng ib."),  # (set)
    ("Có 2 mặt hh nhỏ", "màu son đẹp, vỏ vàng, ai cần ib em nhen"),
    ("Nhẫn HH bọc vàng 18k", "hàng Lào, đã đeo lên nước"),
    # kind 2 (described): the Schreger cross-hatch as a chessboard
    ("Xương trắng cưa thành khúc", "Có vài khúc xương trắng to bản, lõi đặc, cưa ra thấy vân như bàn cờ. Ai biết xem hàng ib."),  # (set)
    ("Khúc trắng 1,2kg", "mặt cắt như bàn cờ, nặng tay, để lại cho ai biết chơi"),
    # kind 3 (unnamed wild part): cốt rừng, xương thú rừng
    ("Rượu ngâm 'cốt rừng'", "Rượu ngâm 'cốt rừng' 5 lít, ổng nói là cốt ngon lắm, mua lại bình của ông chủ quán."),  # (set)
    ("Cao xương thú rừng nấu tay", "bánh 100g, bồi bổ gân cốt, giao toàn quốc"),
    # kind 4 (higher taxon, unnamed): a strange turtle/parrot
    ("Rùa tai đỏ? hông, rùa lạ mai cao", "Con rùa lạ mai cao màu vàng nâu, có sọc, mua ở chợ Kim Biên về giờ bán lại."),  # (set)
    ("Nhặt được con vẹt lạ", "lông xanh đuôi đỏ, ai nuôi thì để lại ít tiền"),
    # kind 5 (southern no papers, unknown farm)
    ("Trăn gấm con", "Trăn gấm con dài 60cm, nuôi làm cảnh, ăn chuột. Không rõ trại."),  # (set)
    ("Rùa hộp 1 ký", "hông có giấy tờ nên để giá mềm nghen"),
    # kind 6 (seller hedges the material)
    ("Mặt dây chuyền 'hạc đỉnh' màu son", "Mặt 'hạc đỉnh' màu son, nhỏ 2cm, đẹp lắm, không biết là nhựa hay thật, bán như đồ cũ."),  # (set)
    ("Chuỗi màu hổ phách vân đốm", "Chuỗi hạt màu hổ phách có vân đốm nâu như đồi mồi, nhẹ, gõ kêu đanh, đồ xưa hông rõ chất liệu."),  # (set)
    # flags that already worked: the set's southern voices stay flagged
    ("Móng cọp bọc bạc", "Móng cọp bọc bạc làm mặt dây, hàng thật nha, hông phải móng bò mài. Có soi đèn thấy tủy."),  # (set)
    ("Tê tê hàng núi zô tới", "Mấy anh nhậu ơi tê tê rừng mới zô 2 con, con 4 ký con 5 ký, để luôn cho mấy anh làm tiệc nghen."),  # (set)
    ("Ngà dzoi khúc nhỏ làm mặt", "Ngà dzoi khúc nhỏ 200gr để làm mặt dây, ai cần ib em, ai hỏi giá công khai em hông trả lời nghen."),  # (set)
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # declared replica claws and fangs
    ("Móng bò mài giả móng cọp – đồ trang trí", "Móng bò mài hình móng cọp, bọc đồng, đồ trang trí, rẻ, nói trước cho khách biết."),  # (set)
    ("Nanh hổ giả bằng xương bò", "mặt dây đeo cho vui, giả nanh hổ, ghi rõ cho khách"),
    # books and folk pictures of the animal
    ("Sách 'Tê tê – loài thú có vảy bị săn nhiều nhất'", "Sách khoa học thiếu nhi về tê tê, tranh màu, NXB Kim Đồng. Dạy bé yêu thiên nhiên."),  # (set)
    ("Tranh đông hồ Hổ – Bát Tràng", "Đĩa sứ Bát Tràng vẽ tranh Đông Hồ con hổ, treo tường ngày Tết, men lam, đường kính 30cm."),  # (set)
    ("Tranh sơn mài đàn voi", "tranh sơn mài 40x60 vẽ đàn voi Bản Đôn, quà tặng đối tác"),
    # a shop only named after an animal, a seller who sells no wildlife
    ("Quán Lẩu Dê 'Tê Tê Quán'", "Tê Tê Quán – lẩu dê, bò nhúng giấm, mở cửa 10h-22h. (Tên quán thôi, hông bán tê tê nghen.)"),  # (set)
    ("Cao khỉ? Không nha, cao xương gà đen", "Nhiều người hỏi cao khỉ, em chỉ nấu cao xương gà ác với cao ngựa, không bán động vật rừng nhen."),  # (set)
    # look-alikes in the same voices that already stayed out
    ("Lược sừng trâu Thái Bình chính gốc", "Lược sừng trâu làm thủ công làng Thụy Ứng, hông phải nhựa nhen, hơ lửa có mùi khét tóc là sừng thật."),  # (set)
    ("Bị tê tê tay chân về đêm uống gì?", "Mấy chị ơi má em dạo này bị tê tê tay chân về đêm, có ai biết thuốc gì uống hông chỉ em với nghen."),  # (set)
    ("Kỳ đà cản mũi – chuyện tình miền Tây", "Đang tính tỏ tình với nhỏ thì thằng bạn thân nhảy zô làm kỳ đà cản mũi, tức dễ sợ mấy bà ơi"),  # (set)
    ("Trút giận lên ai bây giờ", "Đi làm bị sếp la, về nhà bị vợ la, trút giận lên ai bây giờ trời ơi."),  # (set)
    ("Vẹt Ringneck có giấy CITES phụ lục II", "Vẹt Ringneck xanh 6 tháng, sinh sản tại trại, có giấy CITES Phụ lục II và giấy trại nuôi. Đeo khoen chân."),  # (set)
    ("Xe Cọp Honda xưa", "Bán xe máy Honda Dame 'cọp' đời 1985, máy êm, giấy tờ đầy đủ. Ai chơi xe xưa ghé Biên Hòa."),  # (set)
    ("Heo rừng lai nuôi trại có giấy", "Bán heo rừng lai nuôi trại, có giấy phép trại nuôi của Chi cục kiểm lâm, 15-20kg/con, giao Củ Chi."),  # (set)
]


@pytest.mark.parametrize("title,description", FLAG)
def test_vi12_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "vi")


@pytest.mark.parametrize("title,description", PASS)
def test_vi12_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "vi")
