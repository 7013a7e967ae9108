"""Integrity of the frozen "unseen" labeled set (tests/data/unseen.jsonl, issue 12).

Only the file is checked here: schema, allowed values, unique ids, composition, and that it is
the frozen version named in tests/data/README.md. The classifier's score on it is deliberately
NOT a test: the set is for reporting, never for tuning.
"""
import collections
import hashlib
import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
UNSEEN = DATA / "unseen.jsonl"
README = DATA / "README.md"

KEYS = ("id", "platform", "lang", "title", "description", "price", "seller", "label",
        "category", "tags", "rationale")
LABELS = {"illegal", "suspicious", "benign"}
LANGS = {"zh", "en", "vi", "mixed"}
CATEGORIES = {"ivory", "pangolin", "rhino_horn", "tiger", "leopard", "hornbill", "totoaba",
              "turtle_shell", "saiga", "bear", "live_animal", "other_wildlife", "none"}
# The tags of ../shared/corpus/LABELING.md, then the extra kinds of issue 12 (README: "Tags").
SCHEMA_TAGS = {"plain", "code_word", "obfuscated_spacing", "obfuscated_symbols", "homophone",
               "pinyin", "traditional_chars", "fullwidth", "emoji", "mixed_lang",
               "contact_evasion", "demand", "price_hint", "trap_color", "trap_idiom",
               "trap_brand", "trap_replica", "trap_toy", "trap_media", "trap_legal_alt",
               "trap_substring", "negation"}
EXTRA_TAGS = {"described", "higher_taxon", "cover_name", "wink", "radical_lookalike",
              "initials", "cantonese", "legal_regime", "no_diacritics", "trap_product"}


def _problems_and_rows(path=UNSEEN):
    problems, rows = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{path.name}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{where}: not JSON ({e.msg})")
            continue
        if not isinstance(row, dict):
            problems.append(f"{where}: not a JSON object")
            continue
        if tuple(row) != KEYS:
            problems.append(f"{where}: keys {list(row)} != {list(KEYS)}")
            continue
        for key in KEYS:
            if key == "tags":
                if not isinstance(row[key], list) or not row[key] or not all(
                        isinstance(t, str) for t in row[key]):
                    problems.append(f"{where}: tags: must be a non-empty list of strings")
            elif not isinstance(row[key], str):
                problems.append(f"{where}: {key}: must be a string")
        if problems and problems[-1].startswith(where):
            continue
        for key, allowed in (("label", LABELS), ("lang", LANGS), ("category", CATEGORIES)):
            if row[key] not in allowed:
                problems.append(f"{where}: {key}: {row[key]!r} is not one of {sorted(allowed)}")
        unknown = set(row["tags"]) - SCHEMA_TAGS - EXTRA_TAGS
        if unknown:
            problems.append(f"{where}: tags: unknown {sorted(unknown)}")
        if len(set(row["tags"])) != len(row["tags"]):
            problems.append(f"{where}: tags: repeated")
        if not re.fullmatch(r"unseen-(zh|en|vi|mx)-\d{4}", row["id"]):
            problems.append(f"{where}: id: {row['id']!r} is not unseen-<zh|en|vi|mx>-NNNN")
        for key in ("title", "rationale", "platform"):
            if not row[key].strip():
                problems.append(f"{where}: {key}: empty")
        if len(row["description"]) > 650:
            problems.append(f"{where}: description: {len(row['description'])} chars (LABELING: ~600)")
        rows.append((n, row))
    return problems, rows


@pytest.fixture(scope="module")
def rows():
    problems, rows = _problems_and_rows()
    assert not problems, "\n".join(problems)
    return [r for _, r in rows]


def test_every_line_is_a_listing_with_the_schema(rows):
    assert len(rows) == len(UNSEEN.read_text(encoding="utf-8").splitlines())


def test_the_check_names_the_line_and_field_of_a_bad_listing(tmp_path):
    good = UNSEEN.read_text(encoding="utf-8").splitlines()[0]
    row = json.loads(good)
    bad = dict(row, label="illegal?", tags=row["tags"] + ["typo_tag"])
    path = tmp_path / "unseen.jsonl"
    path.write_text("\n".join([good, json.dumps(bad, ensure_ascii=False), "{not json"]) + "\n",
                    encoding="utf-8")
    problems, rows = _problems_and_rows(path)
    assert len(rows) == 2
    assert any(p.startswith("unseen.jsonl:2: label:") for p in problems), problems
    assert any(p.startswith("unseen.jsonl:2: tags: unknown ['typo_tag']") for p in problems), problems
    assert any(p.startswith("unseen.jsonl:3: not JSON") for p in problems), problems


def test_ids_are_unique_and_cannot_clash_with_dev_ids(rows):
    dupes = [i for i, c in collections.Counter(r["id"] for r in rows).items() if c > 1]
    assert not dupes, f"repeated ids: {dupes}"
    assert all(r["id"].startswith("unseen-") for r in rows)


def test_listings_are_not_repeated(rows):
    same = collections.Counter((r["title"], r["description"]) for r in rows)
    assert max(same.values()) == 1, [k[0] for k, c in same.items() if c > 1]


def test_size_and_language_mix(rows):
    n = len(rows)
    assert n >= 450
    lang = collections.Counter(r["lang"] for r in rows)
    assert 0.35 <= lang["zh"] / n <= 0.45, lang
    assert 0.25 <= lang["en"] / n <= 0.35, lang
    assert 0.25 <= lang["vi"] / n <= 0.35, lang
    traditional = sum("traditional_chars" in r["tags"] for r in rows if r["lang"] == "zh")
    assert traditional >= 0.15 * lang["zh"]


def test_label_mix(rows):
    n = len(rows)
    label = collections.Counter(r["label"] for r in rows)
    assert 0.40 <= label["illegal"] / n <= 0.50, label
    assert 0.12 <= label["suspicious"] / n <= 0.18, label
    assert 0.35 <= label["benign"] / n <= 0.45, label
    for lang in ("zh", "en", "vi"):
        per = collections.Counter(r["label"] for r in rows if r["lang"] == lang)
        assert set(per) == LABELS, (lang, per)


def test_benign_listings_are_look_alikes_and_only_they_carry_trap_tags(rows):
    for r in rows:
        traps = [t for t in r["tags"] if t.startswith("trap_")]
        if r["label"] == "benign":
            assert r["category"] == "none" and traps, r["id"]
        else:
            assert r["category"] != "none" and not traps, r["id"]


def test_every_kind_of_difficulty_of_issue_12_is_present(rows):
    tags = collections.Counter(t for r in rows for t in r["tags"])
    needed = (SCHEMA_TAGS | EXTRA_TAGS) - {"plain"}
    thin = {t: tags[t] for t in needed if tags[t] < 4}
    assert not thin, f"tags with fewer than 4 listings: {thin}"


def test_file_is_the_frozen_version_named_in_the_readme():
    digest = hashlib.sha256(UNSEEN.read_bytes()).hexdigest()
    named = re.search(r"SHA-256 of `unseen.jsonl`: `([0-9a-f]{64})`", README.read_text(encoding="utf-8"))
    assert named, "tests/data/README.md must name the SHA-256 of unseen.jsonl"
    assert named.group(1) == digest, (
        "unseen.jsonl changed: the set is frozen. If a change is truly needed (a broken line, not a "
        "label that a classifier gets wrong), update README's composition and SHA-256 and say why.")


def test_readme_composition_matches_the_file(rows):
    text = README.read_text(encoding="utf-8")
    assert f"## Composition ({len(rows)} listings)" in text
    c = collections.Counter((r["lang"], r["label"]) for r in rows)
    for lang in ("zh", "en", "vi", "mixed"):
        cells = " | ".join(str(c[(lang, x)]) for x in ("illegal", "suspicious", "benign"))
        assert f"| {lang} | {cells} |" in text, lang
