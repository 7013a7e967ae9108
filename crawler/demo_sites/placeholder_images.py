"""Tiny PNG placeholders built in code, so the demo sites need no image files."""
from __future__ import annotations

import hashlib
import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def placeholder_png(name: str, width: int = 64, height: int = 48) -> bytes:
    """A striped RGB image whose colours derive from `name`: same name, same bytes."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    light, dark = digest[0:3], bytes(b // 2 for b in digest[3:6])
    rows = []
    for y in range(height):
        row = bytearray(b"\x00")  # filter type 0 per scanline
        for x in range(width):
            row += dark if (x + y) // 8 % 2 else light
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + _chunk(b"IEND", b"")
    )
