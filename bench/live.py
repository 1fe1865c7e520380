#!/usr/bin/env python3
"""How live the live view is: runs a shoal command line on a pretend terminal (a pty, 100x30) and
timestamps every write. A frame is a write that draws the total row ("[3/40] 2 running, 1.2s"). Prints
the milliseconds from the start of the process to its first byte of output, to its first frame, the
frames per second over the first two seconds of frames, and the longest gap between two frames while
the run was going (from the first frame to the summary).

    bench/live.py [--runs N] -- bin/shoal fetch -j 4
"""
import argparse
import fcntl
import os
import pty
import re
import select
import statistics
import struct
import sys
import termios
import time

TOTAL_ROW = re.compile(rb"\[\d+(/\d+)?\]\S* \d+ running")


def one_run(argv):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    start = time.monotonic()
    first_byte = None
    frames = []
    while True:
        ready, _, _ = select.select([fd], [], [], 60)
        if not ready:
            os.kill(pid, 9)
            raise SystemExit("bench: no output for 60 s")
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        now = (time.monotonic() - start) * 1000
        if first_byte is None:
            first_byte = now
        if TOTAL_ROW.search(chunk):
            frames.append(now)
    os.waitpid(pid, 0)
    end = (time.monotonic() - start) * 1000
    if not frames:
        return first_byte, None, 0.0, None, end
    early = [t for t in frames if t - frames[0] <= 2000]
    span = min(2000.0, frames[-1] - frames[0]) or 1.0
    gaps = [b - a for a, b in zip(frames, frames[1:])]
    return first_byte, frames[0], (len(early) - 1) * 1000 / span, max(gaps, default=None), end


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("argv", nargs="+")
    args = parser.parse_args()
    results = [one_run(args.argv) for _ in range(args.runs)]

    def median(index):
        values = [r[index] for r in results if r[index] is not None]
        return statistics.median(values) if values else float("nan")

    print(f"first output {median(0):.0f} ms, first frame {median(1):.0f} ms, "
          f"{median(2):.1f} frames/s in the first 2 s, longest gap {median(3):.0f} ms, "
          f"done {median(4):.0f} ms (medians of {args.runs})")


if __name__ == "__main__":
    sys.exit(main())
