"""Look-alike kinds from train_trap1 (issue 12, false flags), in fresh wordings written here (not the
set's listings): a 3D/CAD program named after the rhino sold as a licence (McNeel Rhino), a Vietnamese
herbal product declared as the substitute for a banned remedy (thay thế cao hổ cốt / mật gấu / sừng tê),
and a piano or piece whose ivory was removed or re-covered. Beside each, the offers that must stay
flagged: the real product next to the same words, a denied substitute, a 'not re-covered' keytop."""
import pytest

# (kind, title, description): must NOT be flagged
PASS = [
    ("software licence", "Rhino 6 genuine license, Windows", "Bought from a McNeel reseller, moving to SolidWorks."),
    ("software licence", "Rhino license for sale - genuine", "Rhino 7 for Windows, single user, McNeel account transfer."),
    ("software licence", "Genuine Rhino 7 - full version", "McNeel Rhino 7, genuine license, transfer to your account, not a crack."),
    ("software licence", "Rhinoceros 3D v8 - educational license", "For my design course, includes Grasshopper plugin."),
    ("declared substitute", "Cao xoa bóp thay thế cao hổ cốt", "Gia truyền, 100% thảo dược, hộp 50g."),
    ("declared substitute", "Thuốc thay mật gấu", "Viên thảo dược, dùng thay thế cho mật gấu, hộp 60 viên, có số đăng ký."),
    ("declared substitute", "Viên bổ gan thay mật gấu", "Actiso, diệp hạ châu. Dùng thay thế cho mật gấu, không có mật gấu."),
    ("declared substitute", "Trà hạ sốt thay sừng tê giác", "Kim ngân hoa, sài đất, dùng thay sừng tê, 100% thực vật."),
    ("ivory removed", "Old piano, free to good home",
     "Keytops were re-covered in acrylic long ago; the original ivory keytops were removed and surrendered. You arrange pickup."),
    ("ivory removed", "Free to good home: 1900s upright",
     "The ivory keytops were removed and handed in, the keys re-covered in plastic. Needs tuning."),
    ("ivory removed", "Grand piano, 1920s", "Genuine Steinway. Ivory keytops were removed, re-topped with acrylic. Offers."),
]

# (kind, title, description): must stay flagged
FLAG = [
    ("rhino horn beside seat words", "Rhino horn cup - single seat buyer only", "solid, fibrous, fish roe base. cash."),
    ("animal dealer's licence", "Tiger cub 10 weeks", "USDA license transfer included, bottle raised, $4000."),
    ("rhino horn, genuine", "Rhino horn, one piece", "Genuine, 420g, from an old collection. Serious buyers only, WhatsApp."),
    ("substitute denied", "Cao hổ cốt thật 100%", "Không phải loại thay thế cao hổ cốt đâu, nấu từ xương hổ nuôi, ib."),
    ("substitute denied", "Sừng tê giác mài sẵn", "Hàng thật, không phải đồ thay sừng tê, 10g, ib."),
    ("substitute beside the real thing", "Vảy tê tê sao sẵn 1kg",
     "Có hàng thay vảy tê tê là hạt vương bất lưu hành nhưng khách cần hàng thật thì ib, vảy thật 1kg."),
    ("keytops sold", "Ivory piano keytops - full set",
     "52 tops taken off a 1920s piano, not re-covered in acrylic stock, real ivory, good for inlay. Cash."),
    ("keytops sold", "Piano keys ivory - 52 keytops", "Original ivory keytops, removed from an old piano, sold as a set for carving. PM."),
]


@pytest.mark.parametrize("kind,title,description", PASS)
def test_look_alike_stays_out(expect, kind, title, description):
    expect.not_flagged(title, description, note=kind)


@pytest.mark.parametrize("kind,title,description", FLAG)
def test_offer_stays_flagged(expect, kind, title, description):
    expect.flagged(title, description, note=kind)
