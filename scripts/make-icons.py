# Draws Lede's toolbar icon (a page with a highlighted line) at the sizes the manifests need. Run once; PNGs are committed.
import struct, zlib, sys, os

def png(w, h, px):
    raw = b''.join(b'\x00' + bytes(px[y * w * 4:(y + 1) * w * 4]) for y in range(h))
    chunk = lambda t, d: struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')

def draw(n):
    px = [0] * (n * n * 4)
    r = n * 0.2
    def inside_round(x, y):
        cx = min(max(x, r), n - r); cy = min(max(y, r), n - r)
        return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
    lines = [(0.30, 0.70, (255, 255, 255)), (0.46, 0.80, (255, 216, 77)), (0.62, 0.60, (255, 255, 255))]
    for y in range(n):
        for x in range(n):
            fx, fy = (x + .5) / n, (y + .5) / n
            if not inside_round(x + .5, y + .5):
                continue
            c = (16, 58, 110)
            for (ly, length, col) in lines:
                if abs(fy - ly) < 0.06 and 0.2 <= fx <= 0.2 + length * 0.6 / 0.8:
                    c = col
            i = (y * n + x) * 4
            px[i:i + 4] = [c[0], c[1], c[2], 255]
    return png(n, n, px)

out = sys.argv[1] if len(sys.argv) > 1 else 'public/icon'
os.makedirs(out, exist_ok=True)
for n in (16, 32, 48, 96, 128):
    open(os.path.join(out, f'{n}.png'), 'wb').write(draw(n))
