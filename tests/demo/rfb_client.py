"""A minimal VNC (RFB 3.8) client: what a person's VNC viewer does, for tests.

Connects without a password (security type None), asks for 32-bit true colour in raw
encoding, reads the whole screen as a PNG, and sends key presses and pointer taps.
"""
import socket
import struct
import time
import zlib

SECURITY_NONE = 1
KEYSYMS = {"Return": 0xFF0D, "Escape": 0xFF1B}


class RfbError(Exception):
    pass


class RfbClient:
    def __init__(self, host, port, timeout=20):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self._handshake()

    def close(self):
        self.sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _read(self, n):
        data = bytearray()
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise RfbError("the VNC server closed the connection")
            data += chunk
        return bytes(data)

    def _handshake(self):
        version = self._read(12)
        if not version.startswith(b"RFB 003."):
            raise RfbError("not an RFB server: %r" % version)
        self.sock.sendall(b"RFB 003.008\n")
        count = self._read(1)[0]
        if count == 0:
            length = struct.unpack(">I", self._read(4))[0]
            raise RfbError("refused: %s" % self._read(length).decode(errors="replace"))
        types = self._read(count)
        if SECURITY_NONE not in types:
            raise RfbError("the server wants a password (security types %s)" % list(types))
        self.sock.sendall(bytes([SECURITY_NONE]))
        if struct.unpack(">I", self._read(4))[0] != 0:
            raise RfbError("security handshake failed")
        self.sock.sendall(b"\x01")  # shared: other viewers stay connected
        self.width, self.height = struct.unpack(">HH", self._read(4))
        self._read(16)  # the server's pixel format; ours is set next
        self.name = self._read(struct.unpack(">I", self._read(4))[0]).decode(errors="replace")
        # 32 bits per pixel, depth 24, little-endian, true colour, 8 bits each at 16/8/0.
        self.sock.sendall(struct.pack(">B3xBBBBHHHBBB3x", 0, 32, 24, 0, 1, 255, 255, 255,
                                      16, 8, 0))
        self.sock.sendall(struct.pack(">BxHi", 2, 1, 0))  # raw encoding only
        self.pixels = bytearray(self.width * self.height * 4)

    def _read_update(self):
        while True:
            kind = self._read(1)[0]
            if kind == 0:  # FramebufferUpdate
                self._read(1)
                for _ in range(struct.unpack(">H", self._read(2))[0]):
                    x, y, w, h, encoding = struct.unpack(">HHHHi", self._read(12))
                    if encoding != 0:
                        raise RfbError("unexpected encoding %d" % encoding)
                    data = self._read(w * h * 4)
                    for row in range(h):
                        start = ((y + row) * self.width + x) * 4
                        self.pixels[start:start + w * 4] = data[row * w * 4:(row + 1) * w * 4]
                return
            if kind == 1:  # SetColourMapEntries: not used with true colour, skipped
                _, count = struct.unpack(">xHH", self._read(5))
                self._read(count * 6)
            elif kind == 2:  # Bell
                continue
            elif kind == 3:  # ServerCutText
                self._read(3)
                self._read(struct.unpack(">I", self._read(4))[0])
            else:
                raise RfbError("unknown server message %d" % kind)

    def screen(self):
        """The whole screen as it is now (a full, non-incremental update)."""
        self.sock.sendall(struct.pack(">BBHHHH", 3, 0, 0, 0, self.width, self.height))
        self._read_update()
        return bytes(self.pixels)

    def screenshot_png(self, path):
        pixels = self.screen()
        rows = bytearray()
        rgb = bytearray(self.width * 3)
        for y in range(self.height):
            line = pixels[y * self.width * 4:(y + 1) * self.width * 4]
            rgb[0::3], rgb[1::3], rgb[2::3] = line[2::4], line[1::4], line[0::4]
            rows += b"\x00" + rgb

        def chunk(tag, body):
            return (struct.pack(">I", len(body)) + tag + body +
                    struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF))

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        with open(path, "wb") as out:
            out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) +
                      chunk(b"IDAT", zlib.compress(bytes(rows), 6)) + chunk(b"IEND", b""))
        return pixels

    def key(self, name):
        """Presses and releases a key: a character ("5") or a name in KEYSYMS."""
        keysym = KEYSYMS.get(name, ord(name) if len(name) == 1 else None)
        if keysym is None:
            raise ValueError("no keysym for %r" % name)
        self.sock.sendall(struct.pack(">BBxxI", 4, 1, keysym))
        self.sock.sendall(struct.pack(">BBxxI", 4, 0, keysym))

    def tap(self, x, y):
        """A left click (a tap on the touchscreen) at x, y."""
        self.sock.sendall(struct.pack(">BBHH", 5, 0, x, y))
        self.sock.sendall(struct.pack(">BBHH", 5, 1, x, y))
        time.sleep(0.05)
        self.sock.sendall(struct.pack(">BBHH", 5, 0, x, y))
