#!/usr/bin/env python3
"""Side by side: runs each LABEL=COMMAND once per round, in turn, for ROUNDS rounds, and prints
each one's median (min-max) wall time and median CPU time (user + system of the whole process
tree), so that versions or settings are compared under the same load.

Usage: bench/ab.py ROUNDS LABEL=COMMAND [LABEL=COMMAND ...]

Each COMMAND runs with sh -c; a failing one stops the run with its last output. For example, the
example site cold, Maven's floor against two versions of the plugin installed in two local
repositories:

  E="cd WORK/example && rm -rf target && mvn -q -B -o briefing:build"
  bench/ab.py 9 "floor=$E -Dbriefing.skip=true" "before=$E -Dmaven.repo.local=/tmp/m2-before" "after=$E"
"""
import resource
import statistics
import subprocess
import sys
import time


def once(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    done = subprocess.run(["sh", "-c", command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return done, wall, cpu


def main(argv):
    if len(argv) < 3 or not argv[1].isdigit() or any("=" not in a for a in argv[2:]):
        sys.exit(__doc__)
    rounds = int(argv[1])
    runs = [a.split("=", 1) for a in argv[2:]]
    results = {label: [] for label, _ in runs}
    for r in range(rounds):
        for label, command in runs:
            done, wall, cpu = once(command)
            if done.returncode != 0:
                sys.exit(f"{label} failed ({done.returncode}):\n" + done.stderr.decode()[-2000:])
            results[label].append((wall, cpu))
            print(f"round {r + 1}/{rounds} {label}: {wall:.2f} s wall, {cpu:.2f} s CPU", flush=True)
    for label, rows in results.items():
        walls = sorted(w for w, _ in rows)
        cpus = [c for _, c in rows]
        print(f"{label:12s} wall {statistics.median(walls):7.2f} s ({walls[0]:.2f}-{walls[-1]:.2f})"
              f"  CPU {statistics.median(cpus):7.2f} s")


if __name__ == "__main__":
    main(sys.argv)
