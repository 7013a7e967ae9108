"""q18 (issue 12, kind 4): a quoted word inside a listed name (Tanduk "badak", Pangolin "skin"
wallet, 穿山"甲", ngà 'voi') still names the product, and the quotes are a wink (quoted_names.py).
An apostrophe inside a word, quotes around a look-alike and names that are no lexicon product stay
as they were."""
import pytest

from classifiers.batch import rejecter

FLAG = [
    ("Cula \"badak\" asli, serat kasar", "kecil, warna madu, hubungi WA"),
    ("Pangolin \"leather\" belt, Mong La", "belt from the scaled hide, 95cm, cash only"),
    ("出两片穿山“甲”", "老人留的，要的私聊"),
    ("Lược ngà 'voi' xưa", "hàng để lâu, ai cần ib"),
    ("Empedu \"beruang\" kering 2 biji", "stok lama dari perbatasan, japri"),
]
STAY_OUT = [
    ("Don't miss: tiger's eye bracelet", "natural stone, 8mm beads"),
    ("\"Ivory\" soap bars, 10 pack", "classic soap, unopened"),
    ("Bear \"Brand\" milk 12 cans", "expiry 2027, pick up only"),
    ("象牙“白”衬衫 全新", "棉质 M码 包邮"),
    ("Tiger 'Balm' red, 3 jars", "muscle rub, sealed"),
    ("Elephant 'print' cushion cover", "cotton, 45x45cm, machine wash"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_quoted_word_inside_name_flags(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)
    assert any(m.cue == "wink" and m.canonical == "quoted word in a name" for m in a.matches), a.explanation


@pytest.mark.parametrize("title,description", FLAG)
def test_batch_check_lets_quoted_name_through(clf, title, description):
    reject = rejecter(clf)
    if reject is None:
        pytest.skip("compiled check not built")
    assert reject({"title": title, "description": description}) is not True


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_quotes_around_lookalikes_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)
    assert not any(m.canonical == "quoted word in a name" for m in a.matches)


@pytest.mark.parametrize("title", ["问下「象牙」印章怎么辨别", "My uncle's 'bone' carving, what is it?",
                                   "Rượu 'Hổ Cốt' chỉ là tên thương hiệu"])
def test_whole_quoted_name_or_cover_is_no_cut_name(clf, title):
    """A whole name or a cover material in quotes is read as written (cover_names weighs 'bone')."""
    a = clf.assess({"title": title, "description": ""})
    assert not any(m.canonical == "quoted word in a name" for m in a.matches), a.explanation


def test_offsets_point_at_the_written_name(clf):
    title = "Old Tanduk \"badak\" carving"
    a = clf.assess({"title": title, "description": "dark honey colour"})
    named = [m for m in a.matches if m.kind == "name"]
    assert named and title[named[0].start:named[0].end] == "Tanduk \"badak"


def test_apostrophe_inside_word_is_no_mark():
    from classifiers.quoted_names import edge_marks, to_source, without_marks

    assert edge_marks("don't tiger's") == []
    assert edge_marks("'voi' it’s") == [0, 4]
    joined, at = without_marks("穿山\"甲\"")
    assert joined == "穿山甲" and [to_source(at, j) for j in range(3)] == [0, 1, 3]
