"""Plain English titles that name the worked object and its material together (ivory tusk, ivory
netsuke, mammoth ivory carving, an ivory seal stamp) reach a reviewer; the same words as a colour or
a stamp collection do not. Found by the lead probing short titles (development cases)."""
import pytest


FLAG = [
    ("ivory tusk", ""),
    ("Carved ivory tusk, 40cm", "heavy, old"),
    ("ivory netsuke", ""),
    ("Ivory okimono of a fisherman", "Meiji period"),
    ("ivory seal stamp", "blank, ready to carve your name"),
    ("mammoth ivory carving", ""),       # mammoth ivory: suspicious (LABELING), a named product
    ("mammoth tusk section 2kg", ""),
]
STAY_OUT = [
    ("Boxwood netsuke of a rabbit", "carved boxwood, signed"),
    ("Stamp album with 300 postage stamps", "elephants and tigers of Africa series"),
    ("Ivory coloured stamp album", "empty, 20 pages"),
]



@pytest.mark.parametrize("title,description", FLAG)
def test_plain_named_object_reaches_a_reviewer(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "en"})
    assert a.flagged, a.explanation


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_stamp_and_wood_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "en"})
    assert not a.flagged, a.explanation
