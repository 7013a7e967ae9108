"""Builds data/zh.jsonl and data/en.jsonl from the hand-written texts, with a fixed seed.

    python -m crawler.demo_sites.generate_listings

The texts are written by hand (listing_texts_zh / listing_texts_en); this script only spreads
them over sellers, cities, dates and prices, and mixes condition/reason/delivery phrases into
ordinary goods so the result reads like many different people wrote it. Same seed, same files.
"""
from __future__ import annotations

import json
import random
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

from crawler.demo_sites import listing_texts_en as en_texts
from crawler.demo_sites import listing_texts_zh as zh_texts

SEED = 20261001
DATA_DIR = Path(__file__).resolve().parent / "data"
FIRST_DAY = datetime(2026, 8, 1, tzinfo=timezone.utc)
DAYS = 111  # up to 2026-11-20


class ListingFactory:
    """Shared randomness: ids, sellers, dates, prices."""

    def __init__(self, rng: random.Random, seller_prefix: str, lucky_eights: bool = False):
        self.rng = rng
        self.lucky_eights = lucky_eights
        self.seller_prefix = seller_prefix
        self.seller_ids: dict[str, str] = {}
        self.used_ids: set[str] = set()

    def listing_id(self, make) -> str:
        while True:
            candidate = make(self.rng)
            if candidate not in self.used_ids:
                self.used_ids.add(candidate)
                return candidate

    def seller(self, name: str) -> dict:
        if name not in self.seller_ids:
            self.seller_ids[name] = f"{self.seller_prefix}{self.rng.randrange(10**7, 10**8)}"
        return {"id": self.seller_ids[name], "name": name}

    def posted_at(self, utc_offset_hours: int) -> str:
        # Sellers post in their waking hours (local 07:00-24:00).
        day = FIRST_DAY + timedelta(days=self.rng.randrange(DAYS))
        local_minute = self.rng.randrange(7 * 60, 24 * 60)
        moment = day + timedelta(minutes=local_minute - utc_offset_hours * 60, seconds=self.rng.randrange(60))
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")

    def price(self, low: int, high: int) -> int:
        value = self.rng.uniform(low, high)
        step = 100 if value >= 2000 else 50 if value >= 500 else 10 if value >= 100 else 5 if value >= 30 else 1
        value = max(step, round(value / step) * step)
        roll = self.rng.random()
        if value >= 100 and roll < 0.12:
            value -= 1  # 1999-style
        elif value >= 100 and roll < 0.2 and self.lucky_eights:
            value += 88 if value >= 1000 else 8  # lucky-eight tails, a Chinese seller habit
        return int(value)


def pick_phrases(rng: random.Random, *pools: list[str]) -> list[str]:
    return [rng.choice(pool) for pool in pools if rng.random() < 0.8]


# ---------------------------------------------------------------------------------------------
def zh_description(rng: random.Random, body: str, condition: str) -> str:
    reason, delivery = rng.choice(zh_texts.REASONS), rng.choice(zh_texts.DELIVERY)
    opener = rng.choice([f"{condition}，{reason}。", f"{reason}，{condition}。", f"{condition}。", ""])
    if condition == "全新":
        opener = rng.choice([f"{reason}。", ""])
    parts = [opener + body, delivery + rng.choice(["。", "！", "", "~"])]
    if rng.random() < 0.3:
        parts.append(rng.choice(["有问题直接留言。", "不议价，谢谢。", "看中直接拍。", "在的，宝贝还在。", "非诚勿扰。"]))
    return rng.choice(["\n", "", " "]).join(parts)


def zh_title(rng: random.Random, title: str, condition: str) -> str:
    if condition in title:
        return title
    return rng.choice([title, f"{condition} {title}", f"{title} {condition}", f"转 {title}", f"{title} 急出", title])


def build_zh(rng: random.Random) -> list[dict]:
    factory = ListingFactory(rng, "u", lucky_eights=True)
    rows: list[dict] = []

    def add(title, description, price, label, category, seller_name, city, **extra):
        rows.append({
            "id": factory.listing_id(lambda r: str(r.randrange(6_000_000, 7_000_000))),
            "site": "zh", "title": title, "description": description,
            "price": None if price is None else f"¥{price}", "price_value": price, "currency": "CNY",
            "seller": factory.seller(seller_name), "location": city,
            "posted_at": None if rng.random() < 0.05 else factory.posted_at(8),
            "images": rng.choice([0, 1, 1, 2, 3, 3, 4, 5, 6]) if label != "benign" else rng.choice([1, 2, 3, 4, 5]),
            "label": label, "category": category, "trap": False, "malformed": False, **extra,
        })

    products = list(zh_texts.ORDINARY) + rng.sample(zh_texts.ORDINARY, 60)
    busy_sellers = zh_texts.SELLERS[:8]  # a few people sell a lot, most sell once or twice
    for goods, titles, body, (low, high) in products:
        seller = rng.choice(busy_sellers) if rng.random() < 0.4 else rng.choice(zh_texts.SELLERS)
        condition = "全新" if "全新" in body else rng.choice(zh_texts.CONDITIONS)  # never contradict the text
        add(zh_title(rng, rng.choice(titles), condition),
            None if rng.random() < 0.05 else zh_description(rng, body, condition),
            None if rng.random() < 0.06 else factory.price(low, high),
            "benign", "none", seller, rng.choice(zh_texts.CITIES), goods=goods)
    for title, description, price, category in zh_texts.LOOKALIKES:
        add(title, description, price, "benign", category, rng.choice(zh_texts.SELLERS), rng.choice(zh_texts.CITIES))
        rows[-1]["trap"] = True
    for title, description, price, label, category, seller_key in zh_texts.WILDLIFE:
        seller = zh_texts.WILDLIFE_SELLERS[seller_key] if seller_key else rng.choice(zh_texts.SELLERS)
        city = rng.choice(zh_texts.WILDLIFE_CITIES if rng.random() < 0.7 else zh_texts.CITIES)
        add(title, description, price, label, category, seller, city)
    for title, description, price, label, category, seller_key in zh_texts.HOSTILE:
        seller = zh_texts.WILDLIFE_SELLERS[seller_key] if seller_key else rng.choice(zh_texts.SELLERS)
        add(title, description, price, label, category, seller, rng.choice(zh_texts.CITIES))
    for row in rng.sample(rows, 9):  # hand-edited shop pages with broken markup
        row["malformed"] = True
    return rows


# ---------------------------------------------------------------------------------------------
def en_price(rng: random.Random, value: int) -> str:
    return f"${value:,}" + rng.choice(["", "", "", " OBO", " firm", " or best offer", " ONO"])


def price_value(price: str | None) -> float | None:
    match = re.search(r"\d[\d,]*(?:\.\d+)?", price or "")
    return float(match.group().replace(",", "")) if match else None


def localise_currency(price: str | None, location: str) -> tuple[str | None, str]:
    if location.endswith(", UK"):
        return (price.replace("$", "£").replace(" OBO", " ONO") if price else price), "GBP"
    if location.endswith((", ON", ", BC")):
        return (price.replace("$", "CA$") if price else price), "CAD"
    return price, "USD"


def en_description(rng: random.Random, body: str) -> str:
    parts = [body] + pick_phrases(rng, en_texts.CONDITIONS, en_texts.REASONS, en_texts.PICKUP)
    return rng.choice([" ", "\n", "\n\n"]).join(parts)


def build_en(rng: random.Random) -> list[dict]:
    factory = ListingFactory(rng, "m")
    rows: list[dict] = []

    def add(title, description, price, label, category, seller_name, location, **extra):
        price, currency = localise_currency(price, location)
        rows.append({
            "id": factory.listing_id(lambda r: f"{r.randrange(16**8):08x}"),
            "site": "en", "title": title, "description": description, "price": price,
            "price_value": price_value(price), "currency": currency,
            "seller": factory.seller(seller_name), "location": location,
            "posted_at": factory.posted_at(-5 if not location.endswith("UK") else 0),
            "images": rng.choice([1, 1, 2, 3, 4, 5, 6]),
            "label": label, "category": category, "trap": False, "jsonld": rng.random() < 0.35, **extra,
        })

    products = list(en_texts.ORDINARY) + rng.sample(en_texts.ORDINARY, 36)
    for goods, titles, body, (low, high) in products:
        add(rng.choice(titles), None if rng.random() < 0.04 else en_description(rng, body),
            en_price(rng, factory.price(low, high)), "benign", "none",
            rng.choice(en_texts.SELLERS), rng.choice(en_texts.LOCATIONS), goods=goods)
    for title, description, price, category in en_texts.LOOKALIKES:
        add(title, description, price, "benign", category, rng.choice(en_texts.SELLERS), rng.choice(en_texts.LOCATIONS))
        rows[-1]["trap"] = True
    for title, description, price, label, category, seller_key in en_texts.WILDLIFE:
        seller = en_texts.WILDLIFE_SELLERS[seller_key] if seller_key else rng.choice(en_texts.SELLERS)
        location = rng.choice(en_texts.WILDLIFE_LOCATIONS if rng.random() < 0.6 else en_texts.LOCATIONS)
        add(title, description, price, label, category, seller, location)
    for title, description, price, label, category, seller_key in en_texts.HOSTILE:
        seller = en_texts.WILDLIFE_SELLERS[seller_key] if seller_key else rng.choice(en_texts.SELLERS)
        add(title, description, price, label, category, seller, rng.choice(en_texts.LOCATIONS))
        rows[-1]["jsonld"] = True  # hostile text inside the JSON-LD <script> must stay inert
    return rows


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    rng = random.Random(SEED)
    zh_rows, en_rows = build_zh(rng), build_en(rng)
    rng.shuffle(zh_rows)
    rng.shuffle(en_rows)
    write_jsonl(DATA_DIR / "zh.jsonl", zh_rows)
    write_jsonl(DATA_DIR / "en.jsonl", en_rows)
    for name, rows in (("zh", zh_rows), ("en", en_rows)):
        counts = {label: sum(r["label"] == label for r in rows) for label in ("illegal", "suspicious", "benign")}
        print(f"{name}: {len(rows)} listings, {counts}, look-alikes {sum(r['trap'] for r in rows)}")


if __name__ == "__main__":
    main()
