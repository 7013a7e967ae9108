"""A legal or replica material named only as a guess, a yardstick or a cover is not the piece's material
(classifiers/guessed_materials.py, white_tells.py; train_trap1 0093, train_en18 0114, train_zh18 0114), and
small white carvings by their diminutive (ivory.yaml q54: 白色小挂件, 白色的小雕件) as white forms.
Fresh wordings; stay-outs declare the material plainly, have no tell, or name no piece."""
import pytest

FLAG = [
    ("yardstick, en", "Inlaid tea caddy, camel bone frame",
     "The panels are 'old white material', heavier than ordinary camel bone, with fine lines. Best offer."),
    ("yardstick, zh", "白色小印章 老的", "比骆驼骨重 有纹路 出"),
    ("guess, zh", "白色的小牌子", "家里翻出来的 有细纹 说不清是骨头还是啥 看着给"),
    ("yardstick and unknown, zh", "白色小把件", "比牛骨沉 不知道是啥 有纹 便宜出"),
    ("yardstick, zh", "白色小吊坠 旧的", "纹路很清楚 比树脂重很多 不知道是啥 便宜出"),
    ("space in the form, cover, zh", "白色 小摆件", "家里翻出来的 有纹路 很压手 不知道是什么 当牛骨出了"),
    ("yardstick, vi", "Vòng trắng cũ của bà", "Nặng hơn xương trâu thường, có vân, ai thích trả giá."),
]

PASS = [
    ("declared plainly, en", "Camel bone jewellery box", "Handmade camel bone inlay box from Rajasthan, heavy, grain visible. Shipping $12."),
    ("another material declared, en", "Yak bone mala 108 beads", "Yak bone, heavier than normal camel bone malas, fine grain. Tibetan made."),
    ("replica declared, yardstick, en", "Resin netsuke, ivory colour", "Cast resin netsuke, heavier than normal plastic, fine grain detail. Gift boxed."),
    ("declared plainly, zh", "白色小挂件 牛骨雕刻", "牛骨的 有纹路 很沉 手工雕刻"),
    ("resin declared, zh", "白色小摆件 树脂", "树脂的 比塑料重 有纹路 家居装饰"),
    ("no form, zh", "白色T恤", "不知道是什么牌子 有纹路 面料很重 便宜出"),
    ("quoted cover read elsewhere, en", "Cow bone comb", "Cow bone comb, heavier than a plastic one, smooth. Handmade in India."),
    ("stone named, en", "White seal stamp", "Heavier than normal rubber stamps, the grain of the stone is visible. Custom name."),
    ("declared plainly, vi", "Vòng trắng xương trâu", "Vòng xương trâu, có vân, nặng tay, hàng thủ công Thủy Nguyên."),
]


@pytest.mark.parametrize("kind,title,description", FLAG)
def test_guessed_material_is_flagged(expect, kind, title, description):
    expect.flagged(title, description, note=kind)


@pytest.mark.parametrize("kind,title,description", PASS)
def test_declared_material_stays_out(expect, kind, title, description):
    expect.not_flagged(title, description, note=kind)
