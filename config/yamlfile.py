"""YAML files that people edit: safe loading, duplicate keys refused, a line number for every place.

    from config.yamlfile import YamlFileError, read_yaml

    try:
        doc = read_yaml(path)               # or parse_yaml(text, path)
    except YamlFileError as exc:            # unreadable, not UTF-8, bad YAML, duplicate keys
        problems = [str(p) for p in exc.problems]   # "file:line: problem", every one of them
    else:
        doc.data                            # plain data: dict, list, str, int, float, bool, None, date
        doc.line(("rules", 2, "group"))     # 1-based line of that key (or list item), else of the
                                            # nearest enclosing key/item that exists (a missing
                                            # field points at its parent); None for an empty file
        doc.at(("rules", 2, "group"), "unknown group 'x'")   # "file:LINE: unknown group 'x'"

A path is a tuple of mapping keys and list indexes, as pydantic's error `loc` is, so validation
errors map to lines directly. Loading uses libyaml's CSafeLoader (about ten times faster than
PyYAML's pure-Python SafeLoader) with PyYAML's safe constructors: no Python objects are ever built
from a file. PyYAML lets a repeated key silently win; here every repeated key is an error. Merge
keys (`<<: *anchor`) are allowed and are not duplicates.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

__all__ = ["YamlDocument", "YamlFileError", "YamlProblem", "parse_yaml", "read_yaml"]

_MERGE_TAG = "tag:yaml.org,2002:merge"
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is missing on a few builds


@dataclass(frozen=True)
class YamlProblem:
    """One problem of a file. `kind`: "read" (missing, unreadable, not UTF-8), "syntax" (not valid
    YAML, or a tag the safe loader refuses), "depth" (nested too deep) or "duplicate-key"; `detail` says
    what, without place."""

    path: str
    line: int | None
    kind: str
    detail: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        prefix = "YAML syntax error: " if self.kind == "syntax" else ""
        return f"{where}: {prefix}{self.detail}"


class YamlFileError(ValueError):
    """The file could not be loaded; `problems` lists every problem found (at least one)."""

    def __init__(self, problems: list[YamlProblem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class _Loader(_BaseLoader):
    """The safe loader, noting each mapping key's value (for path lookups) and repeated keys."""

    def __init__(self, stream):
        super().__init__(stream)
        self.keys: dict[int, Any] = {}  # id(key node) -> the key as constructed
        self.duplicates: list[tuple[int, Any, int]] = []  # (line, key, line of the first one)

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            first_line: dict[Any, int] = {}
            for key_node, _ in node.value:
                if key_node.tag == _MERGE_TAG:
                    continue
                key = self.construct_object(key_node, deep=True)  # cached: built once
                try:
                    seen = first_line.get(key)
                except TypeError:  # unhashable: the safe constructor reports it below
                    continue
                line = key_node.start_mark.line + 1
                if seen is not None:
                    self.duplicates.append((line, key, seen))
                else:
                    first_line[key] = line
                self.keys[id(key_node)] = key
        return super().construct_mapping(node, deep=deep)


class YamlDocument:
    """A loaded file: `data`, and `line()` / `at()` to name a place in it."""

    def __init__(self, path: str, data: Any, root: yaml.Node | None, keys: dict[int, Any]):
        self.path = path
        self.data = data
        self._root = root
        self._keys = keys

    def line(self, path: Sequence[Any] = ()) -> int | None:
        """1-based line of the key or list item at `path`, else of its nearest existing parent."""
        node = self._root
        if node is None:
            return None
        best = node.start_mark.line + 1
        for part in path:
            child = None
            if isinstance(node, yaml.MappingNode):
                for key_node, value_node in node.value:  # the last match: explicit keys follow merged ones
                    if self._is_key(key_node, part):
                        child, line = value_node, key_node.start_mark.line + 1
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and not isinstance(part, bool) \
                    and 0 <= part < len(node.value):
                child = node.value[part]
                line = child.start_mark.line + 1
            if child is None:
                break
            node, best = child, line
        return best

    def at(self, path: Sequence[Any], message: str) -> str:
        """"file:line: message" for the place at `path` ("file: message" for an empty file)."""
        line = self.line(path)
        return f"{self.path}:{line}: {message}" if line else f"{self.path}: {message}"

    def _is_key(self, key_node: yaml.Node, part: Any) -> bool:
        key = self._keys.get(id(key_node), getattr(key_node, "value", None))
        if type(key) is type(part):
            return key == part
        # 1: x is the key 1; callers may name it "1" (and the other way round)
        return {type(key), type(part)} == {int, str} and str(key) == str(part)


MAX_DEPTH = 100  # no file we read nests more than ~6 levels


def _check_depth(text: str, path: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH at its line, before building anything: libyaml's
    composer recurses in C (100,000 levels crash the process) and every reader of the data walks
    it recursively. libyaml's event parser keeps its own stack, so this pass cannot overflow."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_BaseLoader):
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise YamlFileError([YamlProblem(path, event.start_mark.line + 1, "depth",
                                                     f"nested more than {MAX_DEPTH} levels deep; flatten it")])
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        return  # the real parse below reports it, with its place


def parse_yaml(text: str, path: str | Path = "<yaml>") -> YamlDocument:
    """Load one YAML document from `text`; raise YamlFileError for bad YAML or repeated keys."""
    path = str(path)
    _check_depth(text, path)
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except RecursionError:  # aliases can nest a tree deeper than the text shows
        raise YamlFileError([YamlProblem(path, None, "depth", "nested too deep to read; flatten it")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        detail = getattr(exc, "problem", None) or str(exc)
        raise YamlFileError([YamlProblem(path, mark.line + 1 if mark else None, "syntax", detail)]) from None
    finally:
        loader.dispose()
    if loader.duplicates:
        raise YamlFileError([
            YamlProblem(path, line, "duplicate-key",
                        f"duplicate key {key!r} (first at line {first}); remove or rename one")
            for line, key, first in sorted(loader.duplicates, key=lambda d: d[0])])
    return YamlDocument(path, data, root, loader.keys)


def read_yaml(path: str | Path) -> YamlDocument:
    """parse_yaml() of a UTF-8 file; a file that cannot be read is a "read" problem too."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise YamlFileError([YamlProblem(str(path), None, "read",
                                         f"not UTF-8 (byte {exc.start}); save the file as UTF-8")]) from None
    except OSError as exc:
        raise YamlFileError([YamlProblem(str(path), None, "read",
                                         f"cannot read file: {exc.strerror or exc}")]) from None
    return parse_yaml(text, path)
