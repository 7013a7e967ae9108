"""q25 (attribute tables). A material row that names the product (材质：象牙, Material: ivory, Chất liệu:
ngà voi) says what the item is made of: a colour word in the title (象牙色, ivory-coloured) or a style
word (仿古) does not cover it. A row that declares a legal material, or a look-alike inside the row
itself, still clears the listing."""
import pytest

FLAG = [
    ("仿古 象牙色 手镯", "品名：手镯\n材质：象牙\n规格：58mm\n产地：非洲"),
    ("Ivory-coloured bangle, vintage", "Item specifics\nMaterial: elephant ivory\nOrigin: Africa\nAge: 1960s"),
]
STAY_OUT = [
    ("象牙色 手镯 仿古", "品名：手镯\n材质：树脂\n颜色：象牙白\n规格：58mm"),
    ("Ivory colour bangle", "Item specifics\nMaterial: resin\nColour: ivory\nSize: 60mm"),
    ("Vòng màu ngà", "Chất liệu: sừng trâu\nMàu: trắng ngà\nKích thước: 58mm"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_material_row_names_the_product(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_legal_material_rows_stay_out(expect, title, description):
    expect.not_flagged(title, description)
