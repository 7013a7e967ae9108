"""Speed changes must not change answers (issue 13). Not a frozen golden file (the lexicon keeps
changing): each fast path is compared with the slow way it replaces, on the same run's lexicon,
over the development set (../shared, skipped when absent), the demo sites' listings and the
frozen unseen set: the compiled lexicon cache vs building from the YAML files, the constant
"nothing matched" answer vs the full path, orjson vs json in and out, --jobs 2 vs --jobs 1."""
from __future__ import annotations

import io
import json
import marshal
import subprocess
import sys
from pathlib import Path

import pytest

from classifiers import batch, load_classifier
from classifiers.batch import Options, json_line, run
from classifiers.listings_io import parse_line

REPO = Path(__file__).resolve().parents[2]
DEV = REPO.parent / "shared" / "corpus" / "dev.jsonl"
SETS = {"demo_zh": REPO / "crawler" / "demo_sites" / "data" / "zh.jsonl",
        "demo_en": REPO / "crawler" / "demo_sites" / "data" / "en.jsonl",
        "unseen": REPO / "tests" / "data" / "unseen.jsonl", "dev": DEV}


def _data(name: str) -> bytes:
    path = SETS[name]
    if not path.exists():
        pytest.skip(f"{path} not found (the shared corpus sits beside the repository)")
    return path.read_bytes()


def _outputs(clf, data: bytes, jobs: int = 1) -> list[bytes]:
    return [r.out for r in run(clf, io.BytesIO(data), Options(), jobs)]


@pytest.fixture(scope="module")
def cached(tmp_path_factory):
    from classifiers.compiled import load
    from classifiers.engine import Classifier
    from classifiers.model import load_model

    cache = tmp_path_factory.mktemp("cache")
    load(None, cache)  # builds and stores the cache
    assert list(cache.glob("lexicon-*.bin")) and list(cache.glob("lexicon-*.jieba"))
    lexicon, tables = load(None, cache)  # read back, as a new process would
    assert callable(tables["jieba"]) and "lemmas" in tables
    return Classifier(lexicon, load_model(None), None, tables)


@pytest.fixture(scope="module")
def uncached():
    return load_classifier(cache_dir=False)


@pytest.mark.parametrize("name", list(SETS))
def test_the_lexicon_cache_answers_as_the_yaml_files_do(name, cached, uncached):
    data = _data(name)
    assert _outputs(cached, data) == _outputs(uncached, data)


@pytest.mark.parametrize("name", list(SETS))
def test_the_constant_nothing_matched_answer_is_the_full_paths(name, uncached):
    data = _data(name)
    fast = _outputs(uncached, data)
    uncached.constant_no_match = False
    try:
        assert _outputs(uncached, data) == fast
    finally:
        uncached.constant_no_match = True
    empty = uncached.assess({"title": "纯棉T恤 九成新", "description": "cotton tee, like new"})
    assert empty.matches == [] and not empty.flagged


@pytest.mark.parametrize("name", list(SETS))
def test_orjson_in_and_out_is_json(name, uncached):
    data = _data(name)
    for n, raw in enumerate(data.splitlines(keepends=True), 1):
        line = parse_line(n, raw)
        assert line.listing == json.loads(raw), n
        a = uncached.assess(line.listing)
        obj = {"id": line.listing.get("id"), **a.to_dict()}
        assert json_line(obj) == (json.dumps(obj, ensure_ascii=False) + "\n").encode(), n


def test_json_out_keeps_jsons_layout_for_awkward_values():
    for obj in ({"id": 1e-07, "x": [1, {"a": None}]}, {"id": "a\ud800", "s": "q\"\\,:"}, {"id": 2 ** 70},
                {"id": float("nan")}, {"id": "x", "s": "\u2028\x7f\x00\t,: "}):
        text = json.dumps(obj, ensure_ascii=False)
        try:
            want = (text + "\n").encode()
        except UnicodeEncodeError:
            want = (json.dumps(obj) + "\n").encode()
        assert json_line(obj) == want, obj
    for raw in (b'{"id": 12345678901234567890123}', b'{"a": NaN}', b'{"a": "\\ud800"}', b'{"a": 1e400}'):
        assert parse_line(1, raw).listing == json.loads(raw)


def test_two_jobs_answer_as_one_in_the_same_order(monkeypatch, uncached):
    data = b"".join(_data(n) for n in ("demo_zh", "demo_en", "unseen"))
    data += b"not json\n" + data[:5000].rsplit(b"\n", 1)[0] + b"\n"
    monkeypatch.setattr(batch, "SMALL_INPUT", 10)  # this input is small: make it go to the pool
    monkeypatch.setattr(batch, "CHUNK", 37)
    one = list(run(uncached, io.BytesIO(data), Options(), 1))
    two = list(run(uncached, io.BytesIO(data), Options(), 2))
    assert b"".join(r.out for r in two) == b"".join(r.out for r in one)
    # lines with something to report come one by one, in the same place (--strict stops there)
    assert [(r.out, r.message) for r in two if r.error] == [(r.out, r.message) for r in one if r.error]
    assert _error_offsets(two) == _error_offsets(one)
    assert any(r.error for r in one) and len(two) < len(one)
    for r in two:
        assert r.error or r.message is None


def _error_offsets(results) -> list[int]:
    """Where in the output each error line comes."""
    offsets, at = [], 0
    for r in results:
        if r.error:
            offsets.append(at)
        at += len(r.out)
    return offsets


def test_a_stale_or_damaged_cache_is_rebuilt(tmp_path, uncached):
    from classifiers.compiled import load
    from classifiers.matcher import Matcher

    keywords = tmp_path / "kw"
    keywords.mkdir()
    src = REPO / "tests" / "workers" / "lexicon"
    for f in src.glob("*.yaml"):
        (keywords / f.name).write_bytes(f.read_bytes())
    cache = tmp_path / "cache"
    lex1, _ = load(keywords, cache)
    first = sorted(p.name for p in cache.iterdir())
    assert len(first) == 2
    table_file = next(cache.glob("*.jieba"))
    whole = table_file.read_bytes()
    _, tables = load(keywords, cache)
    built = Matcher(lex1).words.dictionary()  # from jieba and the lexicon, no cache
    read = tables["jieba"]()  # read back from the file
    assert (len(read), read.get("象牙"), read.get("穿山甲")) == (len(built), built.get("象牙"), built.get("穿山甲"))
    table_file.write_bytes(whole[: len(whole) // 2])  # cut short: built again, not read wrong
    again = Matcher(lex1, tables=tables).words.dictionary()
    assert (len(again), again.get("象牙")) == (len(built), built.get("象牙"))
    bin_file = next(cache.glob("*.bin"))
    bin_file.write_bytes(b"\x00garbage")
    lex2, _ = load(keywords, cache)  # damaged: rebuilt, same answer
    assert [e.variants for e in lex2.entries] == [e.variants for e in lex1.entries]
    assert marshal.loads(bin_file.read_bytes())["key"]
    f = next(keywords.glob("*.yaml"))
    f.write_text(f.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    load(keywords, cache)  # a changed file: a new key, the old files removed
    assert len(list(cache.iterdir())) == 2 and sorted(p.name for p in cache.iterdir()) != first


def test_two_processes_building_the_cache_at_once(tmp_path):
    code = ("import sys; from classifiers import load_classifier; "
            "c = load_classifier(sys.argv[1], cache_dir=sys.argv[2]); "
            "print(c.assess({'title': '象牙手镯 老料'}).label)")
    args = [sys.executable, "-c", code, str(REPO / "tests" / "workers" / "lexicon"), str(tmp_path / "cache")]
    procs = [subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [p.communicate(timeout=280) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1][-2000:] for o in outs]
    assert outs[0][0] == outs[1][0]
    assert not list((tmp_path / "cache").glob("*.tmp"))
    warm = subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=280)
    assert warm.returncode == 0 and warm.stdout == outs[0][0]


def test_the_inflection_check_reads_a_window_not_the_whole_stretch(uncached):
    """Chinese has no spaces: the piece around an English word can be the whole text. The answer
    is the whole piece's; only a window is tokenised (a whole piece per hit was quadratic)."""
    m = uncached.matcher
    nlp = m.words.nlp()
    real = nlp.tokenizer

    def whole_piece(text, n_start, n_end):  # the check before the window, over the whole piece
        a = text.rfind(" ", 0, n_end - 1) + 1
        b = text.find(" ", n_end - 1)
        b = len(text) if b < 0 else b
        for tok in real(text[a:b]):
            if a + tok.idx <= n_end - 1 < a + tok.idx + len(tok.text):
                lemma = m.words.lemmas.get(tok.text, tok.text)
                return a + tok.idx >= n_start and lemma.lower() == text[n_start:n_end]
        return False

    seen = []

    class Recording:
        def __call__(self, text):
            seen.append(len(text))
            return real(text)

    for glue in ("", ",", "-", "(", "/", "，"):
        text = ("象牙手镯老料" * 1000 + glue + "tusks,") * 3
        hits = [i + 4 for i in range(len(text)) if text.startswith("tusk", i)]
        want = [whole_piece(text, e - 4, e) for e in hits]
        nlp.tokenizer = Recording()
        try:
            assert [m.words.inflected_end(text, e - 4, e) for e in hits] == want, glue
        finally:
            nlp.tokenizer = real
    assert seen and max(seen) <= 2 * 64 + 8


def test_everyday_words_alone_are_not_topical_but_count_beside_a_cover_material(uncached):
    plain = uncached.assess({"title": "小米手环 正品 全新 包邮", "description": "genuine, brand new, 100% authentic"})
    assert plain.matches == [] and not plain.flagged
    covered = uncached.assess({"title": "'bone' buddha beads", "description": "creamy with fine grain, genuine. dm"})
    assert covered.matches, "an everyday word beside a cover material still gets the full look"
    # a legal material as written is what ordinary goods are made of; 'sold as is' is how used goods go
    for title, desc in (("宜家 实木书桌 保真 上海自提", "九成新，包邮"), ("Canon camera lens - sold as is", "genuine, works"),
                        ("oak desk, natural wood", "the real deal, brand new"), ("和田玉 吊坠 正品", "天然 保真")):
        a = uncached.assess({"title": title, "description": desc})
        assert a.matches == [] and not a.flagged, title
    for title in ("genuine “jade” bangle", "正品 '实木' 手串", "天然 树脂 手镯", "genuine, not resin"):
        assert uncached.assess({"title": title}).matches, title  # quoted or a replica word: a full look


def test_words_with_punctuation_are_split_as_spacy_splits_them(uncached):
    """tusks, / (horns). / 'bone': the inflection check splits the marks off without spaCy; every
    key's last word (and inflected forms) between marks answers as the tokenizer does."""
    from classifiers.segmenters import plain_word as _plain_word

    m = uncached.matcher
    nlp = m.words.nlp()
    words = sorted(w for w in m._key_last_words if w.isascii() and w.isalpha())
    words += ["etc", "mr", "dr", "st", "inc", "co", "jan", "vs", "u", "s", "e", "a", "ca", "wo", "no"]
    words += [w + e for w in words[::7] for e in ("s", "es", "ed")]
    seen = 0
    for lead in ("", "(", "'", '"', "[", "“", "(("):
        for tail in (",", ".", ":", ";", "!", "?", ")", ").", "'", '"', "...", ".,", "']", ""):
            for w in words:
                piece = lead + w + tail
                got = _plain_word(piece, m.words.special_cases)
                if got is None:
                    continue
                seen += 1
                assert got == (len(lead), w)
                assert (len(lead), w) in [(t.idx, t.text) for t in nlp.tokenizer(piece)], piece
    assert seen > 10_000


@pytest.mark.parametrize("name", list(SETS))
def test_the_output_line_written_directly_is_the_dicts(name, uncached):
    """batch writes an Assessment's line without to_dict(): the same bytes as json_line of the dicts."""
    data = _data(name)
    written = 0
    for n, raw in enumerate(data.splitlines(keepends=True), 1):
        line = parse_line(n, raw)
        if line is None or line.listing is None:
            continue
        a = uncached.assess(line.listing)
        for shown in (line.listing.get("id"), n, None):
            got = batch._assessment_line(shown, a)
            assert got == json_line({"id": shown, **a.to_dict()}), n
            written += got is not None
    assert written > 0


def test_the_output_line_written_directly_for_awkward_values(uncached):
    a = uncached.assess({"title": "象牙手镯 \"老料\" \\ 微信 abc123 \t\x01\x7f\u2028 tusk"})
    assert a.matches and a.contacts
    a.warnings = ["title: x\ny", "é\x1f"]
    for shown in ("x", "q\"\\\n\r\b\f\x00\x1e", 2 ** 70, -5, 1e-07, 12.5, None, True, "a\ud800", float("nan"),
                  float("inf"), [1], {"a": 1}):
        got = batch._assessment_line(shown, a)
        if got is None:  # not written directly: the dicts' way
            assert shown.__class__ in (list, dict) or shown != shown or shown in ("a\ud800", float("inf")), shown
        else:
            assert got == json_line({"id": shown, **a.to_dict()}), shown
    m = a.matches[0]
    for term in ("a\ud800", "tab\there", "\x00", "\\\"", "𝒳𐀀"):
        m.term = term
        got = batch._assessment_line("id", a)
        assert got is None if "\ud800" in term else got == json_line({"id": "id", **a.to_dict()}), term
    m.term, m.weight = "x", 3  # an int weight stays an int
    assert batch._assessment_line("id", a) == json_line({"id": "id", **a.to_dict()})
    m.weight = float("nan")
    assert batch._assessment_line("id", a) is None


def _field_texts(data: bytes) -> list[str]:
    texts = []
    for raw in data.splitlines():
        try:
            obj = json.loads(raw)
        except ValueError:
            continue
        if isinstance(obj, dict):
            texts += [v for k, v in obj.items() if isinstance(v, str) and k not in ("id", "label")]
    return texts


_AWKWARD_TEXTS = ["象牙手镯，老料：（包邮）！？；\u3000好", "⻁骨 ⺁", "唔係树脂 冇证 你明嘅", "οld ıvory ɡ", "象牙 ﬁne İstanbul",
                  "🐘🦷 手镯\u200b牙", "ＡＢＣ１２３ｘ", "犀牛角 傳統 藥材 臺灣", "ǅ ß ΐ", "a\ud800b", "", "plain ascii", "Ω K Å ℃",
                  "\u0345\u0130", "⺀⻳ ㇀㇣", "Ｔｉｇｅｒ　Ｂｏｎｅ"]


@pytest.mark.parametrize("name", list(SETS))
def test_prepare_in_one_compiled_call_is_the_python_steps(name, uncached):
    from classifiers.normalize import _prepare_py, prepare

    texts = _field_texts(_data(name)) + _AWKWARD_TEXTS

    def outcome(f, text):
        try:
            return f(text)
        except UnicodeEncodeError as exc:  # a lone surrogate (the engine replaces them first)
            return type(exc)

    for text in texts:
        got, want = outcome(prepare, text), outcome(_prepare_py, text)
        if want is None or want is UnicodeEncodeError:
            assert got is want, text
        else:
            assert got is not None and got[0] == want[0] and got[1] == want[1] and got[2] == want[2], text


@pytest.mark.parametrize("name", list(SETS))
def test_squeeze_in_one_compiled_call_is_the_python_steps(name, uncached):
    from classifiers.normalize import _squeeze_py, squeeze

    for text in _field_texts(_data(name)) + _AWKWARD_TEXTS:
        if "\ud800" not in text:
            assert squeeze(text) == _squeeze_py(text), text


@pytest.mark.parametrize("name", list(SETS))
def test_plain_field_texts_are_the_engines_own_reading(name, uncached):
    """raw_matches takes plain text from one compiled call; the rest the engine's own way."""
    from classifiers.engine import _FIELD_KEY_SETS, _FIELD_KEYS, MAX_FIELD_CHARS, _field_as_analysed, _plain_texts

    rows = [json.loads(raw) for raw in _data(name).splitlines() if raw.strip()]
    rows += [{"title": "", "price": None, "price_text": "面议", "seller_name": "x", "category": 5},
             {"title": "a\ud800", "description": "x" * (MAX_FIELD_CHARS + 1), "price": "", "price_text": "",
              "seller": "", "seller_name": None}, {"title": b"bytes", "price": 12.5, "seller": ["x"]},
             {"title": "é\ud83d", "seller": "", "seller_name": 0}, {}]
    taken = 0
    for row in rows:
        if not isinstance(row, dict):
            continue
        plain = _plain_texts(row, _FIELD_KEY_SETS, MAX_FIELD_CHARS)
        for (name_, key), text in zip(_FIELD_KEYS, plain):
            notes: list[str] = []
            want = _field_as_analysed(row, name_, key, notes)
            if text is not None:
                taken += 1
                assert text == want and not notes, (row, name_)
    assert taken > 0


def test_contributions_come_largest_share_first(uncached):
    """_explain stops at the first share too small to show: features.attribute sorts them so."""
    rows = [json.loads(raw) for raw in _data("demo_zh").splitlines() + _data("demo_en").splitlines() if raw.strip()]
    seen = 0
    for row in rows:
        shares = [abs(v) for _, v in uncached.assess(row).contributions]
        assert shares == sorted(shares, reverse=True), row.get("id")
        seen += len(shares) > 1
    assert seen > 10


@pytest.mark.parametrize("name", list(SETS))
def test_matches_made_without_their_init_are_the_inits(name, uncached):
    """The resolver fills RawMatch's slots itself (its dataclass __init__ cost ~3,000 instructions
    a match): the same fields, the same output, as the __init__ gives."""
    from dataclasses import fields

    resolver = uncached.matcher._resolver
    assert resolver.fast_make
    rows = [json.loads(raw) for raw in _data(name).splitlines() if raw.strip()]
    rows = [r for r in rows if isinstance(r, dict)]

    def made():
        out = []
        for r in rows:
            raw, _, _ = uncached.raw_matches(r)
            out.append([(type(m), [getattr(m, f.name) for f in fields(m)]) for m in raw])
        return out

    fast = made()
    fast_lines = _outputs(uncached, _data(name))
    resolver.fast_make = False
    try:
        assert made() == fast
        assert _outputs(uncached, _data(name)) == fast_lines
    finally:
        resolver.fast_make = True
    assert any(fast)


def test_no_whitespace_above_the_ideographic_space():
    """_textfast.is_space answers False above U+3000 without asking Python."""
    import sys

    assert max(c for c in range(sys.maxunicode + 1) if chr(c).isspace()) == 0x3000


def test_compiled_character_checks_are_the_regular_expressions():
    """has_marked_latin and has_words answer as the regexes they replace, for every character
    alone and for texts mixing them."""
    from classifiers._textfast import has_marked_latin, has_quote, has_words
    from classifiers.engine import _HAS_WORDS
    from classifiers.quoted_materials import _ANY_QUOTE
    from classifiers.matcher import _MARKED_LATIN

    for c in range(sys.maxunicode + 1):
        ch = chr(c)
        assert has_marked_latin(ch) == (_MARKED_LATIN.search(ch) is not None), hex(c)
        assert has_words(ch) == (_HAS_WORDS.search(ch) is not None), hex(c)
        assert has_quote(ch) == (_ANY_QUOTE.search(ch) is not None), hex(c)
    for text in _AWKWARD_TEXTS + ["¥1,200", "$99/克", "面议", "١٢٣", "²³", "_-_", "giá 5tr", "Ngà voi", "ḁ", "ỹ",
                                  "\u024f", "\u0250", "\u00bf", "\u00c0", "x\u1eff", "1\u1f00", "₫ 500k", "the 'bone' one",
                                  "«x»", "「象牙」"]:
        assert has_marked_latin(text) == (_MARKED_LATIN.search(text) is not None), text
        assert has_words(text) == (_HAS_WORDS.search(text) is not None), text
        assert has_quote(text) == (_ANY_QUOTE.search(text) is not None), text


@pytest.mark.parametrize("name", list(SETS))
def test_deep_nesting_check_counts_brackets_as_bytes_count(name):
    from classifiers.listings_io import _brackets_at_least, _brackets_at_least_py

    raws = _data(name).splitlines() + [b"[" * 199 + b"{", b"{" * 199, b"[{" * 100, b"", b"\xe8\xb1\xa1[{", b"]}" * 300]
    for raw in raws:
        for limit in (0, 1, 2, 199, 200, 201):
            assert _brackets_at_least(raw, limit) == _brackets_at_least_py(raw, limit), (raw[:40], limit)
