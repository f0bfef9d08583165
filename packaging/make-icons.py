#!/usr/bin/env python3
"""Draws assets/icons/lifefx-N.png (a glider on a dark rounded square) with zlib only."""
import struct
import zlib


def png(path, size):
    cell = size // 5
    off = (size - 3 * cell) // 2
    glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
    bg, fg, grid = (0x1f, 0x23, 0x28), (0x3f, 0xb9, 0x50), (0x2d, 0x33, 0x3b)
    corner = size // 6
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            cx, cy = min(x, size - 1 - x), min(y, size - 1 - y)
            if cx < corner and cy < corner and (corner - cx) ** 2 + (corner - cy) ** 2 > corner ** 2:
                row += bytes([0, 0, 0, 0])
                continue
            gx, gy = x - off, y - off
            color = bg
            if 0 <= gx < 3 * cell and 0 <= gy < 3 * cell:
                c, r = gx // cell, gy // cell
                inner = 1 <= gx % cell < cell - 1 and 1 <= gy % cell < cell - 1
                color = fg if (r, c) in glider and inner else (grid if not inner else bg)
            row += bytes(color) + b'\xff'
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)

    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0))
                + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b''))


if __name__ == '__main__':
    for s in (32, 64, 128, 256):
        png(f'assets/icons/lifefx-{s}.png', s)
