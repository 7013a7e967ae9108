"""q9 (issue 12, false clears): a see-through material naming the specimen's case (玻璃罩, glass dome,
acrylic display case) is not the item's material: the specimen is still the item. A glass or crystal
figurine of the animal stays a look-alike, and a wooden box is the item itself."""
import pytest

from classifiers.container_materials import drop_container_materials


class _Hit:
    def __init__(self, kind, cue, s, e):
        self.kind, self.cue, self.n_start, self.n_end = kind, cue, s, e


@pytest.mark.parametrize("t,span", [("穿山甲标本玻璃罩完整", (5, 7)), ("pangolin under glas dome", (15, 19)),
                                    ("pangolin in a glas display case", (14, 18)),
                                    ("turtle shel in acrylic box", (15, 22))])
def test_a_case_material_is_dropped(t, span):
    assert drop_container_materials([_Hit("benign_context", "legal_material", *span)], t) == []


@pytest.mark.parametrize("t,span", [("glas pangolin figurine", (0, 4)), ("玻璃穿山甲摆件", (0, 2)),
                                    ("rosewood box with ivory inlay", (0, 8)), ("crystal elephant", (0, 7))])
def test_an_item_material_stays(t, span):
    hits = [_Hit("benign_context", "legal_material", *span)]
    assert drop_container_materials(hits, t) == hits


FLAG = ["穿山甲标本 玻璃罩 完整 有编号", "Pangolin taxidermy under a glass dome, complete, old collection",
        "Stuffed pangolin in a glass display case, pick up only"]
STAY_OUT = ["Glass pangolin figurine, hand blown", "玻璃穿山甲摆件 手工吹制", "Acrylic display case for figurines 30cm",
            "水晶大象摆件 送玻璃罩"]


@pytest.mark.parametrize("text", FLAG)
def test_specimen_in_a_glass_case_flags(clf, text):
    a = clf.assess({"title": text, "description": ""})
    assert a.flagged, (text, a.explanation)


@pytest.mark.parametrize("text", STAY_OUT)
def test_glass_lookalikes_stay_out(clf, text):
    a = clf.assess({"title": text, "description": ""})
    assert not a.flagged, (text, a.explanation)


# session 11: glass eyes are a part set into a mount or a doll, not the item's material
@pytest.mark.parametrize("t,span", [("mounted hawk, glas eyes", (14, 18)), ("老鹰标本 玻璃眼", (5, 7))])
def test_glass_eyes_are_dropped(t, span):
    assert drop_container_materials([_Hit("benign_context", "legal_material", *span)], t) == []


@pytest.mark.parametrize("text", ["Mounted owl, wings spread, glass eyes, from an estate, offers",
                                  "Taxidermy pangolin, glass eyes, old collection, pick up only"])
def test_mount_with_glass_eyes_flags(clf, text):
    a = clf.assess({"title": text, "description": ""})
    assert a.flagged, (text, a.explanation)


@pytest.mark.parametrize("text", ["Teddy bear with glass eyes, mohair, 1950s", "Glass eyes for taxidermy and dolls, 12mm pair"])
def test_glass_eyes_lookalikes_stay_out(clf, text):
    a = clf.assess({"title": text, "description": ""})
    assert not a.flagged, (text, a.explanation)
