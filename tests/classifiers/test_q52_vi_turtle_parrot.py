"""q52 (train_live3 "Left for code": a softshell described, 'két lửa'). (1) a softshell turtle described by its
leathery shell and its snorkel snout (mai mềm như da, mõm như ống hút, leathery shell, snorkel nose) is a live animal
described (descriptors.yaml `# q52:`); stay out: a soft-shell crab (cua lột mai mềm), a pug's pig nose, farmed ba ba
sold as meat, drinking straws. (2) southern 'két' (parrot) with a colour or bird word (két đầu đỏ, chim két, két non)
is the parrot group word, and a live frame with a price lifts its vague-name cap (framed_live.py); stay out: a safe
(két sắt), a beer crate (két bia), a water tank (két nước)."""
import pytest

SOFTSHELL = [
    ("Con rùa lạ mai mềm", "Mai mềm như da, mũi như ống hút, 5kg, bắt dưới suối.", "3tr"),
    ("Rùa sông to", "lưng mềm như da, mõm như ống hút, nặng 10kg, ai mua liên hệ.", "Liên hệ"),
    ("River turtle, leathery shell", "Big river turtle, leathery shell, snorkel nose, 6kg, caught in the river. Offers.", "$300"),
]
KET = [
    ("Két đầu đỏ 2 năm", "két đầu đỏ biết hót, ăn hạt kê.", "1tr2"),
    ("Chim két non", "két non 3 tháng, ăn cám, hiền.", "700k"),
]
STAY = [
    ("Cua lột mai mềm", "Cua lột mai mềm tươi sống, 300k/kg, giao tận nơi.", "300k"),
    ("Pug puppy, cute pig nose", "Pug puppy 10 weeks, cute pig nose, vaccinated.", "$900"),
    ("Ba ba nuôi", "Ba ba trại nuôi 1kg/con, làm thịt.", "350k"),
    ("Cặp mũi như ống hút", "Ống hút inox, mũi nhọn, 10 cái.", "50k"),
    ("Két sắt mini", "két sắt chống cháy 2 năm bảo hành.", "1tr5"),
    ("Bia két 24 chai", "két bia 24 chai, giao 2 két.", "350k"),
    ("Két nước inox", "két nước 500 lít, 2 năm tuổi.", "900k"),
]


@pytest.mark.parametrize("title,description,price", SOFTSHELL)
def test_softshell_described_is_flagged(clf, title, description, price):
    a = clf.assess({"title": title, "description": description, "price": price})
    assert a.flagged and any(m.kind == "descriptor" and m.canonical in ("mai mềm như da", "mũi như ống hút")
                             for m in a.matches)


@pytest.mark.parametrize("title,description,price", KET)
def test_ket_parrot_in_a_live_frame_is_flagged(clf, title, description, price):
    a = clf.assess({"title": title, "description": description, "price": price})
    assert a.flagged and any(m.canonical == "két lửa" for m in a.matches)


@pytest.mark.parametrize("title,description,price", STAY)
def test_crab_pug_meat_safe_crate_stay_out(clf, title, description, price):
    assert not clf.assess({"title": title, "description": description, "price": price}).flagged
