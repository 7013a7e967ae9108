"""A place inside a species' common name is no origin cue (q23, issue 12).

非洲灰鹦鹉 / African grey, 缅甸蟒 / Burmese python, 印度星龟 / Indian star tortoise: the place is part of
the animal's name, the same for a bird bred in a licensed aviary next door as for one smuggled from
Africa. The origin cue (非洲, African, Burmese: a smuggling route, trade_cues.yaml) matched inside the
name said "brought from Africa" of every African grey, papered or not. So an origin cue that lies
inside a live animal's name match is dropped; an origin written apart (非洲带回来的灰鹦鹉, from Congo)
still counts, and so does one inside a product's code word (非洲料: the material named by its origin).
Runs in engine.raw_matches on topical listings; it looks further only where an origin cue was matched.
"""
from __future__ import annotations


def drop(matches: list) -> None:
    """Removes origin cues that lie inside a live-animal name match of the same field."""
    origins = [m for m in matches if m.cue == "origin" and m.kind == "trade_cue"]
    if not origins:
        return
    names = [m for m in matches if m.category == "live_animal" and m.kind == "name"]
    if not names:
        return
    inside = {id(o) for o in origins for n in names
              if n.field == o.field and n.start <= o.start and o.end <= n.end and (n.start, n.end) != (o.start, o.end)}
    if inside:
        matches[:] = [m for m in matches if id(m) not in inside]
