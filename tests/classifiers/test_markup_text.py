"""q31 (issue 12): markup, code and machine text in a listing field are no seller words
(markup_text.py). A script's document.cookie is no food word that clears a carving, a URL's
tracking parameters name no python or jaguar, an inline tag inside a name (<b>犀</b>角) and HTML
entities (&#x8c61;&#x7259;) read as the characters a buyer sees; matches still point into the field as
written. Hostile markup (huge, unclosed, nested) is read in bounded steps, and a text without markup
is read exactly as before."""
import pytest

from classifiers.batch import rejecter
from classifiers.markup_text import has_markup, to_original, visible

# markup hid the product or brought a look-alike that cleared it
FLAG = [
    ("Old carved netsuke <script>var c = document.cookie; track(c)</script>",
     "ivory netsuke, fine cross grain, cash only, text for photos", "ivory"),
    ("Netsuke, hare on a rock", "<style>.cookie-notice{display:none}</style>solid ivory, creamy, DM me", "ivory"),
    ("&#x7280;&#x89d2;杯 老料", "懂的来，私聊", "rhino_horn"),
    ("&#35937;&#29273;手镯 整料", "老货，懂的来，加微私聊", "ivory"),
    ("<b>犀</b>角杯 老料", "懂的来，私聊", "rhino_horn"),
    ("Ivory bangle <img src=\"cookie.png\" onerror=\"alert(document.cookie)\">", "old solid piece, dm for more", "ivory"),
]
# machine text that named a look-alike or an animal the seller never wrote as prose
STAY_OUT = [
    ("Desk lamp <img src=x onerror=alert(document.cookie)>", "LED, USB port in the base. <script>alert('x')</script>"),
    ("Leather tote bag, brown", "More bags at https://shop.example/bags?utm_source=python&utm_campaign=jaguar-skin"),
    ("Wireless mouse", "Works fine. <a href=\"https://t.example/r?tiger=bone\">see photos</a> pickup only"),
    ("显示器 27寸 <b>特价</b>", "2K分辨率，<script>alert('象牙')</script> 自提"),
    ("Ivory soap &amp; lotion set", "unopened, gift set"),
]


@pytest.mark.parametrize("title,description,category", FLAG)
def test_markup_neither_hides_nor_clears_a_product(clf, title, description, category):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged and category in a.categories, (title, a.explanation)
    assert not any(m.cue == "food" for m in a.matches), a.explanation


@pytest.mark.parametrize("title,first,last", [("<b>犀</b>角杯 老料", "犀", "角"), ("&#x7280;&#x89d2;杯 老料", "&", ";"),
                                              ("&#35937;&#29273;手镯 整料", "&", ";")])
def test_a_name_split_or_written_as_entities_is_read_whole(clf, title, first, last):
    a = clf.assess({"title": title, "description": "懂的来，私聊"})
    i, j = title.index(first), title.index(last, title.index(first) + 1) + 1
    assert any(m.field == "title" and m.start == i and m.end >= j and m.kind != "trade_cue" for m in a.matches), a.matches


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_machine_text_is_no_seller_word(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description,category", FLAG[2:5])
def test_batch_check_lets_markup_through(clf, title, description, category):
    reject = rejecter(clf)
    if reject is None:
        pytest.skip("compiled check not built")
    assert reject({"title": title, "description": description}) is not True


def test_matches_point_into_the_field_as_written(clf):
    title = "<b>象牙</b>手镯 &#x8001;料"  # 老料 with its first character as an entity
    a = clf.assess({"title": title, "description": "懂的来，私聊"})
    named = [m for m in a.matches if m.field == "title" and m.category == "ivory"]
    assert named and named[0].start == title.index("象"), a.matches
    assert any(title[m.start:m.end] == "&#x8001;料" for m in a.matches), a.matches
    for m in a.matches:
        if m.field == "title":
            assert title[m.start:m.end] == m.term, m
    entity = "&#x8c61;&#x7259;手镯"
    b = clf.assess({"title": entity, "description": "懂的来，私聊"})
    spans = [(m.start, m.end) for m in b.matches if m.field == "title" and m.category == "ivory"]
    assert (0, len(entity)) in spans, b.matches  # the whole entity run, not part of it


def test_read_text_and_offsets():
    text = '<p>Netsuke</p><img src=x alt="象&#x7259; bangle" onerror=go()>'
    read, starts, ends = visible(text)
    assert read == "Netsuke\n象牙 bangle "
    i = read.index("象牙")
    s, e = to_original(i, i + 2, starts, ends)
    assert text[s:e] == "象&#x7259;"  # alt text is the seller's, entity and all
    assert visible("a <ivory bangle> b") is None  # no HTML name: the seller's own brackets
    assert visible("see https://x.example/a?b=1 now")[0] == "see now"
    assert visible("A &amp B &#169; C &copy; D")[0] == "A &amp B © C © D"  # a named entity needs its ';'


@pytest.mark.parametrize("text", [
    "plain ivory bangle", "Kate & Liam", "R&D notes", "p@ngolin sc@les", "价格<100元", "love <3", "a<b and c>d",
    "象牙白衬衫", "email me: bob@example.com", "",
])
def test_text_without_markup_is_read_as_it_is(text):
    assert visible(text) is None  # has_markup may say yes ("a<b"): the text still reads as written


def test_the_precondition_passes_ordinary_texts_by():
    assert not any(map(has_markup, ["plain ivory bangle", "Kate & Liam", "p@ngolin sc@les", "价格<100元", "tel 13800138000"]))


def test_unclosed_script_or_comment_hides_nothing_after_it(clf):
    a = clf.assess({"title": "<script>犀角杯 老料", "description": "<!-- 懂的来，私聊"})
    assert a.flagged, a.explanation


@pytest.mark.parametrize("text", [
    "<a " * 20_000,
    "<script>" * 10_000 + "ivory",
    "<script><script>x</script>ivory</script>" * 2_000,
    "<img alt=\"" + "x" * 30_000,
    "&#x" + "1" * 40_000,
    "<!--" * 12_000,
    "http://" + "a" * 45_000,
    "<b " + "onerror=" * 6_000 + ">象牙",
    "<div>" * 9_000 + "象牙手镯" + "</div>" * 9_000,
])
def test_hostile_markup_is_bounded(clf, text):
    read = visible(text)
    assert read is None or len(read[0]) == len(read[1]) == len(read[2])
    a = clf.assess({"title": "x", "description": text})
    assert a.label in ("benign", "suspicious", "illegal")


def test_nested_script_ends_at_the_first_close_as_a_browser_reads_it():
    read = visible("<script>a<script>b</script>ivory bangle</script> end")[0]
    assert "ivory bangle" in read and "a" not in read.split()
