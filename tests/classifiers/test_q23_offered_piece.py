"""q23 (issue 12 kind 3): an owner's question that also offers the piece (offered_piece.py). A poster who
asks about a piece (求鉴定, 能卖吗, help identify) named or described as a protected one and in the same
post lets it go or weighs an offer (有人要也可以出, 有人出两千想要, 多少钱能卖, 还有人要吗, if anyone wants
it, có người trả ... bán được không) is selling: the asking words are no conservation frame then, and a
flag goes to review at least. Stay out: a legality question alone (可以卖吗, can I sell it), a report or
warning that quotes a seller's offer, ordinary goods given away, a legal material, a colour or a brand."""
import pytest

FLAG = [
    ("求问 朋友送的一只龟 能养吗", "龟壳上是放射状的黄线，背甲很高，有人出两千想要，请问这个能卖吗？"),
    ("求鉴定 一小包鳞片", "老家带来的一小包鳞片，说是山里那个甲的，煮水通奶，帮忙鉴定一下真假，有人要也可以出。"),
    ("求助 这是什么角", "家里有根黑色的角，底部马蹄形，切面有小点点，想问下合法吗，有人出三万想要。"),
    ("Help ID - grandma's pendant", "A small creamy pendant with crosshatch lines. Is it legal to own? Someone "
                                    "offered me $300 for it."),
    ("Is this real tortoiseshell? Mum's comb", "Mottled brown and amber comb from mum's dresser, hot pin test "
                                               "smelled like hair. Is it real? Thinking of selling it."),
    ("Nhờ các bác xem giúp cái mai", "Nhà có cái mai, vảy chồng lên nhau như ngói, màu vàng nâu, có người trả 5 triệu, "
                                     "bán được không ạ?"),
    pytest.param("Nhờ xem giúp vảy gì", "Nhà có túi vảy tê tê ông để lại, hỏi thật có phạm pháp không, ai mua không ạ?",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "0.65 before, 0.59 after the session-14 retrain (16,261 listings, more legality questions labelled "
                     "benign): legality_questions.py reads the question as the poster's own only in the first person "
                     "(em, mình, nhà em), and 'Nhà có' is not; 'ai mua không' as an offer is left for code"))),
]
STAY_OUT = [
    # a legality question alone: no offer
    ("[問題] 外公留下的象牙筷子 可以賣嗎", "整理外公遺物有一雙象牙筷子，想問台灣現在可以賣嗎？要登記嗎？不想觸法。"),
    # a report that quotes a seller's offer
    ("举报求助 朋友圈有人卖穿山甲片", "有个微商在朋友圈发穿山甲片，说有人要也可以出，想问下怎么举报？"),
    # ordinary goods and look-alikes given away
    ("白象牙膏 买多了", "白象牌牙膏买多了用不完，还有人要吗？"),
    ("求鉴定 牛角梳子", "家里有把牛角梳，黑色有纹路，想问是不是真牛角，有人要也可以出。"),
    ("象牙白 花瓶 求鉴定", "家里一个象牙白的瓷花瓶，想问是什么窑的，有人要也可以出。"),
    ("Tiger Balm - too many", "Bought too many Tiger Balm jars, anyone want them?"),
    ("Inherited ivory bracelet", "My grandmother left me an ivory bracelet. Can I sell it legally in the UK? Is it legal?"),
    ("Lược đồi mồi của bà", "Bà để lại cái lược đồi mồi, hỏi thật có phạm pháp không nếu giữ lại?"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_owner_question_that_offers_goes_to_review(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_questions_reports_and_look_alikes_stay_out(expect, title, description):
    expect.not_flagged(title, description)
