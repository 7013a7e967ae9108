"""What the fake is made of, and the real thing the shop does not carry (vi16, issue 12).

Two Vietnamese readings of a replica or product word that is not about the item sold:

- `mark`: a seller of the real thing teaches the buyer to tell it from a fake: "Móng thật có lõi
  xương, móng giả bằng nhựa không có", "ngà thật đốt không cháy, ngà giả bằng nhựa đốt là chảy". The
  replica material (nhựa, resin, xương bò) is what the counterfeit is made of, not what the piece is:
  one side of a real/fake comparison whose other side ('<noun> thật') the listing also writes (the
  look-alike 'ngà giả' itself is that side too). Such a
  replica word is marked remote (it speaks of another thing), so it no longer clears the product as a
  declared replica would. Only in the description, only where the listing says '<noun> thật' with the
  same noun and not after a negator (không phải ngà thật is the replica seller's own words), and only
  where the title declares no replica or legal material itself (a title 'Vòng nhựa giả ngà' says what
  is sold, whatever the description compares).
- `mark_not_carried`: a replica seller tells the buyers who want the real product that the shop does
  not have it: "ai cần đồi mồi thật thì shop không có", "khách muốn ngà thật thì bên em không bán nhé".
  The product word is the thing not carried: it is marked negated. Not when the refusal is the cover
  for a private sale: a wink or secrecy cue anywhere, a contact cue in the sentence, any word after the
  refusal but a particle ('không có sẵn' = not in stock, 'không bán công khai' = not sold openly), or a
  title that names the product firmly.

Both run in scope_marks on topical listings with a look-alike. Vietnamese only: the Chinese and
English forms of these sentences have not been seen in the sets.
"""
from __future__ import annotations

import re

from .hook_gates import needs
from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS

_CLAUSE_END = lazy_compile(r"[,.;!?\n]")
_SENTENCE_END = lazy_compile(r"[.;!?\n]")
# '<noun> giả' + linking words only, right before the replica material (in its clause)
_FAKE_SIDE = lazy_compile(
    r"(?:^|[\s(])(\w+)\s+(?:giả|dởm|fake|nhái)(?:\s+(?:thì|là|làm|chỉ|thường|hay|được|toàn|đều|bằng|từ|đúc|ép|"
    r"đồ|hàng|loại|của|bọn|chúng))*\s*$")
# a negator or a likeness word before '<noun> thật': the replica seller's 'không phải ngà thật', 'giống ngà thật'
_NEGATOR_END = lazy_compile(r"(?<!\w)(?:không|ko|k|chẳng|chả|hông|chứ không|không phải|ko phải|k phải|"
                            r"chẳng phải|đâu phải|chứ ko phải|giống|giống như|như|y như|y hệt|tựa|trông như|"
                            r"nhìn như|khác gì|thay|thay cho|thay thế)\s*$")


def _real_side(noun: str, texts: dict) -> bool:
    """Whether the listing writes '<noun> thật' with `noun`, not after a negator or a likeness word."""
    pat = re.compile(r"(?<!\w)" + re.escape(noun) + r"\s+thật(?!\w)")
    for field in ("title", "description"):
        low = (texts.get(field) or "").lower()
        for m in pat.finditer(low):
            if not _NEGATOR_END.search(low[max(0, m.start() - 16):m.start()]):
                return True
    return False


# scope_marks gate (issue 13): acts only on a replica look-alike
@needs(hits=(("benign_context", "replica"),))
def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Marks remote a replica material that names what the fake is made of in a real/fake comparison
    (module doc)."""
    if any(m.field == "title" and m.cue in ("replica", "legal_material") and not m.negated for m in lookalikes):
        return
    text = texts.get("description") or ""
    if "giả" not in text and "dởm" not in text and "fake" not in text.lower() and "nhái" not in text:
        return
    low = text.lower()
    for m in lookalikes:
        if m.field != "description" or m.cue != "replica" or m.negated or m.remote:
            continue
        a = max(0, m.start - 60)
        cut = [c.end() for c in _CLAUSE_END.finditer(low, a, m.start)]
        before = low[cut[-1] if cut else a:m.end]  # the look-alike's own words too: 'ngà giả' is one
        side = _FAKE_SIDE.search(before) or _FAKE_SIDE.search(low[cut[-1] if cut else a:m.start])
        if side and _real_side(side.group(1), texts):
            m.remote = True


_ASKER = (r"(?:(?:nếu|còn|riêng)\s+)?(?:ai|khách|bạn|bạn nào|mọi người|mn|chị em|anh em|ace|ae|các bác|các chị|"
          r"các anh|chị nào|anh nào|khách nào)\s+(?:cần|muốn|tìm|hỏi|kiếm)\s+(?:mua\s+)?")
_REFUSAL = lazy_compile(
    r"(?:\s+(?:thật|xịn|zin|chuẩn|rừng|tự nhiên))*\s*,?\s*(?:thì\s+)?(?:(?:shop|mình|em|bên em|bên mình|tiệm|"
    r"cửa hàng|nhà em|tụi mình|chúng tôi|tụi em)\s+)?(?:không|ko|k|hông|hổng|chẳng)\s+(?:có|bán|nhận|làm|"
    r"kinh doanh)(?:\s+(?:đâu|nhé|nha|ạ|nhá|đâu ạ|nhé ạ|nha ạ|ạ nhé|hàng đó|loại đó|loại này|mặt hàng này))*\s*"
    r"(?:[.!,;]|$)")
_ASKED = lazy_compile(_ASKER + r"(?:\w+\s+)?$")  # one item word between: ai tìm nhẫn sừng tê thật


def mark_not_carried(matches: list, texts: dict, lookalikes: list) -> None:
    """Marks negated a product word a replica seller says the shop does not carry (module doc)."""
    text = texts.get("description") or ""
    if text.isascii():  # (each asking word below holds a Vietnamese letter)
        return
    low = text.lower()
    if not any(w in low for w in (" cần ", " muốn ", " tìm ", " hỏi ", " kiếm ")):
        return
    products = [m for m in matches if m.kind in PRODUCT_KINDS and not m.negated and m.suppressed_by is None]
    if any(m.field == "title" for m in products):
        return  # the title names the product: the refusal is no description of this shop
    if any(m.kind == "trade_cue" and m.cue in ("wink", "secrecy") and not m.negated for m in matches):
        return
    for p in products:
        if p.field != "description":
            continue
        a = max(0, p.start - 40)
        cut = [c.end() for c in _CLAUSE_END.finditer(low, a, p.start)]
        if not _ASKED.search(low, cut[-1] if cut else a, p.start):
            continue
        r = _REFUSAL.match(low, p.end)
        if not r:
            continue  # 'không có sẵn', 'không bán công khai': no refusal, the regex wants the clause to end
        end = _SENTENCE_END.search(low, p.end)
        stop = end.start() if end else len(low)
        if any(m.kind == "trade_cue" and m.cue == "contact" and m.field == "description" and p.end <= m.start < stop
               for m in matches):
            continue
        p.negated = True
