"""Kinds of misses and false flags found on tests/data/train_en10.jsonl (a fresh hand-written English and
mixed set: US estate-sale and auction lots, UK/EU dealers under the Ivory Act, exotic-pet traders on
Reddit/Discord/Telegram, Instagram/TikTok reptile and bird dealers, African WhatsApp traders and curio
exporters, Manglish/Taglish/Indonesian English shops, Thai/Lao border souvenir sellers, TCM wellness
shops; scored held out before the lexicon entries were added). The listings below are new wording for
each kind, not copied from that set: hawksbill shell and bear gall in Malay (penyu karah, cengkerang
penyu, hempedu beruang), pangolin, ivory and rhino horn in French and Portuguese (fourmilier écailleux,
escamas de pangolim, presas de elefante, chifre de rinoceronte), a polar bear hide by name, rhino horn as
'dust', the tiger as king or lord of the mountain and the striped cat's bones, the elephant by its big
ears, species described not named (a scaly hide, the star-shelled tortoise, a prehensile tail, the
world's largest lizard, fibrous horn), App I rock iguanas, the slow loris as 'S.L.', an F0 savannah
(the wild serval itself) and a buyer denying the billiard-ball composition must reach a reviewer;
board games, billiard balls, Bear Brand milk, turtle-watching trips, ivory-coloured paint and dresses in
Portuguese and French, faux and plush polar bears, seashells, cycling jerseys, Noddy toys, nature
documentaries, souvenir shirts, buffalo horn's burnt-hair smell, car parts, printer dust covers and
coconut fibre must stay out (guards on the new entries' reach)."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # Malay names of hawksbill shell and bear gall
    ("Cengkerang penyu lama untuk hiasan", "warna kuning-coklat berjalur, dari Terengganu, COD sahaja"),
    ("Sisik karah 300g, old stock", "for making combs, PM for price"),
    ("Kapsul hempedu beruang asli Sabah", "60 biji sebotol, untuk hati"),
    # French and Portuguese names (Central Africa, Mozambique)
    ("Fourmilier écailleux vivant", "jeune, Bandundu, appel seulement"),
    ("Escamas de pangolim à venda", "2 sacos, Beira, contacto por telefone"),
    ("Presas de elefante esculpidas, par", "antigas, 12kg, entrega em Tete"),
    ("Défenses d'éléphant, 2 pièces", "vente discrète, clients sérieux"),
    ("Chifre de rinoceronte inteiro 1,2kg", "pagamento adiantado"),
    # a product by name that had no entry, and a form sellers use
    ("Old polar bear rug for the cabin", "den clearance in Manitoba, no paperwork"),
    ("Rhino dust 2g vials", "for fever and parties, Saigon delivery"),
    # cover names: the tiger's honorific with its bone, the elephant by its ears
    ("Mountain king bone tonic, 3 years soaked", "for joints, regulars only"),
    ("Liniment with the mountain lord's bone", "old family recipe, regulars only"),
    ("Wine jar with bones of the stripe cat", "5 litres, border pickup"),
    ("Bangles from the animal with big ears", "white, heavy, 6 pcs, ask price"),
    # described, not named
    ("Dried scaly hide, rolled, 60cm", "old stock from Borneo, cash"),
    ("Need more of the starred-shell torts", "adults from Madagascar, paying cash"),
    ("Little guy with a prehensile tail", "hangs off the curtains all day, cash only"),
    ("Hatchling of the world's largest lizard", "from the islands east of Bali, serious buyers dm"),
    ("Carved cup, horn is fibrous, dark honey colour", "old Chinese, not cow, heavy"),
    # App I rock iguanas, initials, the wild parent of a hybrid cat, a composition denied
    ("Cuban rock iguana juvenile", "home bred, no paperwork, pick up only"),
    ("Ricord's iguana hatchlings available", "CB 2026, ships overnight"),
    ("S.L. baby for rehoming", "super tame, teeth done, night active"),
    ("F0 kitten from the wild mum", "spotted, tall ears, no papers for her"),
    ("WTB old billiard balls, not crystalate", "real ones from before the war, cash"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    ("Tusk Wars strategy board game", "complete, 2-4 players"),
    ("Aramith pro cup billiard balls set", "phenolic resin, tournament standard"),
    ("Susu Cap Beruang 24 tin", "Bear Brand sterilised milk, carton"),
    ("Lawatan penyu bertelur Terengganu", "pakej 2 hari 1 malam, tengok penyu naik ke pantai"),
    ("Tinta cor marfim 18L", "tinta acrílica para paredes, branco marfim"),
    ("Robe de mariée blanc ivoire taille 38", "dentelle, portée une fois"),
    ("Faux fur polar bear rug for nursery", "plush, machine washable"),
    ("Polar bear plush 40cm", "Steiff, with button in ear"),
    ("Star shell seashells, set of 5", "Astraea turban shells, beach decor"),
    ("King of the Mountain cycling jersey", "polka dot, size L"),
    ("Noddy and Big Ears figures, vintage", "1970s toys, some paint loss"),
    ("Komodo dragon documentary DVD", "BBC, all about the world's largest lizard"),
    ("Rock iguana T-shirt", "cotton, Cayman Islands souvenir"),
    ("Water buffalo horn cup, hollow base", "smells like burnt hair when heated, that's horn"),
    ("Mercedes SL parts lot", "SL 500 hardtop, bumpers"),
    ("Rhino dust cover for 3D printer", "fits Ender 3, clear acrylic"),
    ("Coconut coir, fibrous, for reptile bedding", "5kg brick"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_en10_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "en")


@pytest.mark.parametrize("title,description", PASS)
def test_en10_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "en")
