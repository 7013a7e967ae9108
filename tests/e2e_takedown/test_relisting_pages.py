"""Relisting in the app: the new listing's case page says "relisted" and links the earlier case;
the earlier case's page links the relisting; the lead's report page and /reports list it; an
analyst of another group sees the marker without the other group's case."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from takedown_helpers import relisting_tests as rl


def test_relisted_marker_on_case_pages_and_for_the_lead(store, app_client):
    from review.db import session_scope

    lead = app_client("lena", "lead", groups=["zh-analysts"])
    outsider = app_client("olga", "analyst", groups=["en-analysts"])
    with session_scope() as s:
        from review.models import User
        from sqlalchemy import select

        lena = s.scalar(select(User).where(User.username == "lena"))
        past = datetime.now(timezone.utc) - timedelta(days=2)
        _, old_case = rl.put(s, "demo-zh", "s1", *rl.TEXT, contacts=[("wechat", "ivory88")], when=past,
                             case_group="zh-analysts")
        report_id = rl._send(s, lena, [old_case]).id
        _, new_case = rl.put(s, "demo-zh", "s1", "象牙手镯 老料 #99", rl.TEXT[1],
                             contacts=[("wechat", "ivory88")], case_group="zh-analysts")
        _, en_case = rl.put(s, "demo-en", "e5", "Bangle <b>new</b> old stock", "wechat ivory88 for pics",
                            contacts=[("wechat", "ivory88")], case_group="en-analysts")

    page = lead.get(f"/cases/{new_case}")
    assert page.status_code == 200
    marker = page.text.split('id="relisted"', 1)[1].split("</section>", 1)[0]
    assert "relisted" in marker and f'href="/cases/{old_case}"' in marker
    assert "same seller" in marker and "same text" in marker and "contact wechat ivory88" in marker

    earlier = lead.get(f"/cases/{old_case}").text.split('id="relisted"', 1)[1].split("</section>", 1)[0]
    assert f'href="/cases/{new_case}"' in earlier and "Relisted after the takedown" in earlier
    assert "&lt;b&gt;new&lt;/b&gt;" in earlier and "<b>new</b>" not in earlier  # listing text escaped
    assert "case in another group" in earlier  # the en listing's case is not the lead's group

    detail = lead.get(f"/reports/{report_id}").text
    assert f'href="/cases/{new_case}"' in detail and "relisted" in detail
    listed = lead.get("/reports").text.split('id="relisted"', 1)[1]
    assert f'href="/cases/{new_case}"' in listed and f'href="/cases/{old_case}"' in listed

    theirs = outsider.get(f"/cases/{en_case}")
    assert theirs.status_code == 200
    mark = theirs.text.split('id="relisted"', 1)[1].split("</section>", 1)[0]
    assert "case in another group" in mark and f'href="/cases/{old_case}"' not in mark
