"""The WebREPL of the virtual board: `pyco --device DIR --webrepl HOST:PORT`, driven by a WebSocket client written
here from RFC 6455 (opening handshake, masked client frames, fragmentation, ping/pong, close) speaking MicroPython's
WebREPL on top of it, as its documentation (docs/esp8266/tutorial/repl.rst, "WebREPL") and its webrepl_cli.py client
describe it: the "Password: " prompt, "\\r\\nWebREPL connected\\r\\n>>> " or "\\r\\nAccess denied\\r\\n", the REPL in
text frames, and file transfers in binary frames (82-byte "WA" request records "<2sBBQLH64s": 1 put, 2 get,
3 version; answers "WB" + a 16-bit little-endian status; a get sends chunks "<H" length + data, each asked for
with one byte, ended by an empty chunk).

Run as: python3 tests/device/test_webrepl.py /path/to/pyco
"""
import base64
import hashlib
import os
import re
import socket
import struct
import subprocess
import sys
import tempfile
import time
import unittest

PYCO = None
GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
PASSWORD = "s3cret"
REQ = "<2sBBQLH64s"


class WebSocket:
    def __init__(self, port, key=None, raw_request=None, timeout=20):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.buf = b""
        self.text = b""
        self.binary = b""
        self.closed = None  # the close frame's payload once received
        self.pongs = []
        if raw_request is not None:
            self.sock.sendall(raw_request)
            return
        self.key = key or base64.b64encode(os.urandom(16))
        self.sock.sendall(b"GET / HTTP/1.1\r\nHost: board\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                          b"Sec-WebSocket-Key: " + self.key + b"\r\nSec-WebSocket-Version: 13\r\n\r\n")
        head = self.read_until_raw(b"\r\n\r\n")
        self.response = head

    def read_until_raw(self, end):
        while end not in self.buf:
            data = self.sock.recv(4096)
            if not data:
                raise EOFError(self.buf)
            self.buf += data
        i = self.buf.index(end) + len(end)
        head, self.buf = self.buf[:i], self.buf[i:]
        return head

    def read_all_raw(self):
        data = self.buf
        while True:
            chunk = self.sock.recv(4096)
            if not chunk:
                return data
            data += chunk

    def frame(self, opcode, payload, fin=True, mask=True):
        head = bytes([(0x80 if fin else 0) | opcode])
        n = len(payload)
        m = 0x80 if mask else 0
        if n < 126:
            head += bytes([m | n])
        elif n < 65536:
            head += bytes([m | 126]) + struct.pack(">H", n)
        else:
            head += bytes([m | 127]) + struct.pack(">Q", n)
        if not mask:
            return head + payload
        key = os.urandom(4)
        return head + key + bytes(b ^ key[i % 4] for i, b in enumerate(payload))

    def send(self, opcode, payload, fin=True, mask=True):
        self.sock.sendall(self.frame(opcode, payload, fin, mask))

    def send_text(self, s):
        self.send(1, s.encode() if isinstance(s, str) else s)

    def send_binary(self, b):
        self.send(2, b)

    def read_frame(self):
        """Reads one server frame into self.text / self.binary (answers nothing); False at end of stream."""
        try:
            while len(self.buf) < 2:
                data = self.sock.recv(4096)
                if not data:
                    return False
                self.buf += data
            b0, b1 = self.buf[0], self.buf[1]
            assert b1 & 0x80 == 0, "server frames are not masked"
            n, at = b1 & 0x7F, 2
            if n == 126:
                need = 4
            elif n == 127:
                need = 10
            else:
                need = 2
            while len(self.buf) < need:
                data = self.sock.recv(4096)
                if not data:
                    return False
                self.buf += data
            if n == 126:
                n, at = struct.unpack(">H", self.buf[2:4])[0], 4
            elif n == 127:
                n, at = struct.unpack(">Q", self.buf[2:10])[0], 10
            while len(self.buf) < at + n:
                data = self.sock.recv(4096)
                if not data:
                    return False
                self.buf += data
        except (ConnectionResetError, socket.timeout):
            return False
        payload, self.buf = self.buf[at:at + n], self.buf[at + n:]
        op = b0 & 0x0F
        assert b0 & 0x80, "server frames are final"
        if op == 1:
            self.text += payload
        elif op == 2:
            self.binary += payload
        elif op == 8:
            self.closed = payload
        elif op == 10:
            self.pongs.append(payload)
        return True

    def until_text(self, pattern):
        while pattern not in self.text:
            if not self.read_frame():
                raise EOFError(self.text)
        i = self.text.index(pattern) + len(pattern)
        got, self.text = self.text[:i], self.text[i:]
        return got

    def read_binary(self, n):
        while len(self.binary) < n:
            if not self.read_frame():
                raise EOFError(self.binary)
        got, self.binary = self.binary[:n], self.binary[n:]
        return got

    def status(self):
        sig, code = struct.unpack("<2sH", self.read_binary(4))
        assert sig == b"WB", sig
        return code

    def login(self, password=PASSWORD):
        self.until_text(b"Password: ")
        self.send_text(password + "\r")

    def close(self):
        self.sock.close()


class WebRepl(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = os.path.join(self.tmp.name, "dev")
        os.mkdir(self.dir)
        with open(os.path.join(self.tmp.name, "outside.txt"), "w") as f:
            f.write("secret")
        self.put_file("webrepl_cfg.py", "PASS = %r\n" % PASSWORD)
        self.put_file("main.py", "greeting = 'hello'\n")
        self.err = open(os.path.join(self.tmp.name, "stderr"), "w+b")
        self.out = open(os.path.join(self.tmp.name, "stdout"), "w+b")
        self.proc = subprocess.Popen([PYCO, "--device", self.dir, "--webrepl", "127.0.0.1:0"],
                                     stdin=subprocess.DEVNULL, stdout=self.out, stderr=self.err)
        deadline = time.time() + 20
        self.port = None
        while self.port is None and time.time() < deadline:
            self.err.seek(0)
            m = re.search(rb"WebREPL server started on http://127\.0\.0\.1:(\d+)/", self.err.read())
            if m:
                self.port = int(m.group(1))
            else:
                self.assertIsNone(self.proc.poll(), "the board stopped")
                time.sleep(0.05)
        self.assertIsNotNone(self.port)

    def tearDown(self):
        self.proc.terminate()
        self.proc.wait(20)
        self.err.close()
        self.out.close()
        self.tmp.cleanup()

    def put_file(self, name, text):
        with open(os.path.join(self.dir, name), "w") as f:
            f.write(text)

    def connect(self):
        ws = WebSocket(self.port)
        self.addCleanup(ws.close)
        return ws

    def logged_in(self):
        ws = self.connect()
        ws.login()
        ws.until_text(b"\r\nWebREPL connected\r\n>>> ")
        return ws

    def run_code(self, ws, line, until):
        ws.send_text(line + "\r")
        return ws.until_text(until)

    def test_handshake(self):
        ws = self.connect()
        lines = ws.response.split(b"\r\n")
        self.assertEqual(lines[0], b"HTTP/1.1 101 Switching Protocols")
        headers = {l.split(b":", 1)[0].strip().lower(): l.split(b":", 1)[1].strip() for l in lines[1:] if b":" in l}
        self.assertEqual(headers[b"upgrade"].lower(), b"websocket")
        self.assertEqual(headers[b"connection"].lower(), b"upgrade")
        expected = base64.b64encode(hashlib.sha1(ws.key + GUID).digest())
        self.assertEqual(headers[b"sec-websocket-accept"], expected)
        ws.close()
        # RFC 6455's own example (section 1.3).
        ws3 = WebSocket(self.port, key=b"dGhlIHNhbXBsZSBub25jZQ==")
        self.assertIn(b"Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n", ws3.response)
        ws3.close()

    def test_password_then_run_code(self):
        ws = self.connect()
        self.assertEqual(ws.until_text(b"Password: "), b"Password: ")
        ws.send_text(PASSWORD + "\r")
        self.assertEqual(ws.until_text(b">>> "), b"\r\nWebREPL connected\r\n>>> ")
        out = self.run_code(ws, "print(6 * 7)", b"42\r\n>>> ")
        self.assertIn(b"print(6 * 7)\r\n", out)  # the REPL echoes what is typed
        # main.py ran in the REPL's namespace; an expression's repr; an error's traceback, all in text frames.
        self.run_code(ws, "greeting", b"'hello'\r\n>>> ")
        out = self.run_code(ws, "1/0", b">>> ")
        self.assertIn(b"ZeroDivisionError: division by zero\r\n", out)
        # A block with auto-indent, and non-ASCII output split across flushes stays whole characters.
        self.run_code(ws, "for i in range(2):", b"...     ")
        ws.send_text("print('é' * 3, i)\r\r")
        ws.until_text("ééé 1\r\n>>> ".encode())

    def test_bad_password(self):
        ws = self.connect()
        ws.login("wrong")
        self.assertEqual(ws.until_text(b"Access denied\r\n"), b"\r\nAccess denied\r\n")
        while ws.read_frame():
            pass
        self.assertNotIn(b"connected", ws.text)
        # The board is still there for the next client.
        ws2 = self.logged_in()
        self.run_code(ws2, "1 + 1", b"2\r\n>>> ")

    def test_nothing_before_the_password(self):
        ws = self.connect()
        ws.until_text(b"Password: ")
        rec = struct.pack(REQ, b"WA", 2, 0, 0, 0, len(b"main.py"), b"main.py")
        ws.send_binary(rec)  # ignored: not logged in
        ws.send_text(PASSWORD + "\rprint('in')\r")
        ws.until_text(b"in\r\n>>> ")
        self.assertEqual(ws.binary, b"")

    def test_put_get_and_version(self):
        ws = self.logged_in()
        data = bytes(range(256)) * 20
        rec = struct.pack(REQ, b"WA", 1, 0, 0, len(data), len(b"blink.py"), b"blink.py")
        # As webrepl_cli.py sends it: the record in two frames, then the data in 1 KiB frames.
        ws.send_binary(rec[:10])
        ws.send_binary(rec[10:])
        self.assertEqual(ws.status(), 0)
        for i in range(0, len(data), 1024):
            ws.send_binary(data[i:i + 1024])
        self.assertEqual(ws.status(), 0)
        with open(os.path.join(self.dir, "blink.py"), "rb") as f:
            self.assertEqual(f.read(), data)
        # Get it back.
        rec = struct.pack(REQ, b"WA", 2, 0, 0, 0, len(b"/blink.py"), b"/blink.py")
        ws.send_binary(rec)
        self.assertEqual(ws.status(), 0)
        got = b""
        while True:
            ws.send_binary(b"\0")
            (n,) = struct.unpack("<H", ws.read_binary(2))
            if n == 0:
                break
            got += ws.read_binary(n)
        self.assertEqual(ws.status(), 0)
        self.assertEqual(got, data)
        # The version: three bytes.
        ws.send_binary(struct.pack(REQ, b"WA", 3, 0, 0, 0, 0, b""))
        self.assertEqual(len(ws.read_binary(3)), 3)
        # A program sent to the board runs there.
        code = b"print('from webrepl')\n"
        ws.send_binary(struct.pack(REQ, b"WA", 1, 0, 0, len(code), 7, b"lib2.py") + code)
        self.assertEqual(ws.status(), 0)
        self.assertEqual(ws.status(), 0)
        self.run_code(ws, "import lib2", b"from webrepl\r\n>>> ")

    def test_files_stay_inside_the_board(self):
        ws = self.logged_in()
        # A missing file and a directory: status 1.
        ws.send_binary(struct.pack(REQ, b"WA", 2, 0, 0, 0, 7, b"nope.py"))
        self.assertEqual(ws.status(), 1)
        os.mkdir(os.path.join(self.dir, "lib"))
        ws.send_binary(struct.pack(REQ, b"WA", 2, 0, 0, 0, 3, b"lib"))
        self.assertEqual(ws.status(), 1)
        # ".." can't climb out of the board: the file lands in its root.
        name = b"../outside.txt"
        ws.send_binary(struct.pack(REQ, b"WA", 1, 0, 0, 3, len(name), name))
        self.assertEqual(ws.status(), 0)
        ws.send_binary(b"new")
        self.assertEqual(ws.status(), 0)
        with open(os.path.join(self.tmp.name, "outside.txt")) as f:
            self.assertEqual(f.read(), "secret")
        with open(os.path.join(self.dir, "outside.txt")) as f:
            self.assertEqual(f.read(), "new")
        ws.send_binary(struct.pack(REQ, b"WA", 2, 0, 0, 0, len(name), name))
        self.assertEqual(ws.status(), 0)
        ws.send_binary(b"\0")
        self.assertEqual(ws.read_binary(5), b"\x03\x00new")

    def test_fragments_ping_and_close(self):
        ws = self.logged_in()
        ws.send(1, b"pri", fin=False)
        ws.send(9, b"are you there")  # a control frame between the fragments
        ws.send(0, b"nt(1 +", fin=False)
        ws.send(0, b" 1)\r", fin=True)
        ws.until_text(b"2\r\n>>> ")
        while not ws.pongs:
            self.assertTrue(ws.read_frame())
        self.assertEqual(ws.pongs, [b"are you there"])
        # A large frame (16-bit length) of typed text.
        ws.send_text("x = '" + "a" * 300 + "'\r")
        self.run_code(ws, "len(x)", b"300\r\n>>> ")
        # Close: answered with the same status code, then the connection ends.
        ws.send(8, struct.pack(">H", 1000))
        while ws.read_frame():
            pass
        self.assertEqual(ws.closed, struct.pack(">H", 1000))
        self.run_code(self.logged_in(), "print('again')", b"again\r\n>>> ")

    def test_protocol_errors_close_the_connection(self):
        ws = self.logged_in()
        ws.send(1, b"print(1)\r", mask=False)  # clients must mask
        while ws.read_frame():
            pass
        self.assertEqual(ws.closed, struct.pack(">H", 1002))
        ws = self.logged_in()
        ws.send(0, b"x")  # a continuation with no message
        while ws.read_frame():
            pass
        self.assertEqual(ws.closed, struct.pack(">H", 1002))
        self.run_code(self.logged_in(), "print('alive')", b"alive\r\n>>> ")

    def test_bad_handshakes(self):
        for request in [b"HELLO\r\n\r\n", b"GET / HTTP/1.1\r\nHost: x\r\n\r\n", b"\x00" * 9000,
                        b"GET / HTTP/1.1\r\nUpgrade: websocket\r\n\r\n"]:
            ws = WebSocket(self.port, raw_request=request)
            reply = ws.read_all_raw()
            self.assertTrue(reply.startswith(b"HTTP/1.1 4"), (request[:20], reply))
            ws.close()
        # Connecting and vanishing before, during and after the handshake.
        s = socket.create_connection(("127.0.0.1", self.port))
        s.close()
        s = socket.create_connection(("127.0.0.1", self.port))
        s.sendall(b"GET / HTTP/1.1\r\nUpgr")
        s.close()
        self.run_code(self.logged_in(), "print('alive')", b"alive\r\n>>> ")

    def test_abrupt_disconnects(self):
        self.put_file("data.txt", "old content")
        # In the middle of a frame.
        ws = self.logged_in()
        frame = ws.frame(1, b"print('never')\r" * 50)
        ws.sock.sendall(frame[:40])
        ws.close()
        # In the middle of a file being put: the old content stays, no temporary file is left.
        ws = self.logged_in()
        ws.send_binary(struct.pack(REQ, b"WA", 1, 0, 0, 5000, 8, b"data.txt"))
        self.assertEqual(ws.status(), 0)
        ws.send_binary(b"x" * 100)
        ws.close()
        # In the middle of a get.
        ws = self.logged_in()
        ws.send_binary(struct.pack(REQ, b"WA", 2, 0, 0, 0, 7, b"main.py"))
        self.assertEqual(ws.status(), 0)
        ws.close()
        ws = self.logged_in()
        # The REPL is the board's: the half line the first client typed is still there; Ctrl-C cancels it.
        ws.send_text(b"\x03")
        ws.until_text(b">>> ")
        self.run_code(ws, "print(open('data.txt').read())", b"old content\r\n>>> ")
        self.run_code(ws, "print('never' in globals())", b"False\r\n>>> ")
        time.sleep(0.2)
        self.assertEqual(sorted(os.listdir(self.dir)), ["data.txt", "main.py", "webrepl_cfg.py"])
        self.assertIsNone(self.proc.poll())

    def test_one_client_at_a_time(self):
        ws = self.logged_in()
        other = socket.create_connection(("127.0.0.1", self.port), timeout=20)
        other.sendall(b"GET / HTTP/1.1\r\nUpgrade: websocket\r\nSec-WebSocket-Key: x\r\n\r\n")
        # Turned away: the board closes the connection. Closing with the request still unread makes the
        # kernel reset it, so the client sees either end-of-stream or a reset, depending on timing.
        try:
            self.assertEqual(other.recv(100), b"")
        except ConnectionResetError:
            pass
        other.close()
        self.run_code(ws, "print('still me')", b"still me\r\n>>> ")

    def test_ctrl_c_interrupts_running_code(self):
        ws = self.logged_in()
        ws.send_text("while True: pass\r")
        ws.until_text(b"while True: pass\r\n")
        time.sleep(0.3)
        ws.send_text(b"\x03")
        out = ws.until_text(b">>> ")
        self.assertIn(b"KeyboardInterrupt", out)
        self.run_code(ws, "print('back')", b"back\r\n>>> ")

    def test_raw_repl_over_webrepl(self):
        ws = self.logged_in()
        ws.send_text(b"\x01")
        ws.until_text(b"raw REPL; CTRL-B to exit\r\n>")
        ws.send_text(b"print(2 ** 10)\x04")
        self.assertEqual(ws.until_text(b"\x04>"), b"OK1024\r\n\x04\x04>")


class StartFromPython(unittest.TestCase):
    """`import webrepl; webrepl.start()` in boot.py, as on MicroPython (the password from webrepl_cfg.py's PASS
    unless given)."""

    def boot(self, boot_py, cfg=None):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        with open(os.path.join(tmp.name, "boot.py"), "w") as f:
            f.write(boot_py)
        if cfg is not None:
            with open(os.path.join(tmp.name, "webrepl_cfg.py"), "w") as f:
                f.write(cfg)
        out = open(os.path.join(tmp.name + ".out"), "w+b")
        self.addCleanup(os.remove, tmp.name + ".out")
        self.addCleanup(out.close)
        proc = subprocess.Popen([PYCO, "--device", tmp.name], stdin=subprocess.PIPE, stdout=out,
                                stderr=subprocess.STDOUT)

        def stop():
            proc.stdin.close()
            proc.terminate()
            proc.wait(20)
        self.addCleanup(stop)
        deadline = time.time() + 20
        while time.time() < deadline:
            out.seek(0)
            text = out.read()
            m = re.search(rb"WebREPL server started on http://127\.0\.0\.1:(\d+)/\r?\n", text)
            if m or b">>> " in text:
                return (int(m.group(1)) if m else None), text
            time.sleep(0.05)
        self.fail("the board did not start")

    def test_start_with_the_password_of_webrepl_cfg(self):
        port, text = self.boot("import webrepl\nwebrepl.start(port=0, host='127.0.0.1')\n", "PASS = 'abcd'\n")
        self.assertIn(b"Started webrepl in normal mode", text)
        ws = WebSocket(port)
        self.addCleanup(ws.close)
        ws.login("abcd")
        ws.until_text(b"WebREPL connected\r\n>>> ")
        ws.send_text("x = 5\r")
        ws.until_text(b">>> ")
        # A soft reset from the WebREPL: boot.py starts the WebREPL again with the same settings, which keeps
        # this connection; the fresh interpreter has no x.
        ws.send_text(b"\x04")
        ws.until_text(b"MPY: soft reboot\r\n")
        ws.until_text(b">>> ")
        ws.send_text("print('x' in globals())\r")
        ws.until_text(b"False\r\n>>> ")

    def test_start_with_a_password_argument(self):
        port, _ = self.boot("import webrepl\nwebrepl.start(port=0, password='xyzw', host='127.0.0.1')\n")
        ws = WebSocket(port)
        self.addCleanup(ws.close)
        ws.login("abcd")
        ws.until_text(b"Access denied\r\n")
        ws.close()
        ws = WebSocket(port)
        ws.login("xyzw")
        ws.until_text(b"WebREPL connected\r\n>>> ")
        ws.close()

    def test_not_configured(self):
        port, text = self.boot("import webrepl\nwebrepl.start(port=0, host='127.0.0.1')\n")
        self.assertIsNone(port)
        self.assertIn(b"WebREPL is not configured, run 'import webrepl_setup'", text)


class Options(unittest.TestCase):
    def test_needs_a_password(self):
        with tempfile.TemporaryDirectory() as d:
            p = subprocess.run([PYCO, "--device", d, "--webrepl", "127.0.0.1:0"], stdin=subprocess.DEVNULL,
                               capture_output=True, timeout=30)
            self.assertEqual(p.returncode, 2)
            self.assertIn(b"webrepl_cfg.py", p.stderr)

    def test_bad_port_and_no_device(self):
        with tempfile.TemporaryDirectory() as d:
            p = subprocess.run([PYCO, "--device", d, "--webrepl", "localhost:http"], stdin=subprocess.DEVNULL,
                               capture_output=True, timeout=30)
            self.assertEqual(p.returncode, 2)
        p = subprocess.run([PYCO, "--webrepl", "8266"], stdin=subprocess.DEVNULL, capture_output=True, timeout=30)
        self.assertEqual(p.returncode, 2)


if __name__ == "__main__":
    PYCO = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=1)
