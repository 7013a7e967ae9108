"""q51: kinds left for code by this session's data helpers (tests/data/README.md, train_en17 "Left for code"
1-2), each in new wording beside the benign look-alikes that must stay out.

1. Study, news or conservation words ("today i learned", "did a uni project on conservation", 保护野生动物,
   bảo tồn) beside a firmly named product offered with an amount of money and a bare contact channel
   (whatsapp, DM, inbox, 私聊, ib): the offer, not a report (study_offers.py). Stay out: seizure news with a
   WhatsApp tip line, 'WhatsApp us tips', donation and sponsor appeals, a talk or screening with its ticket.
2. A maw word and the Gulf of California named as its source with words between ("swim bladder 0.9kg,
   from Baja", 花胶 … 加州湾过来的): the matcher's topical gate lets it through and maw_origin.gulf_maw reads
   the totoaba. Stay out: Baja fish tacos, a San Felipe fishing trip, a bladder tea shipped from Baja, a maw
   soup in a Baja restaurant, 'Baja' alone.
3. (train_vi15 "Left for code" 1-2) A legal look-alike the seller offers as an item of its own beside the
   product: the cheaper alternative with its own price or an 'also have' ("also have buffalo horn ones for
   $30", còn có vòng xương bò 150k, 另有牛骨的 300一只), or one more item of a list (cao hổ, cao ngựa bạch)
   no longer covers the product (offered_alternatives.py). Stay out: the product denied (không phải sừng
   tê, not rhino horn), a likeness (looks like rhino horn), the look-alike the only thing offered.
"""
import pytest

STUDY_OFFERS = [
    ("Ivory bracelet", "Did a uni project on elephant conservation lol. Anyway selling this one, $150, whatsapp", "en"),
    ("Hornbill casque pendant", "learned about wildlife protection in school haha, RM 450 grab fast, inbox", "en"),
    ("Ivory bangle, old", "today i learned so much about elephants, grab while cheap $120, whatsapp", "en"),
    ("Rhino horn cup", "studied the conservation report, still selling mine, $900, DM", "en"),
    ("Ivory carving", "conservation experts say old pieces are rare. RM 800, whatsapp only", "en"),
    ("象牙手镯", "今天学习了保护野生动物的知识 手上这个便宜出 800元 私聊", "zh"),
    ("Vòng ngà voi", "đọc báo về bảo tồn voi mới biết quý, còn 1 cái 2tr, ib", "vi"),
    ("Móng hổ bọc bạc", "học về bảo vệ động vật hoang dã, bán rẻ 800k, inbox em", "vi"),
    ("穿山甲片", "最近在学野生动物保护课 家里这些便宜处理 500元一两 私信", "zh"),
]
STUDY_STAYS = [
    ("Elephant ivory seizure", "Police seized 2 tonnes of ivory worth $3 million. Tips on WhatsApp hotline", "en"),
    ("Save the elephants", "donate $10 to protect elephants from ivory poaching, whatsapp us to volunteer", "en"),
    ("Ivory poaching documentary", "Watch our film on conservation, tickets $12, DM for group bookings", "en"),
    ("Rhino horn talk", "conservation talk on rhino horn trade, entry $10, whatsapp to register", "en"),
    ("Ivory seizure", "Customs seized ivory bangles, fined $5,000. WhatsApp us tips", "en"),
    ("象牙走私案", "海关查获象牙 价值300万元 举报请私信", "zh"),
    ("Tê tê bị bắt", "Kiểm lâm thu giữ 50kg vảy tê tê trị giá 200tr, ai biết thông tin inbox đường dây nóng", "vi"),
]

GULF_MAWS = [
    ("Swim bladder 0.9kg", "dried, big size, from Baja, ask price", "en"),
    ("Dried fish maw", "large piece 600g, caught near San Felipe, serious buyers", "en"),
    ("Fish maw A grade", "thick and dry, Sea of Cortez origin, DM", "en"),
    ("Swim bladder, male, 1.1kg", "sun dried, straight from Baja California, cash on pickup", "en"),
    ("花胶 大只", "1斤2两 加州湾过来的 私聊", "zh"),
    ("魚膠 大隻", "科爾特斯海來的 一隻1斤", "zh"),
    ("Bong bóng cá khô", "loại to 1kg, hàng từ vịnh California về, ib", "vi"),
]
GULF_STAYS = [
    ("Baja fish tacos", "fresh fish tacos from Baja, $3 each", "en"),
    ("Fishing trip Baja", "we caught yellowtail from Baja, fish maw recipe included", "en"),
    ("Bladder infection tea", "herbal tea, ships from Baja California, $12", "en"),
    ("Fish maw soup", "restaurant in Baja, dried maw soup $12", "en"),
    ("Sonora desert tour", "bladder control pads, ships from Sonora", "en"),
    ("Baja hoodie", "from Baja, size L, $20", "en"),
]

ALTERNATIVES = [
    ("Rhino horn bangle", "real rhino horn, 18 beads, $2,000. also have buffalo horn ones for $30 if you want cheaper", "en"),
    ("Rhino horn cup", "genuine, 320g, 45tr. We also have buffalo horn cups, cheaper", "en"),
    ("Ivory bangle 58mm", "real elephant ivory, 1200 usd. bone ones $40", "en"),
    ("犀牛角手串", "正品犀角 12颗 2万8 另有水牛角的 便宜 200一串", "zh"),
    ("Vòng ngà voi", "ngà thật 15tr, còn có vòng xương bò 150k", "vi"),
    ("Cao hổ, cao ngựa bạch", "nhận nấu cao hổ, cao ngựa bạch, inbox", "vi"),
    ("Tiger claw, hornbill casque, buffalo horn", "tiger claw 5tr, hornbill casque 12tr, buffalo horn comb, inbox", "en"),
]
ALTERNATIVE_STAYS = [
    ("Buffalo horn bangle", "buffalo horn bangle $30, not rhino horn", "en"),
    ("Vòng sừng trâu", "sừng trâu 200k, không phải sừng tê", "vi"),
    ("Buffalo horn cup", "looks like rhino horn cup, buffalo horn, $45", "en"),
    ("Bone carving", "carved ox bone, ivory colour, $30, also have resin ones $10", "en"),
    ("Cao ngựa bạch", "cao ngựa bạch nguyên chất 1tr/lạng, không bán cao hổ", "vi"),
    ("牛角梳", "天然水牛角梳 50元 另有牦牛角的 80元", "zh"),
]


@pytest.mark.parametrize("title,description,lang", ALTERNATIVES)
def test_look_alike_offered_apart_covers_nothing(expect, title, description, lang):
    a = expect.flagged(title, description, lang)
    assert any(m.kind == "benign_context" and m.remote for m in a.matches), a.explanation


@pytest.mark.parametrize("title,description,lang", ALTERNATIVE_STAYS)
def test_look_alike_that_is_the_item_stays_out(expect, title, description, lang):
    expect.not_flagged(title, description, lang)


def test_alternatives_hook_gate_skips_nothing_it_would_change(both_ways):
    from classifiers import match_rules

    for title, description, _ in ALTERNATIVES + ALTERNATIVE_STAYS:
        gated, ungated = both_ways({"title": title, "description": description}, match_rules._GATE)
        assert gated == ungated


@pytest.mark.parametrize("title,description,lang", STUDY_OFFERS)
def test_study_words_do_not_clear_a_priced_offer(expect, title, description, lang):
    expect.flagged(title, description, lang)


@pytest.mark.parametrize("title,description,lang", STUDY_STAYS)
def test_reports_appeals_and_events_stay_out(expect, title, description, lang):
    expect.not_flagged(title, description, lang)


@pytest.mark.parametrize("title,description,lang", GULF_MAWS)
def test_maw_with_the_gulf_as_its_source(expect, title, description, lang):
    a = expect.flagged(title, description, lang)
    assert any(m.category == "totoaba" for m in a.matches), a.explanation


@pytest.mark.parametrize("title,description,lang", GULF_STAYS)
def test_gulf_places_without_a_maw_offer_stay_out(expect, title, description, lang):
    expect.not_flagged(title, description, lang)


def test_gulf_gate_is_lazy():
    """No text without a place word pays more than substring tests; 'Baja' alone is not topical."""
    from classifiers.maw_origin import gulf_listing, gulf_near

    assert not gulf_near("swim bladder 0.9kg, dried") and not gulf_near("fresh from Baja, $3")
    assert gulf_near("swim bladder 0.9kg, from Baja") and gulf_listing("Swim bladder 0.9kg", "dried, from Baja")
    assert not gulf_listing("Baja hoodie", None)


def test_batch_check_lets_gulf_maw_through(clf):
    from classifiers.batch import rejecter

    reject = rejecter(clf)
    if reject is None:
        pytest.skip("compiled check not built")
    assert reject({"title": "Swim bladder 0.9kg", "description": "dried, big size, from Baja"}) is not True
    assert reject({"title": "Baja fish tacos", "description": "fresh fish tacos from Baja, $3 each"}) is True


def test_study_offer_module_reads_only_offers():
    from classifiers.study_offers import without_study

    assert without_study([], {"title": "ivory", "description": "$100 DM"}) is None
