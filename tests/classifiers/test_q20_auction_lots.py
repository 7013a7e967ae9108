"""q20 (issue 12 kind 2: auction catalogues). A lot's provenance line (来源：, Provenance:) beside a
lot number or estimate is the catalogue's, not a news credit: a lot of a prohibited material is
offered for bids. News about an auction, a reposted story with its source line, and lots of
look-alike materials stay out."""
import pytest

FLAG = [
    ("拍品 27 清 象牙雕仕女", "拍品27 清中期 象牙雕仕女立像\n来源：香港私人藏家旧藏\n估价：HKD 80,000-120,000"),
    ("Lot 14 玳瑁 梳子", "Lot 14 民国 玳瑁发梳一对\n来源：日本关西家族收藏\n估价 RMB 6,000-9,000"),
    ("秋拍 犀角杯", "秋季拍卖 犀角雕松鹤杯 来源：欧洲古董商旧藏，附购买发票"),
]
STAY_OUT = [
    ("拍卖行撤拍象牙", "据报道，某拍卖行在舆论压力下撤下三件象牙拍品。来源：新华网"),
    ("转载：海关查获象牙", "海关查获走私象牙制品 120 公斤，犯罪嫌疑人已被刑拘。来源：人民日报"),
    ("拍品 5 德化 象牙白 观音", "拍品5 明 德化窑 象牙白 观音坐像\n来源：日本旧藏\n估价：RMB 50,000-80,000"),
    ("拍品 8 牛骨 仿牙雕", "拍品8 牛骨雕 仿牙雕 人物摆件\n来源：本地藏家\n估价：RMB 800-1,200"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_lot_with_provenance_flags(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_news_and_lookalike_lots_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)
