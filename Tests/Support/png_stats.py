#!/usr/bin/env python3
"""Prints facts about a PNG screenshot as JSON, so a test can tell a page with text from a blank one.

Usage: png_stats.py FILE.png
Output: {"width": W, "height": H, "colours": N, "ink": F}
  colours: distinct pixel colours (a blank page has 1; anti-aliased text gives dozens);
  ink: the fraction of pixels that differ from the most common (background) colour.
Only the standard library (zlib): it decodes 8-bit, non-interlaced greyscale, RGB and RGBA PNGs,
which is what Chromium writes. Exit status 2 for a file it cannot read.
"""
import json
import struct
import sys
import zlib
from collections import Counter


def decode(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG signature")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
        pos += 12 + length
    width, height, depth, colour_type, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour_type)
    if depth != 8 or channels is None or interlace:
        raise ValueError("unsupported PNG: depth %d, colour type %d, interlace %d" % (depth, colour_type, interlace))
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def main():
    try:
        with open(sys.argv[1], "rb") as handle:
            width, height, channels, rows = decode(handle.read())
    except (OSError, ValueError, IndexError, TypeError, zlib.error) as error:
        print("cannot read %s: %s" % (sys.argv[1:], error), file=sys.stderr)
        return 2
    counts = Counter()
    for row in rows:
        counts.update(row[i:i + channels] for i in range(0, len(row), channels))
    background = counts.most_common(1)[0][1]
    total = width * height
    print(json.dumps({"width": width, "height": height, "colours": len(counts),
                      "ink": round((total - background) / total, 4)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
