"""Rule hooks gated by their declared preconditions (hook_gates.py) and regexes compiled on first use
(lazy_regex.py), issue 13: a gate may skip a hook only where the hook would have done nothing, and a
lazy regex must answer as the compiled one. Whole-set output identity is checked by reach.py; these
texts (own wording) put each gated hook's kind of listing through the real classifier both ways."""
import re

import pytest

from classifiers import match_rules
from classifiers.engine import load_classifier
from classifiers.hook_gates import Gate, needs
from classifiers.lazy_regex import LazyPattern, lazy_compile

# a listing for each of ten gated hooks' kinds (each read differently were its hook not called: checked
# when written), and two with no trigger at all
TEXTS = [
    ("Vòng tay gading asli, bukan resin", "harga nego, wa 0812"),  # negate_sea
    ("唔好問象牙", "只有牛骨手串 微信联系"),  # negate_asked
    ("会场须知", "禁止带入象牙、犀角制品，违者清场"),  # negate_ruled
    ("buying bangles, the white kind", "not wood or plastic, white only, dm price"),  # colour_code_asked
    ("avoid pangolin scales, they are illegal", "our soup uses chicken bones"),  # advise_against
    ("Nhà hàng Tê Giác Xanh", "khai trương, món ngon giá rẻ"),  # business_names
    ("玳瑁手镯 仿的", "树脂仿玳瑁 不是真的"),  # cover_bound_imitations
    ("象牙色手镯", "材质：象牙\n颜色：白"),  # material_row_products
    ("象牙标本 玻璃罩", "亚克力底座 摆件"),  # drop_container_materials
    ("假象牙请勿购买，我家正宗", "牛骨雕刻"),  # drop_fake_warnings
    ("象牙手镯 老料", "微信联系 价格私聊"),  # none of the words
    ("Old ivory carving, estate piece", "pick up only, $450"),  # none of the words
]


@pytest.fixture(scope="module")
def clf():
    return load_classifier()



@pytest.mark.parametrize("title,description", TEXTS)
def test_gated_and_ungated_hooks_give_the_same_assessment(both_ways, title, description):
    gated, ungated = both_ways({"title": title, "description": description}, match_rules._GATE)
    assert gated == ungated


def test_a_plain_chinese_offer_calls_none_of_the_word_gated_hooks():
    class Hit:
        kind, cue = "name", None
    on = match_rules._GATE.open("象牙手镯 老料\n微信联系 价格私聊", [Hit()])
    for hook in (match_rules.negate_sea, match_rules.negate_asked, match_rules.negate_ruled,
                 match_rules.business_names, match_rules.advise_against, match_rules.material_row_products,
                 match_rules.drop_bone_food, match_rules.cover_bound_imitations, match_rules.colour_code_asked):
        assert hook not in on, hook.__name__


def test_a_trigger_word_or_kind_of_hit_opens_its_hook():
    class Food:
        kind, cue = "benign_context", "food"
    on = match_rules._GATE.open("gading bukan resin\nnhà hàng", [Food()])
    assert {match_rules.negate_sea, match_rules.business_names, match_rules.drop_bone_food} <= on


def test_a_hook_without_a_declaration_is_always_on_and_needs_leaves_the_hook_callable():
    def plain(hits, t):
        return "plain"

    @needs(words=("xyz",))
    def gated(hits, t):
        return "gated"

    gate = Gate(plain, gated)
    assert gate.open("nothing here", []) == {plain}
    assert gate.open("an xyz here", []) == {plain, gated}
    assert gated([], "") == "gated"  # the decorator adds an attribute, no wrapper


def test_a_lazy_regex_compiles_on_first_use_and_answers_as_the_compiled_one():
    source = r"(?<![a-z])(?:ivory|象牙)(?P<rest>\w*)"
    lazy = lazy_compile(source, re.IGNORECASE)
    assert isinstance(lazy, LazyPattern) and "compiled" not in vars(lazy)  # not compiled at creation
    assert lazy.pattern == source  # readable without compiling
    plain = re.compile(source, re.IGNORECASE)
    for text in ["IVORY bangle", "old ivorys", "象牙手镯", "no match", "xivory"]:
        assert bool(lazy.search(text)) == bool(plain.search(text))
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert lazy.sub("#", text) == plain.sub("#", text)
    assert lazy.groupindex == plain.groupindex and lazy.compiled.pattern == source
    assert "search" in vars(lazy)  # after the first use the method is a plain attribute


def test_every_ban_the_advice_hook_reads_after_a_product_holds_one_of_its_gate_words():
    from classifiers import advice_against

    for text in ["totoaba, it's banned", "穿山甲是违法的", "sừng tê giác là phạm pháp", "they are ilegal",
                 "tê tê bị cấm", "象牙禁售的", "it is strictly prohibited", "it is now illegal", "đều bất hợp pháp"]:
        found = advice_against._AFTER_RE.search(text)
        assert found, text
        assert any(w in found.group(0) for w in advice_against._BANS), text


@pytest.mark.parametrize("title,description", TEXTS)
def test_the_gate_opens_the_hooks_a_test_per_hook_would(clf, monkeypatch, gate_reference, title, description):
    gate, seen = match_rules._GATE, []
    real = gate.open

    def checked(t, hits):
        on = real(t, hits)
        assert on == gate_reference(gate, t, hits)
        seen.append(t)
        return on

    monkeypatch.setattr(gate, "open", checked)
    clf.assess({"title": title, "description": description})
    assert seen
