"""A product name among the SEO keywords of a registered herbal supplement's title (issue 12, q19:
train_en11 0182, "Rhino Horn Powder Men Energy Booster Herbal Supplement Capsule 60pcs").

Supplement shops stuff their titles with the names buyers search for ("Rhino Horn", "Tiger Bone",
"Bear Bile") ahead of an herbal capsule whose ingredients are plants. Real horn or bile powder sellers
also say "capsule" and "natural", so the name is cleared only with all of these:
- the title is a keyword list (KEYWORDS or more words, KEYWORD_HANZI Chinese characters) naming a
  supplement form (supplement, capsule, 胶囊, viên uống);
- the description lists its ingredients (Ingredients:, Thành phần:, 成分：, three or more items) and no
  named product is among them;
- a registration or approval number (Reg. No. 12345, NPN 80012345, SĐK: VD-1234-19, 国食健字G2015...),
  or (q22, train_en11 0182) the label's own declaration that it holds nothing animal ("Does not contain any
  animal product", "no animal ingredients", 不含动物成分, không chứa thành phần động vật, 100% vegan):
  a seller of real horn or bile powder does not write that under a list of plants;
- nothing winked or kept secret, and no product named firmly in the description outside the title's name
  (a weak name in a brand, "RHINO Energy", may stay).
Then the title's product terms and the description's weak ones are covered (`suppressed_by` HERBAL).
"""
from __future__ import annotations

from .hook_gates import needs
from .lazy_regex import lazy_compile

HERBAL = "herbal supplement keyword (title)"
KEYWORDS = 7  # words of a title that is a keyword list
KEYWORD_HANZI = 12  # Chinese characters of one (the normaliser joins Chinese words written apart)
_PRODUCTS = ("name", "product_form", "code_word")
_DOUBT_CUES = ("wink", "secrecy")
_FORM_WORDS = ("supplement", "capsule", "tablet", "softgel", "herbal", "保健", "胶囊", "片剂", "viên uống", "viên nang",
               "thực phẩm chức năng", "tpcn", "kapsul", "jamu")
# the description's ingredient list head (Ingredients:, Thành phần:, 成分：)
_INGREDIENTS = lazy_compile(r"(?:(?<![a-z])(?:ingredients?|composition|contains)|thành phần|成分|配料|主要原料)\s?[:：]")
# a registration or approval number
_REGISTERED = lazy_compile(r"(?:(?<![a-z])(?:reg(?:istration)?\.? ?(?:no|number|#)|registered no|"
                           r"fda reg(?:istration)?(?: no)?|npn|aust ?l|mal|bpom(?: ri)?|kkm)|số đăng ký|số công bố|sđk|"
                           r"国药准字|国食健字|卫食健字|批准文号|注册号|备案号)\s?[:：#.]?\s?[a-z]{0,3}[\s\-]?\d[\d\-/.]{3,}")
# the label's own declaration that it holds nothing animal
_NO_ANIMAL = lazy_compile(r"(?:(?<![a-z])(?:does not|doesn't|do not|don't|contains? no|fre+ (?:of|from)|without)(?: contain)?"
                          r"(?: any)? animal(?:[- ]derived)? (?:products?|ingredients?|parts?|derivatives?|mat+er|substances?)|"
                          r"(?<![a-z])no animal (?:products?|ingredients?|parts?|derivatives?)|100% (?:vegan|plant[- ]based)|"
                          r"không chứa (?:thành phần |nguyên liệu )?(?:từ |có nguồn gốc )?động vật|"
                          r"不含(?:任何)?动物(?:成分|成份|源|制品)|无动物(?:成分|成份))")


def _has_form_word(title: str) -> bool:
    """any(w in title for w in _FORM_WORDS) without a generator (every topical listing asks)."""
    for w in _FORM_WORDS:
        if w in title:
            return True
    return False


@needs(words=_FORM_WORDS)  # hook_gates: nothing to do without a supplement word (in the title)
def cover_herbal_keywords(hits: list, t: str) -> None:
    """Cover the product terms of a registered herbal supplement's keyword title (see module doc).
    `t`: the normalised title, a newline, the description."""
    cut = t.find("\n")
    if cut < 0:
        return
    title = t[:cut]
    if cut < KEYWORD_HANZI or not _has_form_word(title):
        return  # the common case: no supplement word in the title
    if len(title.split()) < KEYWORDS and (len(title) < KEYWORD_HANZI or sum(
            1 for c in title if "\u4e00" <= c <= "\u9fff") < KEYWORD_HANZI):
        return
    in_title = []
    for m in hits:
        if m.kind == "trade_cue" and m.cue in _DOUBT_CUES and not m.negated:
            return
        if m.kind in _PRODUCTS and m.suppressed_by is None and not m.negated:
            if m.n_end <= cut:
                in_title.append(m)
            elif m.weight >= 0.5:
                return  # the description names a product firmly: no keyword only
    if not in_title:
        return
    head = _INGREDIENTS.search(t, cut)
    if head is None or (_REGISTERED.search(t, cut) is None and _NO_ANIMAL.search(t, cut) is None):
        return
    end = len(t)
    for c in ".。\n":
        i = t.find(c, head.end())
        if 0 <= i < end:
            end = i
    if sum(t.count(c, head.end(), end) for c in ",;、，") < 2:
        return  # no list of three ingredients
    for m in hits:
        if m.kind in _PRODUCTS and m.suppressed_by is None and not m.negated and (m.n_end <= cut or m.weight < 0.5):
            m.suppressed_by = HERBAL
