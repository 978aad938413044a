#!/usr/bin/env python3
"""SkinQuiz's own pty harness for the tty part of Benchmarks/run (Python standard library only).

    python3 Benchmarks/tty.py --scenarios FILE [--runs 21] [--rows 24] [--cols 80] [--screens DIR]

Each program runs in a fresh pseudo-terminal of ROWS x COLS (TIOCSWINSZ on the pty before the
program starts), with TERM=xterm-256color and LANG=C.UTF-8, as the session leader of the pty.
After one discarded warm-up of every scenario (its output, escapes stripped, is kept in
--screens), the scenarios run RUNS times interleaved (a, b, c, a, b, c...), so that the noise
of a shared machine falls on every program alike. One JSON line per program and run is printed.

FILE is a JSON list of scenarios:

  name           the row name (the line's "bench" is "tty_" + name)
  mode           "interactive" or "oneshot" (start to exit, e.g. `--version`)
  argv           the program and its arguments
  marker         text that the first full screen contains (escape sequences and white space
                 are ignored when searching, since curses may move the cursor over blanks)
  before         keys sent before the timed keys, each answered by one burst of output that
                 must contain before_marker (e.g. Enter on a welcome screen)
  key            the timed key, or a list of keys taken in turn (default Down, ESC O B, the
                 kcud1 of xterm-256color); sent `keys` times (default 3)
  key_marker     optional text that the answer to a timed key must contain
  exit           the keys that end the program (default Enter); the last one is timed to exit
  env            extra environment variables

Timing: start-up is measured from just before fork to the output chunk in which the marker
appears (marker_ms) and to the end of that burst, the last chunk before IDLE_MS (30 ms) of
silence (paint_done_ms, "first fully drawn screen"). A key is timed from the write to the end
of the burst it causes (key_done_ms). The peak resident set size (hwm_kb) is os.wait4's
ru_maxrss of the program, in KiB. termios_restored says whether the program left the pty's
modes as it found them.
"""
import argparse
import fcntl
import json
import os
import re
import select
import signal
import struct
import sys
import termios
import time

IDLE_MS = 30
ESCAPES = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|.)")
SPACE = re.compile(rb"\s+")


def now():
    return time.perf_counter_ns()


def plain(data):
    """The output with escape sequences removed (what a person would read, roughly)."""
    return ESCAPES.sub(b"", data)


def found(marker, data):
    return SPACE.sub(b"", marker.encode()) in SPACE.sub(b"", plain(data))


class Program:
    """One program in a fresh pty; the slave stays open here to compare termios at the end."""

    def __init__(self, argv, rows, cols, env):
        self.master, self.slave = os.openpty()
        fcntl.ioctl(self.slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.attrs0 = termios.tcgetattr(self.slave)
        self.status = self.rusage = self.exit_ns = None
        self.t0 = now()
        self.pid = os.fork()
        if self.pid == 0:
            try:
                os.setsid()
                fcntl.ioctl(self.slave, termios.TIOCSCTTY, 0)
                for fd in (0, 1, 2):
                    os.dup2(self.slave, fd)
                os.close(self.master)
                if self.slave > 2:
                    os.close(self.slave)
                os.execvpe(argv[0], argv, env)
            finally:
                os._exit(127)

    def poll(self):
        if self.status is None:
            pid, status, rusage = os.wait4(self.pid, os.WNOHANG)
            if pid:
                self.status, self.rusage, self.exit_ns = status, rusage, now()
        return self.status is not None

    def read(self, marker=None, limit_ms=2000, until_exit=False):
        """Reads one burst: until the marker (or, without one, any output) has come and then
        IDLE_MS of silence; or until the program exits. Returns [(ns, bytes)]."""
        chunks, acc, seen = [], b"", marker is None
        deadline = now() + limit_ms * 1_000_000
        while True:
            t = now()
            if t >= deadline:
                break
            if chunks and seen and not until_exit:
                wait = chunks[-1][0] + IDLE_MS * 1_000_000 - t
                if wait <= 0:
                    break
            else:
                wait = 10_000_000  # poll the child every 10 ms
            r, _, _ = select.select([self.master], [], [], min(wait, deadline - t, 10_000_000) / 1e9)
            if r:
                try:
                    data = os.read(self.master, 65536)
                except OSError:
                    data = b""
                if data:
                    chunks.append((now(), data))
                    if not seen:
                        acc += data
                        seen = found(marker, acc)
                    continue
            if self.poll():
                # Drain what the program wrote before it exited.
                while select.select([self.master], [], [], 0)[0]:
                    try:
                        data = os.read(self.master, 65536)
                    except OSError:
                        break
                    if not data:
                        break
                    chunks.append((now(), data))
                break
        return chunks

    def close(self):
        if not self.poll():
            os.kill(self.pid, signal.SIGKILL)
            _, self.status, self.rusage = os.wait4(self.pid, 0)
        restored = termios.tcgetattr(self.slave) == self.attrs0
        os.close(self.master)
        os.close(self.slave)
        return restored


def vm_hwm(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def rc(status):
    return os.waitstatus_to_exitcode(status) if status is not None else None


def interactive(s, rows, cols, env):
    p = Program(s["argv"], rows, cols, env)
    res = {}
    chunks = p.read(s["marker"])
    data = b"".join(b for _, b in chunks)
    if chunks:
        res["first_byte_ms"] = (chunks[0][0] - p.t0) / 1e6
        res["paint_done_ms"] = (chunks[-1][0] - p.t0) / 1e6
        acc = b""
        for t, b in chunks:
            acc += b
            if found(s["marker"], acc):
                res["marker_ms"] = (t - p.t0) / 1e6
                break
    res["marker_found"] = "marker_ms" in res
    res["init_bytes"] = len(data)
    for key in s.get("before", []):
        if p.poll():
            break
        ts = now()
        os.write(p.master, key.encode())
        ch = p.read(s.get("before_marker"))
        out = b"".join(b for _, b in ch)
        data += out
        res.setdefault("before_done_ms", []).append((ch[-1][0] - ts) / 1e6 if ch else None)
        res["before_marker_found"] = found(s.get("before_marker", ""), out)
    keys = s.get("key", "\x1bOB")
    keys = keys if isinstance(keys, list) else [keys]
    res["key_first_ms"], res["key_done_ms"], res["key_bytes"] = [], [], []
    for n in range(s.get("keys", 3)):
        if p.poll():
            break
        ts = now()
        os.write(p.master, keys[n % len(keys)].encode())
        ch = p.read(s.get("key_marker"))
        res["key_bytes"].append(sum(len(b) for _, b in ch))  # 0: the key changed nothing
        if ch:
            res["key_first_ms"].append((ch[0][0] - ts) / 1e6)
            res["key_done_ms"].append((ch[-1][0] - ts) / 1e6)
            data += b"".join(b for _, b in ch)
    res["exited_early"] = p.poll()
    if not p.poll():
        res["hwm_kb"] = vm_hwm(p.pid)
        keys = s.get("exit", ["\r"])
        for k in keys[:-1]:
            os.write(p.master, k.encode())
            data += b"".join(b for _, b in p.read())
        ts = now()
        os.write(p.master, keys[-1].encode())
        data += b"".join(b for _, b in p.read(limit_ms=5000, until_exit=True))
        res["exit_ms"] = (p.exit_ns - ts) / 1e6 if p.poll() else None
    res["termios_restored"] = p.close()
    res["rc"] = rc(p.status)
    res["ru_maxrss_kb"] = p.rusage.ru_maxrss if p.rusage else None
    return res, data


def oneshot(s, rows, cols, env):
    p = Program(s["argv"], rows, cols, env)
    chunks = p.read(limit_ms=5000, until_exit=True)
    data = b"".join(b for _, b in chunks)
    res = {"whole_ms": (p.exit_ns - p.t0) / 1e6 if p.poll() else None,
           "marker_found": found(s["marker"], data), "init_bytes": len(data)}
    res["termios_restored"] = p.close()
    res["rc"] = rc(p.status)
    res["ru_maxrss_kb"] = p.rusage.ru_maxrss if p.rusage else None
    return res, data


def run(s, rows, cols):
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LINES="", COLUMNS="")
    for k in ("LINES", "COLUMNS"):  # the size must come from the pty
        env.pop(k)
    env.update(s.get("env", {}))
    return (oneshot if s["mode"] == "oneshot" else interactive)(s, rows, cols, env)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scenarios", required=True)
    ap.add_argument("--runs", type=int, default=21)
    ap.add_argument("--rows", type=int, default=24)
    ap.add_argument("--cols", type=int, default=80)
    ap.add_argument("--screens", help="folder for the warm-up's output, escapes stripped")
    a = ap.parse_args()
    with open(a.scenarios) as f:
        scen = json.load(f)
    if a.screens:
        os.makedirs(a.screens, exist_ok=True)
    for s in scen:  # warm-up (page cache), discarded; its output is kept for a look
        r, data = run(s, a.rows, a.cols)
        if a.screens:
            with open(os.path.join(a.screens, s["name"] + ".txt"), "w") as f:
                f.write(json.dumps(r) + "\n")
                f.write(plain(data).decode("utf-8", "replace"))
    for i in range(a.runs):  # round-robin, so noise falls on every program alike
        for s in scen:
            r, _ = run(s, a.rows, a.cols)
            r.update(bench="tty_" + s["name"], run=i)
            print(json.dumps(r), flush=True)


if __name__ == "__main__":
    sys.exit(main())
