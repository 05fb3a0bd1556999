"""A zip archive compressed in pieces, so that a later archive reuses the unchanged ones.

The site offers the package as an unreleased archive, zipped again at every change of the
package: hundreds of megabytes of data at ten thousand articles, seconds of deflate for a
build that adds one article. Here each member is deflated in *pieces*, each compressed on
its own and ended on a byte boundary (a sync flush), then one final empty block, as pigz
does to compress in parallel: the stream is one valid deflate stream, and a piece
compresses to the same bytes whatever comes before it. A piece with a key (a data file's
part of one package block, :mod:`pipeline.blocks`) is copied from the previous archive,
where it lies, when that archive holds a piece of the same key; only the others are
compressed. A piece's key must stand for its bytes. The archive is byte-identical to one
made with no previous archive.

Members, their order and names (under one top folder), times, permissions and the
``SHA256SUMS`` member are those of :func:`pipeline.release.build_zip`.
"""

from __future__ import annotations

import mmap
import struct
import zlib
from datetime import datetime

#: The end of every member's stream: a final, empty block of fixed codes.
FINAL_BLOCK = b"\x03\x00"
_LOCAL = struct.Struct("<4s2B4HL2L2H")  # as zipfile's structFileHeader
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")  # structCentralDir
_END = struct.Struct("<4s4H2LH")  # structEndArchive
_UTF8_NAME = 0x800
_DEFLATED, _VERSION, _UNIX = 8, 20, 3
_PERMISSIONS = 0o644 << 16
#: Zip without its 64-bit extension: sizes and offsets under 4 GiB.
LIMIT = 0xFFFFFFFF

#: A member's pieces: (key or None, bytes), in order.
Pieces = list[tuple[str | None, bytes | memoryview]]


def _deflated(piece: bytes | memoryview, level: int) -> bytes:
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    return compressor.compress(piece) + compressor.flush(zlib.Z_SYNC_FLUSH)


def _dos_time(created: str) -> tuple[int, int]:
    stamp = datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ")
    return (stamp.hour << 11 | stamp.minute << 5 | stamp.second // 2,
            (stamp.year - 1980) << 9 | stamp.month << 5 | stamp.day)


def build(members: dict[str, Pieces], top: str, created: str, level: int,
          previous: bytes | mmap.mmap = b"", where: dict[str, list[int]] | None = None,
          ) -> tuple[bytes, dict[str, list[int]]]:
    """The archive of ``members`` (name -> pieces, sorted by name here) under the folder
    ``top``, every time set to ``created``; and where each keyed piece's compressed bytes
    lie in it (key -> [offset, size]). ``previous`` is an earlier archive and ``where``
    its keyed pieces: a piece found there is copied, not compressed."""
    where = where or {}
    before = memoryview(previous)  # pieces copied from it are not copied twice
    dostime, dosdate = _dos_time(created)
    # The archive's parts, joined once at the end: tens of megabytes at scale.
    out: list[bytes | memoryview] = []
    central, found, offset = bytearray(), {}, 0
    for name in sorted(members):
        path = f"{top}/{name}".encode()
        flags = 0 if path.isascii() else _UTF8_NAME
        crc, size, chunks = 0, 0, []
        for key, piece in members[name]:
            crc, size = zlib.crc32(piece, crc), size + len(piece)
            span = where.get(key) if key is not None else None
            chunk = before[span[0]:span[0] + span[1]] if span else _deflated(piece, level)
            chunks.append((key, chunk))
        compressed = sum(len(chunk) for _, chunk in chunks) + len(FINAL_BLOCK)
        if max(size, compressed, offset) > LIMIT:
            raise ValueError("archive too large for zip without its 64-bit extension")
        header = _LOCAL.pack(b"PK\x03\x04", _VERSION, 0, flags, _DEFLATED, dostime, dosdate,
                             crc, compressed, size, len(path), 0) + path
        central += _CENTRAL.pack(b"PK\x01\x02", _VERSION, _UNIX, _VERSION, 0, flags, _DEFLATED,
                                 dostime, dosdate, crc, compressed, size, len(path), 0, 0, 0,
                                 0, _PERMISSIONS, offset) + path
        out.append(header)
        offset += len(header)
        for key, chunk in chunks:
            if key is not None:
                found[key] = [offset, len(chunk)]
            out.append(chunk)
            offset += len(chunk)
        out.append(FINAL_BLOCK)
        offset += len(FINAL_BLOCK)
    count = len(members)
    end = _END.pack(b"PK\x05\x06", 0, 0, count, count, len(central), offset, 0)
    return b"".join([*out, central, end]), found
