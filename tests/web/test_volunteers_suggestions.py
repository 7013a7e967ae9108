"""Code-word suggestions show example listings (issue 11): only confirmed CLEAR/GREEN cases, contact
handles masked, the candidate highlighted, hostile text escaped."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORD = "雪域冰晶料"
ROWS = [  # (lang, title, description, price text, amount, currency), tlp, decision
    (("zh", f"象牙手镯 {WORD} GREEN-A", "加微信 xuebing_888 看货 <b>bold</b>", "¥300", "300", "CNY"), "GREEN", "confirm"),
    (("zh", f"象牙手串 {WORD} CLEAR-B", "私聊 QQ 12345678", "¥200", "200", "CNY"), "CLEAR", "confirm"),
    (("zh", f"象牙吊坠 {WORD} RED-C", "电话 13800138000", "¥100", "100", "CNY"), "RED", "confirm"),
    (("zh", "象牙白 衬衫 雪纺", "纯棉", "¥50", "50", "CNY"), "CLEAR", "dismiss"),
]


@pytest.fixture
def keywords(tmp_path, monkeypatch):
    from config.settings import get_settings

    d = tmp_path / "keywords"
    shutil.copytree(ROOT / "config" / "keywords", d)
    monkeypatch.setenv("WILDWATCH_KEYWORDS_DIR", str(d))
    get_settings.cache_clear()
    return d


def test_suggestions_show_masked_examples_from_green_cases_only(keywords, make_user, client_for, seed_cases):
    from review.cases import decide
    from review.db import session_scope
    from review.models import Case

    ids = seed_cases(len(ROWS), texts=[r[0] for r in ROWS])
    with session_scope() as s:
        for cid, (_, tlp, action) in zip(ids, ROWS):
            s.get(Case, cid).tlp = tlp
            code = "named-species" if action == "confirm" else "colour-or-idiom"
            decide(s, cid, actor="tester", action=action, reason_code=code)
    vol = client_for("val", make_user("val", "volunteer"))
    html = vol.get("/volunteer/suggestions").text
    assert f"<mark>{WORD}</mark>" in html
    assert "GREEN-A" in html and "CLEAR-B" in html and "RED-C" not in html
    for handle in ("xuebing_888", "12345678", "13800138000"):
        assert handle not in html
    assert "[contact]" in html and "&lt;b&gt;bold&lt;/b&gt;" in html and "<b>bold" not in html
