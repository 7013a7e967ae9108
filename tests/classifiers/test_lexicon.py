import textwrap

import pytest

from classifiers.lexicon import LexiconError, load_lexicon


def write(tmp_path, name, body):
    p = tmp_path / name
    p.write_text(textwrap.dedent(body), encoding="utf-8")
    return p


def test_bundled_lexicon_loads_and_is_versioned():
    lex = load_lexicon()
    assert len(lex.entries) > 300
    assert len(lex.version) == 12
    kinds = {e.kind for e in lex.entries}
    assert {"name", "code_word", "product_form", "trade_cue", "benign_context", "legal_channel"} <= kinds


def test_problems_name_file_line_entry_and_field(tmp_path):
    write(tmp_path, "bad.yaml", """\
        group: test
        entries:
          - term: 象牙
            category: ivory
            kind: name
            source: test
          - term: 穿山甲
            category: pangolinz
            kind: name
            source: test
          - term: "(ivory|tusk).*"
            category: ivory
            kind: name
            source: test
          - term: 白
            category: ivory
            kind: code_word
            source: test
          - term: 加微
            kind: trade_cue
            source: test
        """)
    with pytest.raises(LexiconError) as err:
        load_lexicon(tmp_path)
    problems = err.value.problems
    text = "\n".join(problems)
    assert "bad.yaml:7: entry 2 (穿山甲): category 'pangolinz'" in text
    assert "bad.yaml:11: entry 3" in text and "regular expression" in text
    assert "entry 4 (白)" in text and "single character" in text
    assert "entry 5 (加微)" in text and "needs 'cue'" in text
    assert not any("entry 1 " in p for p in problems)


def test_yaml_syntax_error_names_the_line(tmp_path):
    write(tmp_path, "broken.yaml", "entries:\n  - term: [unclosed\n    kind: name\n")
    with pytest.raises(LexiconError) as err:
        load_lexicon(tmp_path)
    assert "broken.yaml:" in err.value.problems[0] and "YAML syntax error" in err.value.problems[0]


def test_yaml_is_loaded_safely(tmp_path):
    write(tmp_path, "evil.yaml", "entries: !!python/object/apply:os.system ['echo hacked']\n")
    with pytest.raises(LexiconError) as err:
        load_lexicon(tmp_path)
    assert "evil.yaml" in err.value.problems[0]


def test_non_utf8_file_is_reported(tmp_path):
    (tmp_path / "gbk.yaml").write_bytes("entries:\n  - term: 象牙\n".encode("gbk"))
    with pytest.raises(LexiconError) as err:
        load_lexicon(tmp_path)
    assert "not UTF-8" in err.value.problems[0]


def test_pinyin_variants_are_generated(tmp_path):
    write(tmp_path, "ok.yaml", """\
        entries:
          - {term: 象牙, category: ivory, kind: name, source: test}
        """)
    lex = load_lexicon(tmp_path)
    assert "xiangya" in lex.entries[0].variants and "xiang ya" in lex.entries[0].variants


def test_a_repeated_key_in_an_entry_is_reported_with_its_line(tmp_path):
    # PyYAML alone would keep the last `category` silently; the shared loader refuses it.
    write(tmp_path, "dup.yaml", """\
        entries:
          - term: 象牙
            category: ivory
            kind: name
            category: pangolin
            source: test
        """)
    with pytest.raises(LexiconError) as err:
        load_lexicon(tmp_path)
    assert err.value.problems == [f"{tmp_path / 'dup.yaml'}:5: duplicate key 'category' (first at line 3); "
                                  "remove or rename one"]
