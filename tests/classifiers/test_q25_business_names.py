"""q25 (look-alikes: business and place names). An animal's name written capitalised after a business
word (Nhà hàng, Quán, Khách sạn, Homestay, Café, Hotel, Restaurant) or before one (X Homestay, X Hotel),
or before 酒店/餐厅/饭店, names the business: "Nhà hàng Tê Giác" is no rhino horn and gives no 'hàng tê'.
A lowercase product word after a business word is what the business buys or sells and still counts."""
import pytest

STAY_OUT = [
    ("Khách sạn Tê Giác tuyển lễ tân", "Khách sạn Tê Giác (Quận 3) tuyển 2 lễ tân, lương 8tr, liên hệ quản lý."),
    ("Quán Nhậu Tê Tê khai trương", "Quán Nhậu Tê Tê khai trương, giảm 20% bia, lẩu dê 250k."),
    ("Đồi Mồi Café Nha Trang", "Đồi Mồi Café - view biển, cà phê muối 35k, mở cửa 7h."),
    ("Ngà Voi Homestay Đà Lạt", "Ngà Voi Homestay: phòng đôi 500k/đêm, gần chợ, có chỗ đậu xe."),
    ("金象大酒店 招聘", "金象大酒店招聘前台两名，月薪五千，包吃住，电话联系人事部。"),
]
FLAG = [
    ("Nhà hàng cần mua tê tê", "Nhà hàng cần mua tê tê sống 3-4kg, trả giá cao, ai có ib."),
    ("Quán bán sừng tê", "quán có bán sừng tê giác nguyên chiếc, hàng Phi, ib giá."),
]


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_business_named_after_an_animal_stays_out(expect, title, description):
    expect.not_flagged(title, description)


@pytest.mark.parametrize("title,description", FLAG)
def test_business_buying_or_selling_the_product_flags(expect, title, description):
    expect.flagged(title, description)
