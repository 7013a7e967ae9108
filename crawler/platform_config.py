"""Platform files (`config/platforms/<name>.yaml`): schema, loading and validation.

Analysts write these files, so every problem is reported as `file:line: key: problem` before
any request is made. YAML is read with the shared safe loader (config.yamlfile), which also
refuses repeated keys and knows the line of every key.
"""
from __future__ import annotations

import codecs
import re
import string
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from lxml import etree
from parsel import Selector
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from config.yamlfile import YamlFileError, read_yaml

LISTING_FIELDS = (
    "listing_id", "title", "description", "price", "currency", "seller_id", "seller_name",
    "seller_url", "images", "posted_at", "location", "category",
)
FieldName = Literal[
    "listing_id", "title", "description", "price", "currency", "seller_id", "seller_name",
    "seller_url", "images", "posted_at", "location", "category",
]
_JSON_PATH = re.compile(r"^[A-Za-z0-9_\-]+(\[(\d+|\*)\])*(\.[A-Za-z0-9_\-]+(\[(\d+|\*)\])*)*$")
_EMPTY_DOC = Selector(text="<html><body></body></html>")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FieldSpec(_Strict):
    """Where one value is read from. Written as `"css:..."`, `"xpath:..."`, `"json:a.b[0]"`,
    a bare CSS string, or a mapping with one of css/xpath/json/value and options."""

    css: str | None = None
    xpath: str | None = None
    json_path: str | None = Field(None, alias="json")
    value: str | None = None  # a constant, e.g. a currency the site never prints
    all: bool = False  # keep every match as a list (images)
    join: str | None = None  # join every match into one string
    regex: str | None = Field(None, alias="re")  # keep group 1 (or the whole match)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, data: Any) -> Any:
        if isinstance(data, str):
            for prefix in ("css", "xpath", "json"):
                if data.startswith(prefix + ":"):
                    return {prefix: data[len(prefix) + 1:].strip()}
            return {"css": data}
        return data

    @model_validator(mode="after")
    def _check(self) -> FieldSpec:
        given = [k for k in ("css", "xpath", "json_path", "value") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of css, xpath, json or value")
        if self.css is not None:
            try:
                _EMPTY_DOC.css(self.css)
            except Exception as exc:  # cssselect raises several error types
                raise ValueError(f"invalid CSS selector {self.css!r}: {exc}") from None
        if self.xpath is not None:
            try:
                etree.XPath(self.xpath)
            except etree.XPathSyntaxError as exc:
                raise ValueError(f"invalid XPath {self.xpath!r}: {exc}") from None
        if self.json_path is not None and not _JSON_PATH.match(self.json_path):
            raise ValueError(f"invalid JSON path {self.json_path!r} (use a.b[0].c or a[*].b)")
        if self.regex is not None:
            _compile_regex(self.regex)
        return self

    @property
    def kind(self) -> str:
        return "css" if self.css is not None else "xpath" if self.xpath is not None else (
            "json" if self.json_path is not None else "value")

    @property
    def expr(self) -> str:
        return self.css or self.xpath or self.json_path or self.value or ""


@lru_cache(maxsize=512)
def platform_regex(pattern: str) -> Any:
    """A platform file's regex, compiled with RE2: linear time in the text, whatever the pattern.
    Page text is hostile and platform files are edited by hand, so a backtracking engine would
    let `(a+)+$` stall a crawl for minutes per listing; RE2 has no such patterns (and so no
    backreferences or lookarounds, refused when the file loads). The object answers search(),
    group() and groups() as Python's does."""
    import re2

    try:
        return re2.compile(pattern, _RE2_OPTIONS)
    except re2.error as exc:
        reason = exc.args[0].decode("utf-8", "replace") if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise ValueError(f"invalid regular expression {pattern!r}: {reason} (platform regexes run on RE2: "
                         "no backreferences or lookarounds)") from None


def _re2_options() -> Any:
    import re2

    options = re2.Options()
    options.log_errors = False  # RE2 would print each refused pattern to stderr; we say it once
    return options


_RE2_OPTIONS = _re2_options()


def _compile_regex(pattern: str) -> Any:
    return platform_regex(pattern)


def _check_template(template: str, allowed: set[str]) -> str:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as exc:
        raise ValueError(f"bad URL template {template!r}: {exc}") from None
    unknown = names - allowed
    if unknown:
        raise ValueError(f"URL template {template!r} uses unknown placeholder(s) "
                         f"{sorted(unknown)}; allowed: {sorted(allowed)}")
    return template


class SearchConfig(_Strict):
    urls: list[str] = Field(min_length=1)  # relative to base_url; {term} and {page}
    terms: list[str] = []
    terms_from: Literal["file", "lexicon"] = "file"  # lexicon: add product terms from config/keywords
    lexicon_lang: str | None = None  # only lexicon terms in this language (zh, en...)
    max_terms: int = Field(100, ge=1)  # cap on search terms per crawl
    first_page: int = Field(1, ge=0)

    @field_validator("urls")
    @classmethod
    def _templates(cls, urls: list[str]) -> list[str]:
        return [_check_template(u, {"term", "page"}) for u in urls]


class LoadMore(_Strict):
    """Infinite scroll / "load more" on browser-rendered result pages."""

    max_scrolls: int = Field(20, ge=1, le=500)
    wait_ms: int = Field(1500, ge=50, le=60000)  # how long to wait for new cards per scroll
    stall_rounds: int = Field(3, ge=1, le=20)  # give up after this many scrolls with no new card
    end_selector: str | None = None  # CSS of the "no more results" marker
    click: str | None = None  # CSS of a "load more" button to click before scrolling


class ResultsConfig(_Strict):
    card: FieldSpec | None = None
    detail_link: FieldSpec | None = None
    detail_link_pattern: str | None = None  # regex over links, for sites without selectors
    next_page: FieldSpec | None = None
    max_pages: int = Field(5, ge=1)
    load_more: LoadMore | None = None
    fields: dict[FieldName, FieldSpec] = {}

    @field_validator("detail_link_pattern")
    @classmethod
    def _pattern(cls, value: str | None) -> str | None:
        if value is not None:
            _compile_regex(value)
        return value

    @model_validator(mode="after")
    def _check(self) -> ResultsConfig:
        if self.card is None and self.detail_link_pattern is None:
            raise ValueError("give `card` (a selector) or `detail_link_pattern` (a regex)")
        if self.card is not None and self.card.kind not in ("css", "xpath"):
            raise ValueError("`card` must be a css: or xpath: selector")
        return self


class ListingConfig(_Strict):
    source: Literal["detail", "card", "json"] = "detail"
    json_url: str | None = None  # template with {listing_id}, relative to base_url
    fields: dict[FieldName, FieldSpec] = {}
    listing_id_pattern: str | None = None  # regex over the listing URL; group 1 is the ID
    posted_at_formats: list[str] = []  # strptime formats tried before ISO-8601
    structured_fallback: bool | None = None  # None: only when `fields` is empty
    wait_for: str | None = None  # browser sites: CSS that shows the listing has rendered

    @field_validator("json_url")
    @classmethod
    def _json_url(cls, value: str | None) -> str | None:
        if value is not None:
            _check_template(value, {"listing_id"})
            if "{listing_id}" not in value:
                raise ValueError("json_url must contain {listing_id}")
        return value

    @field_validator("listing_id_pattern")
    @classmethod
    def _pattern(cls, value: str | None) -> str | None:
        if value is not None:
            _compile_regex(value)
        return value

    @field_validator("wait_for")
    @classmethod
    def _wait_for(cls, value: str | None) -> str | None:
        if value is not None:
            FieldSpec.model_validate({"css": value})
        return value

    @model_validator(mode="after")
    def _check(self) -> ListingConfig:
        if self.source == "json" and not self.json_url:
            raise ValueError("source: json needs json_url (e.g. /api/listing/{listing_id})")
        for name, spec in self.fields.items():
            if self.source == "json" and spec.kind in ("css", "xpath"):
                raise ValueError(f"fields.{name}: source json takes json: paths, not {spec.kind}")
            if self.source != "json" and spec.kind == "json":
                raise ValueError(f"fields.{name}: json: paths need source: json")
        return self


class Politeness(_Strict):
    obey_robots_txt: bool = True
    download_delay: float = Field(1.0, ge=0)
    concurrency_per_domain: int = Field(2, ge=1, le=32)
    autothrottle: bool = True
    autothrottle_target_concurrency: float = Field(1.0, gt=0)
    retry_times: int = Field(5, ge=0, le=20)
    retry_max_wait: float = Field(60.0, ge=0)  # cap on Retry-After / backoff, seconds
    timeout: float = Field(30.0, gt=0)
    # Hostile pages: a bigger page (its decompressed size too: a gzip bomb) is cancelled and
    # counted as an error (Scrapy's DOWNLOAD_MAXSIZE / DOWNLOAD_WARNSIZE, bytes).
    max_page_bytes: int = Field(8 * 1024 * 1024, ge=64 * 1024)
    warn_page_bytes: int = Field(2 * 1024 * 1024, ge=0)
    max_redirects: int = Field(10, ge=0, le=30)  # a longer chain (a loop) is counted as an error


class Platform(_Strict):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_\-]*$")
    base_url: str
    rendering: Literal["static", "browser"] = "static"
    encoding: str | None = None
    timezone: str = "UTC"  # of times printed on the site without an offset
    currency: str | None = Field(None, pattern=r"^[A-Z]{3}$")  # ISO code of prices with no symbol
    single_currency: bool = False  # every price is in `currency`: a bare "$" means it (else unknown)
    currency_symbols: dict[Annotated[str, Field(min_length=1, max_length=12)],
                           Annotated[str, Field(pattern=r"^[A-Z]{3}$")]] = {}  # added to / over the built-in map
    # query parameters dropped from listing URLs (crawler.urls; trailing * for a prefix); None: defaults
    drop_query_params: list[Annotated[str, Field(min_length=1)]] | None = None
    allowed_domains: list[str] = []  # default: base_url's host and its subdomains
    search: SearchConfig
    results: ResultsConfig | None = None  # absent: search.urls are listing pages themselves
    listing: ListingConfig = ListingConfig()
    politeness: Politeness = Politeness()
    interval_minutes: int | None = Field(None, ge=5)  # re-crawl every N minutes under `wildwatch run`
    # legal jurisdictions the platform answers to (config/legal/<code>.yaml), for takedown reports
    jurisdictions: list[Annotated[str, Field(pattern=r"^[A-Z]{2,4}$")]] = []

    @field_validator("base_url")
    @classmethod
    def _base_url(cls, value: str) -> str:
        if not re.match(r"^https?://[^/\s]+", value):
            raise ValueError(f"base_url must be an http(s) URL, got {value!r}")
        return value.rstrip("/")

    @field_validator("encoding")
    @classmethod
    def _encoding(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                codecs.lookup(value)
            except LookupError:
                raise ValueError(f"unknown encoding {value!r}") from None
        return value

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (use e.g. Asia/Shanghai)") from None
        return value

    @model_validator(mode="after")
    def _check(self) -> Platform:
        if self.results and self.results.load_more and self.rendering != "browser":
            raise ValueError("results.load_more needs rendering: browser")
        if self.listing.wait_for and self.rendering != "browser":
            raise ValueError("listing.wait_for needs rendering: browser")
        if self.single_currency and not self.currency:
            raise ValueError("single_currency: true needs `currency` (the ISO code every price is in)")
        if self.listing.source == "card" and self.results is None:
            raise ValueError("listing.source: card needs a results section with a card selector")
        return self

    @property
    def uses_structured_fallback(self) -> bool:
        if self.listing.structured_fallback is not None:
            return self.listing.structured_fallback
        return not self.listing.fields


class PlatformFileError(Exception):
    """One or more problems in a platform file, each as `file:line: key: problem`."""

    def __init__(self, path: Path | str, problems: list[str]):
        self.path = Path(path)
        self.problems = problems
        super().__init__("\n".join(problems))


def _format_loc(loc: tuple) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif str(item).startswith(("function-", "literal[")):
            continue  # pydantic's internal validator names say nothing to an analyst
        else:
            parts.append(("." if parts else "") + str(item))
    return "".join(parts) or "(top level)"


def load_platform(path: Path | str) -> Platform:
    """Read and validate one platform file; raise PlatformFileError listing every problem."""
    path = Path(path)
    try:
        doc = read_yaml(path)
    except YamlFileError as exc:  # unreadable, not UTF-8, bad YAML, repeated keys
        raise PlatformFileError(path, [str(p) for p in exc.problems]) from None
    if not isinstance(doc.data, dict):
        raise PlatformFileError(path, [doc.at((), f"(top level): expected a mapping of keys, "
                                                  f"got {type(doc.data).__name__}")])
    try:
        platform = Platform.model_validate(doc.data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            msg = err["msg"].removeprefix("Value error, ")
            problems.append(doc.at(err["loc"], f"{_format_loc(err['loc'])}: {msg}"))
        raise PlatformFileError(path, problems) from None
    if platform.name != path.stem:
        raise PlatformFileError(path, [doc.at(("name",), f"name: {platform.name!r} does not match the "
                                                         f"file name {path.stem!r}")])
    return platform


def platform_files(platforms_dir: Path) -> list[Path]:
    return sorted(p for p in Path(platforms_dir).glob("*.y*ml") if p.suffix in (".yaml", ".yml"))


def find_platform_file(name_or_path: str, platforms_dir: Path) -> Path:
    """A platform by name (file stem in platforms_dir) or by path to its file."""
    candidate = Path(name_or_path)
    if candidate.suffix in (".yaml", ".yml") and candidate.exists():
        return candidate
    for path in platform_files(platforms_dir):
        if path.stem == name_or_path:
            return path
    known = ", ".join(p.stem for p in platform_files(platforms_dir)) or "(none)"
    raise LookupError(f"unknown platform {name_or_path!r} in {platforms_dir}; known: {known}")
