"""q8 (issue 12): one wildlife line inside a long list of goods (an estate lot, a shop's stock post)."""
import pytest

from classifiers import features as feat
from classifiers.lot_lists import focus, is_lot_list

ORDINARY = ["Victorian brass candlesticks, pair", "Set of 6 crystal wine glasses", "Oak writing slope with key",
            "Silver plated teapot, Sheffield", "Box of vintage postcards, 1920s", "Mahogany mantel clock, working",
            "Cut glass decanter with stopper", "Framed watercolour of a harbour", "Pewter tankard engraved",
            "Collection of thimbles (20)", "Brass ship's bell", "Walking stick with silver collar",
            "Old paperback novels, box of 30", "Royal Doulton figurine, lady in blue"]


def _lot(line: str | None, at: int = 7, n: int = 14) -> dict:
    items = ORDINARY[:n]
    if line is not None:
        items = items[:at] + [line] + items[at:]
    desc = "Estate clearance, everything must go, collection only.\n" + "\n".join(
        f"{i + 1}. {x}" for i, x in enumerate(items))
    return {"title": f"House clearance job lot, {len(items)} items", "description": desc}


@pytest.mark.parametrize("line", ["Carved ivory elephant figure, 12cm", "Rhino horn libation cup, old",
                                  "Tortoiseshell hair comb, hawksbill, genuine", "虎骨酒一瓶 老酒"])
def test_one_wildlife_line_in_a_long_lot_flags(clf, line):
    a = clf.assess(_lot(line))
    assert a.flagged, a.explanation


@pytest.mark.parametrize("line", [None, "Tiger print silk scarf", "Ivory coloured lace tablecloth",
                                  "Bone china tea set, 12 pieces", "Plush elephant toy, 30cm"])
def test_a_lot_of_ordinary_goods_stays_out(clf, line):
    a = clf.assess(_lot(line))
    assert not a.flagged, a.explanation


def test_focus_reads_title_intro_and_product_lines(clf):
    lst = _lot("Carved ivory elephant figure, 12cm")
    norm: list[str] = []
    raw, _, _ = clf.raw_matches(lst, norm)
    kept = norm[0].split("\n")  # what the learned text part reads
    assert len(kept) == 3 and "ivory" in kept[2] and "clearance" in kept[1] and "job lot" in kept[0]
    whole = "\n".join([lst["title"], lst["description"]]).lower()
    assert is_lot_list(whole)


def test_short_listing_is_read_whole():
    t = "ivory bangle\nold, 52mm\nheavy\nDM"
    assert not is_lot_list(t)
    assert focus(t, []) == t


def test_news_post_keeps_its_frame(clf):
    desc = "News report: customs seizure this week\n" + "\n".join(
        f"{i}. {x}" for i, x in enumerate(["3 tonnes of ivory tusks", "pangolin scales, 200kg", "tiger bones",
                                           "rhino horn pieces", "hornbill casques", "turtle shells"], 1))
    lst = {"title": "Seizure report (news)", "description": desc}
    raw, contacts, _ = clf.raw_matches(lst)
    f, _ = feat.extract(raw, len(contacts), None)
    assert f.get("benign_media") and f.get("talk_about")  # the frame in the title speaks for the post
    assert not clf.assess(lst).flagged
