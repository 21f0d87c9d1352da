#!/usr/bin/python3
"""Runs a command and measures its wall time and the memory of its whole process tree.

    /usr/bin/python3 bench/treemem.py OUT.json -- COMMAND [ARGS...]

Every `interval` seconds (0.1) it finds the command's descendants (by parent pid in
/proc/*/stat) and reads VmRSS and VmHWM from /proc/<pid>/status. It reports:

  peak_tree_mb   the largest sum of VmRSS over the tree seen at one sample: the tree's peak
                 resident memory at the same moment (a spike shorter than the interval can be
                 missed; processes living under 0.1 s may not be seen at all)
  max_proc_mb    the largest VmHWM (kernel-tracked peak RSS) of any one process seen
  cpu_s          user + system CPU seconds of the command and every descendant it (or they)
                 waited for (wait4's rusage): less sensitive than wall time to a shared machine
  sum_hwm_mb     the sum of every process's last-seen VmHWM: an upper bound of the tree's peak
                 (peaks at different times are added), inflated when many short processes run
                 one after another (the tesseract CLI: one per page)

RSS counts shared pages (the mapped Tesseract model, libraries) in every process that maps them.
The command's exit status is returned; stdout/stderr pass through.
"""

import json
import os
import subprocess
import sys
import threading
import time


def children_map():
    kids = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        rest = stat[stat.rfind(b")") + 2:].split()
        kids.setdefault(int(rest[1]), []).append(int(name))
    return kids


def status_kb(pid):
    rss = hwm = 0
    try:
        with open(f"/proc/{pid}/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith(b"VmHWM:"):
                    hwm = int(line.split()[1])
    except OSError:
        pass
    return rss, hwm


def main():
    if len(sys.argv) < 4 or sys.argv[2] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    out, cmd = sys.argv[1], sys.argv[3:]
    interval = float(os.environ.get("TREEMEM_INTERVAL", "0.1"))
    start = time.monotonic()
    proc = subprocess.Popen(cmd)
    # The end of the command is waited for on a thread of its own, so the wall time is taken when
    # it ends, not at the next sample (with a 0.1 s interval a 0.50 s run read as 0.6 s).
    ended = threading.Event()
    outcome = {}

    def wait_for_command():
        pid, status, usage = os.wait4(proc.pid, 0)
        outcome.update(end=time.monotonic(), status=status, usage=usage)
        ended.set()

    waiter = threading.Thread(target=wait_for_command, daemon=True)
    waiter.start()
    peak_tree = 0
    hwm_by_pid = {}
    seen = set()
    while True:
        done = ended.is_set()
        kids = children_map()
        tree, todo = [], [proc.pid]
        while todo:
            p = todo.pop()
            tree.append(p)
            todo.extend(kids.get(p, []))
        total = 0
        for p in tree:
            rss, hwm = status_kb(p)
            total += rss
            if hwm:
                hwm_by_pid[p] = max(hwm_by_pid.get(p, 0), hwm)
                seen.add(p)
        peak_tree = max(peak_tree, total)
        if done:
            break
        ended.wait(interval)
    waiter.join()
    wall = outcome["end"] - start
    status, usage = outcome["status"], outcome["usage"]
    rc = os.waitstatus_to_exitcode(status)
    proc.returncode = rc
    result = {"wall_s": round(wall, 3), "exit": rc, "peak_tree_mb": round(peak_tree / 1024, 1),
              "max_proc_mb": round(max(hwm_by_pid.values(), default=0) / 1024, 1),
              "sum_hwm_mb": round(sum(hwm_by_pid.values()) / 1024, 1),
              "cpu_s": round(usage.ru_utime + usage.ru_stime, 2), "processes_seen": len(seen)}
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(result, fh)
        fh.write("\n")
    return rc


if __name__ == "__main__":
    sys.exit(main())
