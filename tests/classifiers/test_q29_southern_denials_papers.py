"""q29 (issue 12): kinds left for code by the session 11 data helper d-vi12 (tests/data/README.md,
train_vi12.jsonl, 'left for code').

1. Southern Vietnamese question-then-denial: "X? hông", "Cao khỉ? Không nha", "ngà hả? hông phải đâu"
   (match_rules._ASKED / _PRODUCT_ANSWERED_NO): the product asked about and denied is denied; a legal pet
   asked about and denied ("Rùa tai đỏ? hông") is no look-alike. "hông" is also the hip: only right after
   the question mark.
2. A paper denied is no paper (denied_papers.py): chưa có giấy, hổng có giấy tờ, không có giấy phép trại
   nuôi, không có giấy CITES are no-papers cues, and the paper inside them is no paper claim; a refusal
   (không mua hàng không có giấy tờ) stays a refusal.
3. Shops named after an animal with the business word after the name (Tê Tê Quán, Cọp Nhà Hàng) or a
   Chinese restaurant word with a name character between (犀牛园饭庄): business_names.py.
4. An App I species named under a lexicon entry with no appendix (vẹt xám, rùa sao): strict_listed.app_i_named;
   with a farm paper or a CITES paper it goes to review, its farm papers being the papers to check.
All listings below are written for these tests, not copied from the training sets."""
import pytest

FLAG = [
    # 2. papers denied beside a live listed animal
    ("Trăn gấm con nở tại nhà", "Trăn gấm con nở tại nhà, không có giấy phép, 1tr/con, ai nuôi ib", "vi"),
    ("Cần nhượng culi", "bé culi con 3 tháng, hổng có giấy tờ gì hết, ai thương thì rước", "vi"),
    # 4. App I named under an entry with no appendix, with papers
    ("Vẹt xám non tách đàn", "Vẹt xám con ăn bột, có giấy trại nuôi, bao khỏe, giao toàn quốc", "vi"),
    ("Rùa sao Ấn Độ nở trại", "Rùa sao Ấn Độ nở tại trại Long An, có giấy trại, 2tr5/con", "vi"),
    ("Vẹt xám Congo 1 năm", "Vẹt xám Congo nở tại trại Bình Dương, đã đăng ký với kiểm lâm, có giấy CITES bố mẹ", "vi"),
]
STAY_OUT = [
    # 1. a product asked about and denied, the legal item sold
    ("Mật gấu? Ko đâu nha, mật ong rừng", "Mật ong rừng nguyên chất U Minh, 250k/lít, ship COD", "vi"),
    ("Cao hổ? Hông nha, cao ngựa bạch", "Nhà em nấu cao ngựa bạch với cao xương gà ác, bán lẻ theo lạng", "vi"),
    # 3. shops named after an animal
    ("Lẩu dê Tê Tê Quán khai trương", "Tê Tê Quán mời bà con ghé ăn lẩu dê, bò nướng, giảm 10% tuần đầu", "vi"),
    ("Cọp Nhà Hàng - nhận tiệc cưới", "Cọp Nhà Hàng nhận đặt tiệc cưới, hội nghị 500 khách, Quận 7", "vi"),
    # guards: farmed App II stock with farm papers stays a legal sale
    ("Trăn gấm có giấy trại", "Trăn gấm nở tại trại, có giấy trại, giao toàn quốc", "vi"),
]


@pytest.mark.parametrize("title,description,lang", FLAG)
def test_flagged(expect, title, description, lang):
    expect.flagged(title, description, lang)


@pytest.mark.parametrize("title,description,lang", STAY_OUT)
def test_stays_out(expect, title, description, lang):
    expect.not_flagged(title, description, lang)


def _hits(clf, title, description=""):
    return clf.assess({"title": title, "description": description}).matches


def test_denied_pet_is_no_lookalike(clf):
    hits = _hits(clf, "Rùa tai đỏ? hông, rùa lạ mai vàng", "Con rùa lạ mai vàng có sọc, bán lại 400k")
    pets = [m for m in hits if m.kind == "benign_context" and m.cue == "pet"]
    assert pets and all(m.negated for m in pets)


def test_question_particle_then_denial(clf):
    hits = _hits(clf, "Vòng ngà hả? hông phải đâu, vòng sừng trâu")
    assert any(m.kind == "product_form" and m.negated for m in hits)


def test_hip_is_no_answer(clf):
    # "hông" as the hip/side, not after a question mark: nothing denied
    hits = _hits(clf, "Vòng ngà voi đeo hông", "vòng ngà voi thật, đau hông cũng đeo được")
    assert not any(m.negated for m in hits if m.kind in ("name", "product_form"))


@pytest.mark.parametrize("text,phrase", [
    ("Khỉ con 2 tháng, chưa có giấy tờ, ai nuôi ib", "chưa có giấy"),
    ("Khỉ con 2 tháng, hổng có giấy tờ gì hết", "hổng có giấy"),
    ("Khỉ con 2 tháng, không có giấy phép trại nuôi", "không có giấy"),
])
def test_denied_paper_is_no_paper(clf, text, phrase):
    hits = _hits(clf, "Bán khỉ đuôi lợn con", text)
    assert any(m.kind == "trade_cue" and m.cue == "no_papers" and m.term.lower().startswith(phrase) for m in hits)
    assert not any(m.kind == "legal_channel" for m in hits)
    assert not any(m.kind == "benign_context" and m.cue == "legal_material" for m in hits)


def test_refused_denied_paper_stays_refused(clf):
    hits = _hits(clf, "Trăn gấm có giấy trại", "Trăn gấm nở tại trại, có giấy trại, không bán hàng không có giấy tờ")
    assert not any(m.kind == "trade_cue" and m.cue == "no_papers" and not m.negated for m in hits)


def test_lowercase_quan_is_no_name(clf):
    hits = _hits(clf, "Ai biết tê tê quán nào còn bán", "cần mua 2 con tê tê, quán nhậu nào có ib")
    assert any(m.kind == "name" and m.suppressed_by is None for m in hits)


def test_chinese_restaurant_with_name_character(clf):
    hits = _hits(clf, "犀牛园饭庄 春节订餐", "犀牛园饭庄春节年夜饭套餐 888元 欢迎预订")
    names = [m for m in hits if m.kind in ("name", "code_word")]
    assert names and all(m.suppressed_by is not None for m in names)


@pytest.mark.parametrize("title,description", [
    ("Vẹt xám châu Phi", "sinh sản trong trại, có giấy CITES nhập khẩu"),  # from test_q7_papers.py
    ("Vẹt xám non 4 tháng", "Vẹt xám nở tại trại, có giấy CITES và giấy phép trại nuôi do kiểm lâm cấp"),
])
def test_papered_app_i_by_name_goes_to_review(clf, title, description):
    from classifiers import features as feat

    raw, contacts, _ = clf.raw_matches({"title": title, "description": description})
    f, _ = feat.extract(raw, len(contacts))
    assert f.get("papered_app_i") == 1.0 and "benign_legal_material" not in f, f
    assert clf.assess({"title": title, "description": description}).flagged
