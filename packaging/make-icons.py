#!/usr/bin/env python3
"""LifeFX's icons, all from one source image.

assets/icons/lifefx.png (512 x 512, RGBA) is the source: a glider on a dark rounded square. Every
size the app and the packages use (assets/icons/lifefx-32/64/128/256.png) is made from it by
averaging blocks of its pixels, so changing the icon means changing that one image (in any editor
that writes 8-bit RGBA PNG) and running, from the project root:

    python3 packaging/make-icons.py

`python3 packaging/make-icons.py --draw-source` draws the source image again, as it was first made.
Only the standard library is used (zlib and struct).
"""
import struct
import sys
import zlib

SOURCE = 'assets/icons/lifefx.png'
SOURCE_SIZE = 512
SIZES = (32, 64, 128, 256)


def write_png(path, size, pixels):
    """Writes `pixels` (rows of size*4 bytes, RGBA) as an 8-bit RGBA PNG."""
    raw = b''.join(b'\x00' + bytes(row) for row in pixels)

    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)

    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0))
                + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def read_png(path):
    """Reads an 8-bit RGBA, non-interlaced PNG; returns (width, height, rows of width*4 bytes)."""
    with open(path, 'rb') as f:
        data = f.read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise SystemExit(f'{path}: not a PNG file')
    pos, idat, header = 8, b'', None
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            header = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour != 6 or interlace != 0:
        raise SystemExit(f'{path}: expected 8-bit RGBA without interlacing, got depth {depth}, colour type {colour}')
    raw = zlib.decompress(idat)
    stride, bpp, rows, previous = width * 4, 4, [], bytearray(width * 4)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up = previous[i]
            up_left = previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xff
            elif kind == 2:
                line[i] = (line[i] + up) & 0xff
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xff
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else up_left)) & 0xff
        rows.append(line)
        previous = line
    return width, height, rows


def shrink(size, rows, to):
    """Averages blocks of (size/to)^2 pixels, weighting colour by alpha so edges do not darken."""
    k = size // to
    out = []
    for ty in range(to):
        row = bytearray()
        for tx in range(to):
            r = g = b = a = 0
            for y in range(ty * k, ty * k + k):
                line = rows[y]
                for x in range(tx * k, tx * k + k):
                    pa = line[x * 4 + 3]
                    r += line[x * 4] * pa
                    g += line[x * 4 + 1] * pa
                    b += line[x * 4 + 2] * pa
                    a += pa
            n = k * k
            row += bytes([r // a, g // a, b // a, a // n] if a else [0, 0, 0, 0])
        out.append(row)
    return out


def draw_source(size):
    """The source image as first drawn: a glider on a dark rounded square, with its 3 x 3 grid."""
    cell = size // 5
    off = (size - 3 * cell) // 2
    glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
    bg, fg, grid = (0x1f, 0x23, 0x28), (0x3f, 0xb9, 0x50), (0x2d, 0x33, 0x3b)
    corner = size // 6
    line_width = max(1, size // 256)
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            cx, cy = min(x, size - 1 - x), min(y, size - 1 - y)
            if cx < corner and cy < corner and (corner - cx) ** 2 + (corner - cy) ** 2 > corner ** 2:
                row += bytes([0, 0, 0, 0])
                continue
            gx, gy = x - off, y - off
            color = bg
            if 0 <= gx < 3 * cell and 0 <= gy < 3 * cell:
                c, r = gx // cell, gy // cell
                inner = line_width <= gx % cell < cell - line_width and line_width <= gy % cell < cell - line_width
                color = fg if (r, c) in glider and inner else (grid if not inner else bg)
            row += bytes(color) + b'\xff'
        rows.append(row)
    return rows


if __name__ == '__main__':
    if '--draw-source' in sys.argv[1:]:
        write_png(SOURCE, SOURCE_SIZE, draw_source(SOURCE_SIZE))
        print(f'drew {SOURCE}')
    width, height, source = read_png(SOURCE)
    if width != height or any(width % s for s in SIZES):
        raise SystemExit(f'{SOURCE}: must be square with a side that {SIZES} divide, is {width} x {height}')
    for s in SIZES:
        write_png(f'assets/icons/lifefx-{s}.png', s, shrink(width, source, s))
        print(f'made assets/icons/lifefx-{s}.png from {SOURCE}')
