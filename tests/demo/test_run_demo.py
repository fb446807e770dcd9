#!/usr/bin/env python3
"""deploy/run-demo.sh as a newcomer meets it, twice in a row in a throw-away data folder.

Another program holds the preferred server port and VNC port, so the demo must take free
ones. Each run is stopped with SIGINT (what Ctrl-C sends) and must leave no process of its
session behind. The first run makes the demo centre (a small one) and a rating is given on
its kiosk through the VNC screen with the keypad; the second run must reuse the build, make
nothing again and serve the same figures, that rating included.

usage: test_run_demo.py --script deploy/run-demo.sh --build BUILD_DIR
"""
import argparse
import datetime as dt
import http.client
import json
import os
import queue
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rfb_client import RfbClient  # noqa: E402

VN = dt.timezone(dt.timedelta(hours=7))
START_TIMEOUT = 600  # a sanitizer build starts its programs slowly on a busy machine


def fail(message):
    raise AssertionError(message)


def held_port():
    """A loopback port some other program listens on (and answers) for the whole test."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)

    def answer():
        while True:
            try:
                sock.accept()[0].close()
            except OSError:  # closed at the end of the test
                return

    threading.Thread(target=answer, daemon=True).start()
    return sock


def port_open(port):
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def session_processes(sid):
    """(pid, command) of every process still in session `sid`."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                stat = f.read()
            with open("/proc/%s/cmdline" % entry, "rb") as f:
                command = f.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        # Fields after the command name (which may hold spaces) start at its closing ")".
        fields = stat[stat.rindex(")") + 2:].split()
        if int(fields[3]) == sid and fields[0] != "Z":
            found.append((int(entry), command.strip()))
    return found


class DemoRun:
    """One run of the demo command in a session of its own, its output read as it comes."""

    def __init__(self, script, env):
        self.proc = subprocess.Popen([script], env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        self.lines = queue.Queue()
        self.output = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for raw in self.proc.stdout:
            self.lines.put(raw.decode(errors="replace").rstrip("\n"))
        self.lines.put(None)

    def wait_for(self, pattern, timeout):
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                line = ""
            if line is None:
                fail("the demo ended before printing %r:\n%s" % (pattern, self.text()))
            if line:
                self.output.append(line)
                match = re.search(pattern, line)
                if match:
                    return match
            if time.monotonic() > deadline:
                fail("no %r within %d s:\n%s" % (pattern, timeout, self.text()))

    def text(self):
        return "\n".join(self.output)

    def interrupt(self):
        """SIGINT to the command alone, as Ctrl-C would send it; then every process it started
        must be gone."""
        self.proc.send_signal(signal.SIGINT)
        try:
            code = self.proc.wait(timeout=60)
        except Exception:
            fail("the demo did not stop within 60 s of SIGINT:\n" + self.text())
        while True:
            line = self.lines.get()
            if line is None:
                break
            self.output.append(line)
        if code != 130:
            fail("after SIGINT the demo exited with %d, not 130:\n%s" % (code, self.text()))
        deadline = time.monotonic() + 10
        while session_processes(self.proc.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        left = session_processes(self.proc.pid)
        if left:
            fail("processes the demo started are still running after it stopped: %s" % left)


class Dashboard:
    def __init__(self, port, ca):
        self.port, self.context = port, ssl.create_default_context(cafile=ca)
        status, resp, body = self.call("POST", "/api/v1/session",
                                       {"user": "demo", "password": "hailong-demo"})
        if status != 200:
            fail("the demo login was refused: %s" % body)
        self.cookie = resp.getheader("Set-Cookie").split(";", 1)[0]

    def call(self, method, path, body=None):
        conn = http.client.HTTPSConnection("127.0.0.1", self.port, context=self.context,
                                           timeout=30)
        headers = {"Cookie": getattr(self, "cookie", "")}
        data = None
        if body is not None:
            data, headers["Content-Type"] = json.dumps(body).encode(), "application/json"
        conn.request(method, path, body=data, headers=headers)
        resp = conn.getresponse()
        payload = resp.read()
        conn.close()
        return resp.status, resp, json.loads(payload) if payload else None

    def get(self, path):
        status, _, body = self.call("GET", path)
        if status != 200:
            fail("GET %s answered %d: %s" % (path, status, body))
        return body

    def figures(self):
        """What the dashboard shows of the demo's data: every indicator over the last weeks and
        every kiosk's count."""
        today = dt.datetime.now(VN).date()
        period = "%s..%s" % (today - dt.timedelta(days=30), today)
        indicators = self.get("/api/v1/indicators?period=%s&rule=calendar" % period)
        kiosks = self.get("/api/v1/kiosks")["kiosks"]
        return ({i["id"]: (i["n"], i["satisfied"]) for i in indicators["indicators"]},
                {k["id"]: (k["last_seq"], k["seq_gaps"]) for k in kiosks},
                {k["id"]: k for k in kiosks})


def start(script, env, held_server, held_vnc, runs):
    run = DemoRun(script, env)
    runs.append(run)
    url = run.wait_for(r"Dashboard:\s+https://127\.0\.0\.1:(\d+)/", START_TIMEOUT)
    vnc = run.wait_for(r"on VNC at 127\.0\.0\.1:(\d+)", 30)
    run.wait_for(r"Data:", 30)
    port, vnc_port = int(url.group(1)), int(vnc.group(1))
    if port == held_server or vnc_port == held_vnc:
        fail("the demo reported a port another program holds:\n" + run.text())
    return run, port, vnc_port


def kiosk_screen_ready(vnc_port, deadline):
    """Connects as a VNC viewer and waits until the kiosk has drawn its screen."""
    while True:
        try:
            client = RfbClient("127.0.0.1", vnc_port)
            if len(set(client.screen()[::4 * 997])) > 8:
                return client
            client.close()
        except OSError:
            pass
        if time.monotonic() > deadline:
            fail("the kiosk never appeared on the VNC screen at port %d" % vnc_port)
        time.sleep(0.5)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--script", required=True)
    ap.add_argument("--build", required=True)
    args = ap.parse_args()

    work = tempfile.mkdtemp(prefix="hailong-demo-test-")
    server_holder, vnc_holder = held_port(), held_port()
    held_server, held_vnc = server_holder.getsockname()[1], vnc_holder.getsockname()[1]
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR")}
    env.update({"HAILONG_DEMO_DATA": os.path.join(work, "demo-data"),
                "HAILONG_DEMO_BUILD": args.build,
                "HAILONG_DEMO_NO_INSTALL": "1",
                "HAILONG_DEMO_LISTEN": "127.0.0.1:%d" % held_server,
                "HAILONG_DEMO_VNC_PORT": str(held_vnc),
                "HAILONG_DEMO_DAYS": "7"})
    data = env["HAILONG_DEMO_DATA"]
    # A sanitizer build's kiosk: libxkbcommon-x11's lawful strndup is not an error here.
    suppressions = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "asan-suppressions.txt")
    env["ASAN_OPTIONS"] = ":".join(filter(None, [env.get("ASAN_OPTIONS"),
                                                 "suppressions=" + suppressions]))
    runs = []
    try:
        # First run: the demo centre is made, and a citizen rates on the kiosk by keypad.
        run, port, vnc_port = start(args.script, env, held_server, held_vnc, runs)
        out = run.text()
        for expected in (r"Build:\s+nothing to rebuild", "Making the demo centre",
                         r"demo ratings sent: \d+ \(\d+ walk-ups, \d+ after a counter prompt\)",
                         "was offline on"):
            if not re.search(expected, out):
                fail("the first run did not say %r:\n%s" % (expected, out))
        dashboard = Dashboard(port, os.path.join(data, "ca.pem"))
        indicators, _, kiosks = dashboard.figures()
        # Walk-ups carry no field; prompted ratings do: both must be there.
        admin, tthc = indicators["admin-service"][0], indicators["tthc"][0]
        if not 0 < tthc < admin:
            fail("expected walk-ups and prompted ratings, got admin-service n=%d, tthc n=%d"
                 % (admin, tthc))
        for name in ("quay-1", "quay-2", "quay-3", "y-te", "truong"):
            kiosk = kiosks[name]
            if kiosk["last_seq"] < 1 or kiosk["seq_gaps"] != 0:
                fail("kiosk %s: the demo ratings are not numbered 1…n: %s" % (name, kiosk))
            if kiosk["queued"] != 0:
                fail("kiosk %s still reports a queue after the demo data: %s" % (name, kiosk))
        if kiosks["quay-4"]["last_seq"] is not None:
            fail("the demo's own kiosk has ratings before anyone rated: %s" % kiosks["quay-4"])
        before = indicators["admin-service"]

        with kiosk_screen_ready(vnc_port, time.monotonic() + 120) as viewer:
            viewer.screenshot_png(os.path.join(work, "kiosk-over-vnc.png"))
            viewer.key("5")  # on the idle screen a level key is the rating
            time.sleep(1)
            viewer.key("Escape")  # no reasons
            time.sleep(1)
            viewer.key("Escape")  # no comment: the rating is sealed and sent
        deadline = time.monotonic() + 120
        while dashboard.figures()[0]["admin-service"] != (before[0] + 1, before[1] + 1):
            if time.monotonic() > deadline:
                fail("the rating given on the kiosk was not counted: %s, was %s\n%s"
                     % (dashboard.figures()[0]["admin-service"], before, run.text()))
            time.sleep(1)
        first = dashboard.figures()
        if first[2]["quay-4"]["last_seq"] != 1:
            fail("the rating is not credited to the demo's kiosk: %s" % first[2]["quay-4"])
        run.interrupt()
        for p in (port, vnc_port):
            if port_open(p):
                fail("port %d is still open after the demo stopped" % p)

        # Second run: same data, nothing made again, nothing rebuilt.
        run, port, vnc_port = start(args.script, env, held_server, held_vnc, runs)
        out = run.text()
        if not re.search(r"Build:\s+nothing to rebuild", out):
            fail("the second run rebuilt:\n" + out)
        if "Making the demo centre" in out or "demo ratings sent" in out:
            fail("the second run made the demo data again:\n" + out)
        second = Dashboard(port, os.path.join(data, "ca.pem")).figures()
        if second[:2] != first[:2]:
            fail("the second run serves other figures:\n%s\nthan the first:\n%s"
                 % (second[:2], first[:2]))
        kiosk_screen_ready(vnc_port, time.monotonic() + 120).close()
        run.interrupt()
        print("PASS: two runs, each stopped by SIGINT with nothing left; the same figures; "
              "the kiosk's rating counted")
    finally:
        # Whatever a failed run left behind is this test's to end.
        for run in runs:
            if run.proc.poll() is None:
                run.proc.kill()
            for pid, _ in session_processes(run.proc.pid):
                os.kill(pid, signal.SIGKILL)
        server_holder.close()
        vnc_holder.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
