"""q23 (issue 12 kind 5, long posts and lists): three goods named one after another (咖啡、椰子糖、还有穿山甲片)
are a list of goods even in a short post with fewer separators than a list line has: a food or other
look-alike on one item is that item's, not what the product on another item is (item_context.py). Stay
out: news that lists seized goods (its frame words are the post's), menus, stationery and toys whose
look-alikes cover the animal word itself."""
import pytest

FLAG = [
    ("泰国手信", "泰国手信：咖啡、椰子糖、还有穿山甲片，帮带。"),
    ("代购 越南", "越南代购：咖啡、腰果、另外有山甲片，过关包稳。"),
    ("印尼带货", "印尼带货：燕窝、咖啡、还有犀牛角片，过关没问题。"),
    ("缅甸带回", "缅甸带回：茶叶、咖啡、还有虎骨，熟人价。"),
]
STAY_OUT = [
    ("新闻", "新闻：海关在旅客行李中查获咖啡、茶叶、还有穿山甲鳞片，已移交森林公安。"),
    ("咖啡", "咖啡、茶叶、象牙白的杯子，一起出。"),
    ("菜单", "今日菜单：虎皮青椒、红烧肉、还有龟苓膏，欢迎光临。"),
    ("文具", "文具：象牙白笔记本、犀牛牌订书机、熊猫铅笔，学生价。"),
    ("工艺品", "工艺品：木雕、仿象牙摆件、树脂佛像，便宜出。"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_product_among_three_goods_keeps_its_name(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_news_menus_and_covered_names_stay_out(expect, title, description):
    expect.not_flagged(title, description)
