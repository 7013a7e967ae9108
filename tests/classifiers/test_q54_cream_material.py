"""A carving of unnamed material told by its cream colour and two ivory tells (ivory.yaml q54 'cream coloured
material', classifiers/white_tells.py; train_en18 0079, train_en10 0032 kind): the Schreger pattern as
sellers name it (lattice, engine-turned, chequer on the cut end), density, yellow age toning, "enquire
privately". Stay-outs: cream food, cloth, paint and named materials (celluloid, resin, camel bone)."""
import pytest

FLAG = [
    ("creamy tone, chequer, privately", "Card case, Canton, carved", "Creamy tone, engine-turned chequer at the ends. Please enquire privately."),
    ("cream material, chequer, won't say", "Small okimono, Meiji", "Cream coloured material, fine chequer on the base. Won't say more."),
    ("carved material, toning", "Snuff bottle, carved", "Cream carved material, chequer at the cut neck, yellow age toning."),
    ("creamy tone, dense, checker", "Chopsticks pair, antique", "Creamy tone, dense, checker on the cut end."),
    ("cream carving, engine turned", "Carved cane handle", "Cream colour carving, dense, engine turned on the end."),
]

PASS = [
    ("food", "Cream cheesecake", "Creamy tone, dense texture, lattice crust, yellow toning from the bake."),
    ("upholstery", "Cream colour sofa", "Cream coloured material, dense foam, diamond pattern quilting. Ask privately."),
    ("celluloid named", "Fountain pen, vintage", "Creamy tone celluloid, engine turned barrel, some yellow toning."),
    ("resin named", "Resin seal, creamy tone", "Cast resin, engine turned pattern, age toning effect. Decor."),
    ("bone named", "Bone hairpin, creamy tone", "Camel bone, engine turned pattern on the end, age toning."),
    ("knitwear", "Cream colour knit jumper", "Cream material, lattice cable knit, dense and warm. Size M."),
]


@pytest.mark.parametrize("kind,title,description", FLAG)
def test_cream_piece_with_tells_is_flagged(expect, kind, title, description):
    expect.flagged(title, description, note=kind)


@pytest.mark.parametrize("kind,title,description", PASS)
def test_cream_look_alikes_stay_out(expect, kind, title, description):
    expect.not_flagged(title, description, note=kind)
