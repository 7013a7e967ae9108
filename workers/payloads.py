"""JSON for the pipeline's payloads (job arguments, results, stored assessment parts), with orjson.

orjson is ~10x faster than the json module on the same data and decodes to equal values. Where
the two differ, the json module's behaviour is kept by falling back to it:
- money: orjson has no Decimal; amounts go out as strings through the listing contract's
  json_default (as the crawler sends them), times as ISO-8601 through it too;
- what orjson refuses (lone surrogates, integers beyond 64 bits, NaN/Infinity literals a producer
  wrote with the json module) goes through the json module, as before;
- NaN/Infinity floats *written* by us: orjson writes null, the json module a non-standard literal
  (our own payloads carry none: amounts are Decimal, scores are finite).
"""
from __future__ import annotations

import json
from typing import Any

import orjson

from crawler.listing import json_default

_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME


def dumps(obj: Any, default=json_default) -> bytes:
    """UTF-8 JSON bytes; Decimal and datetime through `default` (the contract's json_default)."""
    try:
        return orjson.dumps(obj, default=default, option=_OPTIONS)
    except orjson.JSONEncodeError:
        # what orjson refuses (a lone surrogate, a huge int, a subclass it will not take): the
        # json module's answer, or its TypeError, exactly as before
        return json.dumps(obj, default=default).encode("utf-8")


def loads(data: bytes | str) -> Any:
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data.decode("utf-8") if isinstance(data, (bytes, bytearray, memoryview)) else data)


class OrjsonSerializer:
    """RQ's serializer for every queue, job, registry and worker (JSON, never pickle).

    Reads what rq.serializers.JSONSerializer writes (the crawler's hand-over) and writes what it
    reads: plain JSON either way."""

    @staticmethod
    def dumps(obj: Any, *args, **kwargs) -> bytes:
        return dumps(obj)

    @staticmethod
    def loads(data: bytes, *args, **kwargs) -> Any:
        return loads(data)


def _plain_default(o: Any) -> Any:
    return getattr(o, "__dict__", str(o))


def plain(value: Any) -> Any:
    """A JSON-safe copy (dataclasses and tuples from the classifier become dicts and lists), equal
    to json.loads(json.dumps(value, default=lambda o: getattr(o, '__dict__', str(o))))."""
    try:
        # dataclasses go to the default hook too (not orjson's own), so slots and properties are
        # treated exactly as the json module's path treats them
        return orjson.loads(orjson.dumps(value, default=_plain_default,
                                         option=orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATACLASS
                                         | orjson.OPT_PASSTHROUGH_DATETIME))
    except (orjson.JSONEncodeError, orjson.JSONDecodeError):
        return json.loads(json.dumps(value, ensure_ascii=False, default=_plain_default))
