"""Screenshot of `quotebook serve`'s quotes page with headless Chromium, checked not to be blank.

    python .ci/screenshot.py DB OUT.png

Starts `quotebook serve --db DB` on a free port of 127.0.0.1 (bounded wait,
always stopped), takes the page /<db name>/quote_list with Debian's chromium,
and fails unless the PNG holds a real page: many colours, no single colour
covering nearly all of it. Standard library only.
"""
from __future__ import annotations

import os
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request
import zlib
from collections import Counter

WINDOW = "1280,1500"
START_SECONDS = 60
CHROMIUM_SECONDS = 120


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_SECONDS
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"quotebook serve did not answer at {url}")
            time.sleep(0.2)


def screenshot(url: str, out: str) -> None:
    with tempfile.TemporaryDirectory(prefix="quotebook-chromium-") as profile:
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", f"--screenshot={os.path.abspath(out)}", f"--window-size={WINDOW}",
             "--hide-scrollbars", url],
            check=True, timeout=CHROMIUM_SECONDS, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )


def pixels(path: str) -> list[bytes]:
    """The pixels of an 8-bit RGB or RGBA PNG, each as bytes."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos: pos + 8])
        body = data[pos + 8: pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour = header[0], header[1], header[2], header[3]
    if depth != 8 or colour not in (2, 6):
        raise SystemExit(f"{path}: PNG of depth {depth} colour type {colour}; expected 8-bit RGB(A)")
    size = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * size
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1: (y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - size] if i >= size else 0
            up, corner = previous[i], previous[i - size] if i >= size else 0
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
    return [row[x: x + size] for row in rows for x in range(0, stride, size)]


def check_not_blank(path: str) -> str:
    counts = Counter(pixels(path))
    total = sum(counts.values())
    top = counts.most_common(1)[0][1] / total
    if len(counts) < 50 or top > 0.97:
        raise SystemExit(f"{path}: looks blank ({len(counts)} colours, the commonest on {top:.0%} of the page)")
    return f"{path}: {len(counts)} colours, the commonest on {top:.0%} of the page"


def main(db: str, out: str) -> None:
    port = free_port()
    name = os.path.splitext(os.path.basename(db))[0]
    proc = subprocess.Popen([sys.executable, "-m", "quotebook", "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(base + "/-/versions.json", proc)
        screenshot(f"{base}/{name}/quote_list", out)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
    print(check_not_blank(out))


if __name__ == "__main__":
    main(*sys.argv[1:3])
