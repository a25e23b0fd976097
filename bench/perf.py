#!/usr/bin/env python3
"""Measuring half of bench/perf.sh (run that, not this).

  perf.py run --n N --runs RUNS --work W --results FILE [--hugo]
      RUNS cold builds of W/cN with this plugin, interleaved with RUNS of Hugo on W/hugoN
      (ours, hugo, ours, hugo, ...); prints every run, then medians (min-max) and the ratios,
      and appends one JSON line per N to FILE.
  perf.py table --results FILE --out MD
      prints the Markdown table of every N in FILE, headed by a line naming the machine,
      and writes it to MD.
  perf.py time [--runs RUNS] [--warmup W] -- CMD
      runs `sh -c CMD` W times uncounted, then RUNS times, and prints min, median and max of
      wall, CPU and peak RSS (bench/index-pages.sh and second-build timings use it).
  perf.py pages DIR
      prints, as one JSON line, what a built site holds (see count_pages).
  perf.py ab [--runs RUNS] LABEL=COMMAND [LABEL=COMMAND ...]
      side by side: runs each `sh -c COMMAND` once per round, in turn, for RUNS rounds, and
      prints a Markdown table of each one's median (min-max) wall, CPU and peak RSS; stops at a
      failing command with the end of its output. How two versions of the plugin (each installed
      in a local repository of its own, -Dmaven.repo.local) or two settings are compared under
      the same load, e.g. the example site cold against Maven's floor:
        E="cd WORK/example && rm -rf target && mvn -q -B -o briefing:build"
        bench/perf.py ab --runs 9 "floor=$E -Dbriefing.skip=true" \
            "before=$E -Dmaven.repo.local=/tmp/m2-before" "after=$E"

Each run is the whole process: wall seconds from just before the fork to the reaped exit, CPU
seconds = user+sys from wait4 (the process and every child it waited for), peak RSS = ru_maxrss
from wait4 (the largest single process of the tree). The build's output folder (cN/target,
hugoN-out) is deleted before the clock starts, so no time is spent deleting the previous site
and the watcher cannot see a stale file; the commands still start with `rm -rf` of it, so that
each is a cold build when run by hand too.

"first file" (ours only): seconds from process start to the first regular file appearing under
cN/target/ whose path contains "briefing-site" (the build writes into a staging folder
target/.briefing-site.new-*, then renames it to target/briefing-site), polled every 5 ms by a
thread. Only top-level entries of target/ whose name contains "briefing-site" are searched, so
the poll stays cheap while target/briefing-cache/ fills up; the resolution is about 5 ms.
"""
import argparse, datetime, json, os, platform, shutil, statistics, subprocess, sys, tempfile, threading, time

NOW = "2026-01-01T00:00:00Z"
POLL = 0.005


def has_file(top):
    """True when a regular file lies anywhere under directory top (stops at the first one)."""
    stack = [top]
    while stack:
        d = stack.pop()
        try:
            with os.scandir(d) as it:
                for e in it:
                    try:
                        if e.is_file(follow_symlinks=False):
                            return True
                        if e.is_dir(follow_symlinks=False):
                            stack.append(e.path)
                    except OSError:
                        pass
        except OSError:  # not there yet, or renamed away between two looks
            pass
    return False


def first_site_file(target):
    try:
        with os.scandir(target) as it:
            entries = [e for e in it if "briefing-site" in e.name]
    except OSError:
        return False
    for e in entries:
        try:
            if e.is_file(follow_symlinks=False):
                return True
            if e.is_dir(follow_symlinks=False) and has_file(e.path):
                return True
        except OSError:
            pass
    return False


def once(cmd, log, watch=None):
    """Runs sh -c cmd; returns wall, cpu, peak MiB, exit code, first-file seconds (or None)."""
    found = {}
    stop = threading.Event()

    def watcher(t0):
        while not stop.is_set():
            if first_site_file(watch):
                found["t"] = time.monotonic() - t0
                return
            stop.wait(POLL)

    with open(log, "wb") as out:
        t0 = time.monotonic()
        p = subprocess.Popen(["sh", "-c", cmd], stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
        th = None
        if watch:
            th = threading.Thread(target=watcher, args=(t0,), daemon=True)
            th.start()
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.monotonic() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        stop.set()
        if th:
            th.join()
    return dict(wall=wall, cpu=ru.ru_utime + ru.ru_stime, rss=ru.ru_maxrss / 1024.0,
                code=p.returncode, first=found.get("t"))


def stats(rows, key):
    v = [r[key] for r in rows if r["code"] == 0 and r[key] is not None]
    if not v:
        return None
    return dict(median=statistics.median(v), min=min(v), max=max(v), n=len(v))


def fmt(s, unit="", digits=None):
    if s is None:
        return "failed"
    if digits is None:  # table: two decimals below 10, one above
        digits = 2 if s["median"] < 10 else 1
    if digits == 0:
        return "%.0f%s (%.0f–%.0f)" % (s["median"], unit, s["min"], s["max"])
    f = "%%.%df" % digits
    return (f + "%s (" + f + "–" + f + ")") % (s["median"], unit, s["min"], s["max"])


def count_pages(top):
    """What a built site holds: html_total is every .html file, html_alias those of them that
    only redirect to another page (a small file with a meta refresh: Hugo writes one at each
    listing's page/1/), xml the .xml files (feeds and site maps), files every regular file.
    None when the folder is not there (the build failed)."""
    if not os.path.isdir(top):
        return None
    counts = dict(html_total=0, html_alias=0, xml=0, files=0)
    for folder, _, names in os.walk(top):
        for name in names:
            counts["files"] += 1
            if name.endswith(".xml"):
                counts["xml"] += 1
            elif name.endswith(".html"):
                counts["html_total"] += 1
                path = os.path.join(folder, name)
                if os.path.getsize(path) < 1024:
                    with open(path, "rb") as f:
                        if b'http-equiv="refresh"' in f.read():
                            counts["html_alias"] += 1
    return counts


def tail(path, lines=25):
    with open(path, "rb") as f:
        data = f.read().decode("utf-8", "replace").splitlines()
    return "\n".join("    | " + l for l in data[-lines:])


def cmd_run(a):
    w = os.path.abspath(a.work)
    corpus = os.path.join(w, "c%d" % a.n)
    site, hout = os.path.join(w, "hugo%d" % a.n), os.path.join(w, "hugo%d-out" % a.n)
    logs = os.path.join(w, "logs")
    os.makedirs(logs, exist_ok=True)
    ours_cmd = ("cd '%s' && rm -rf target && exec mvn -q -B -o briefing:build -Dbriefing.now=%s"
                % (corpus, NOW))
    if os.environ.get("BENCH_MAVEN_REPO"):  # perf.sh's M2_REPO
        ours_cmd += " -Dmaven.repo.local='%s'" % os.environ["BENCH_MAVEN_REPO"]
    hugo_cmd = "rm -rf '%s' && exec hugo --quiet -s '%s' -d '%s'" % (hout, site, hout)
    tools = [("ours", ours_cmd, os.path.join(corpus, "target"))]
    if a.hugo:
        tools.append(("hugo", hugo_cmd, hout))
    print("== N=%d: %d interleaved cold runs each (%s), whole process; MAVEN_OPTS=%s"
          % (a.n, a.runs, ", ".join(t[0] for t in tools), os.environ.get("MAVEN_OPTS") or "(none)"),
          flush=True)
    rows = {t[0]: [] for t in tools}
    for i in range(1, a.runs + 1):
        for name, cmd, out in tools:
            shutil.rmtree(out, ignore_errors=True)  # outside the clock: see the docstring
            log = os.path.join(logs, "N%d-%s-%d.log" % (a.n, name, i))
            r = once(cmd, log, watch=out if name == "ours" else None)
            rows[name].append(r)
            first = "" if name != "ours" else (
                "  first file %6.2f s" % r["first"] if r["first"] is not None else "  first file      -")
            print("run %d %-4s wall %7.2f s  cpu %7.2f s  peak %6.0f MiB%s  exit %d"
                  % (i, name, r["wall"], r["cpu"], r["rss"], first, r["code"]), flush=True)
            if r["code"] != 0:
                print("  %s failed (exit %d), last lines of %s:\n%s" % (name, r["code"], log, tail(log)),
                      flush=True)
    res = dict(n=a.n, runs=a.runs, maven_opts=os.environ.get("MAVEN_OPTS") or "",
               jvm_config=jvm_config(corpus))
    for name, _, out in tools:
        site_dir = out if name == "hugo" else os.path.join(out, "briefing-site")
        res[name] = dict(wall=stats(rows[name], "wall"), cpu=stats(rows[name], "cpu"),
                         rss=stats(rows[name], "rss"), first=stats(rows[name], "first"),
                         codes=[r["code"] for r in rows[name]], pages=count_pages(site_dir))
    print("%-5s %-24s %-24s %-24s %-22s %s" % ("", "wall s", "cpu s", "peak MiB", "first file s", "pages (html_total)"))
    for name, _, _ in tools:
        t = res[name]
        print("%-5s %-24s %-24s %-24s %-22s %s" % (
            name, fmt(t["wall"], digits=2), fmt(t["cpu"], digits=2), fmt(t["rss"], digits=0),
            fmt(t["first"], digits=2) if name == "ours" else "",
            t["pages"]["html_total"] if t["pages"] else "-"))
    for name, _, _ in tools:
        print("pages %s: %s" % (name, json.dumps(res[name]["pages"])))
    if a.hugo:
        for k, label in (("wall", "wall"), ("cpu", "CPU")):
            o, h = res["ours"][k], res["hugo"][k]
            res["ratio_" + k] = o["median"] / h["median"] if o and h else None
        print("ratio ours/Hugo of medians: wall %s, CPU %s  (<1: we are faster)"
              % tuple("%.2f" % res["ratio_" + k] if res["ratio_" + k] else "-" for k in ("wall", "cpu")))
    else:
        print("hugo is not installed: ours only, no ratio")
    print(flush=True)
    with open(a.results, "a") as f:
        f.write(json.dumps(res) + "\n")


def jvm_config(folder):
    """The options of folder/.mvn/jvm.config on one line ("" without one)."""
    try:
        with open(os.path.join(folder, ".mvn", "jvm.config")) as f:
            return " ".join(f.read().split())
    except OSError:
        return ""


def machine():
    cores = len(os.sched_getaffinity(0))
    mem = cpu = "?"
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal:"):
                mem = "%.1f GiB" % (int(line.split()[1]) / 1024 / 1024)
                break
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
        java = java.replace('"', "")  # e.g. openjdk version 17.0.15 2025-04-15
    except (OSError, IndexError):
        java = "java ?"
    hugo = "not installed"
    if shutil.which("hugo"):
        hugo = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()[1]
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return cores, mem, cpu, java, hugo, date


def cmd_table(a):
    every = [json.loads(l) for l in open(a.results) if l.strip()]
    res = [r for r in every if "kind" not in r]
    if not every:
        sys.exit("no results in " + a.results)
    if not res:
        res = [dict(n=0, runs=0, maven_opts=every[0]["maven_opts"], ours=None)]
    cores, mem, cpu, java, hugo, date = machine()
    opts = "`%s`" % res[0]["maven_opts"] if res[0]["maven_opts"] else "(none)"
    if res[0].get("jvm_config"):
        opts += ", .mvn/jvm.config `%s`" % res[0]["jvm_config"]
    with_hugo = any("hugo" in r for r in res)
    lines = [
        "Machine: %d cores (nproc), %s RAM, %s; %s; Hugo %s; %s. MAVEN_OPTS=%s."
        % (cores, mem, cpu, java, hugo, date, opts),
        "Cold builds, whole process (`mvn -q -B -o briefing:build` start to exit%s), median (min–max) of %s %sruns%s, "
        "`bench/perf.sh`." % ("; `hugo --quiet`" if with_hugo else "", "/".join(sorted({str(r["runs"]) for r in res})),
                              "interleaved " if with_hugo else "", " each" if with_hugo else ""),
        "",
    ]
    if with_hugo:
        lines += ["| briefings | pages (ours / Hugo) | Briefings wall | Briefings CPU | Briefings peak RSS | "
                  "first file | Hugo wall | Hugo CPU | Hugo peak RSS | wall ours/Hugo | CPU ours/Hugo |",
                  "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    else:
        lines += ["| briefings | pages | Briefings wall | Briefings CPU | Briefings peak RSS | first file |",
                  "| ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in res:
        o = r["ours"]
        if o is None:
            continue
        op = o["pages"]["html_total"] if o["pages"] else "-"
        cells = ["{:,}".format(r["n"]), None, fmt(o["wall"], " s"), fmt(o["cpu"], " s"),
                 fmt(o["rss"], " MiB", 0), fmt(o["first"], " s")]
        if "hugo" in r:
            h = r["hugo"]
            hp = h["pages"]["html_total"] if h["pages"] else "-"
            cells[1] = "{:,} / {:,}".format(op, hp) if op != "-" and hp != "-" else "%s / %s" % (op, hp)
            if h["pages"] and h["pages"]["html_alias"]:
                cells[1] += " ({:,} redirects)".format(h["pages"]["html_alias"])
            cells += [fmt(h["wall"], " s"), fmt(h["cpu"], " s"), fmt(h["rss"], " MiB", 0),
                      "%.2f" % r["ratio_wall"] if r.get("ratio_wall") else "-",
                      "%.2f" % r["ratio_cpu"] if r.get("ratio_cpu") else "-"]
        else:
            cells[1] = "{:,}".format(op) if op != "-" else op
            if with_hugo:
                cells += ["-"] * 5
        lines.append("| " + " | ".join(cells) + " |")
    if with_hugo:
        lines += ["", "Pages: every HTML file written (perf.py's html_total); Hugo's include its "
                  "`page/1/` redirects. First file: from process start to the first file of our site on disk."]
    else:
        lines += ["", "(Hugo is not installed on this machine: ours only.)"]
    lines += ["", "Against the targets (ratios of medians measured side by side in this run):", ""]
    lines += targets(every)
    text = "\n".join(lines) + "\n"
    print(text, end="")
    with open(a.out, "w") as f:
        f.write(text)
    print("\n(written to %s)" % a.out)


def cmd_time(a):
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    if not cmd:
        sys.exit("perf.py time: no command (perf.py time [--runs N] [--warmup W] -- CMD)")
    line = " ".join(cmd)
    for _ in range(a.warmup):
        once(line, os.devnull)
    rows = [once(line, os.devnull) for _ in range(a.runs)]
    print("runs: %d (+%d warm-up), exit codes: %s" % (a.runs, a.warmup, sorted({r["code"] for r in rows})))
    print("%-10s %10s %10s %10s" % ("", "min", "median", "max"))
    for key, label in (("wall", "wall s"), ("cpu", "cpu s"), ("rss", "peak MiB")):
        v = [r[key] for r in rows]
        print("%-10s %10.3f %10.3f %10.3f" % (label, min(v), statistics.median(v), max(v)))


def cmd_pages(a):
    print(json.dumps(count_pages(a.dir)))


def maven(folder, extra=""):
    cmd = "cd '%s' && exec mvn -q -B -o briefing:build -Dbriefing.now=%s%s" % (folder, NOW, extra)
    if os.environ.get("BENCH_MAVEN_REPO"):
        cmd += " -Dmaven.repo.local='%s'" % os.environ["BENCH_MAVEN_REPO"]
    return cmd


def cmd_floor(a):
    """The example site, cold, against Maven's own floor (the same goal, skipped), interleaved."""
    site = os.path.abspath(a.site)
    rows = dict(ours=[], floor=[])
    for i in range(1, a.runs + 1):
        for name, extra in (("floor", " -Dbriefing.skip=true"), ("ours", "")):
            shutil.rmtree(os.path.join(site, "target"), ignore_errors=True)
            r = once(maven(site, extra), os.path.join(a.work, "logs", "example-%s-%d.log" % (name, i)))
            rows[name].append(r)
            print("run %d %-5s wall %6.2f s  cpu %6.2f s  exit %d" % (i, name, r["wall"], r["cpu"], r["code"]),
                  flush=True)
    res = dict(kind="floor", runs=a.runs, maven_opts=os.environ.get("MAVEN_OPTS") or "",
               ours=stats(rows["ours"], "wall"), floor=stats(rows["floor"], "wall"))
    res["ratio"] = res["ours"]["median"] / res["floor"]["median"] if res["ours"] and res["floor"] else None
    print("example site: %s, Maven's floor %s, ratio %s" % (
        fmt(res["ours"], " s", 2), fmt(res["floor"], " s", 2), "%.2f" % res["ratio"] if res["ratio"] else "-"))
    with open(a.results, "a") as f:
        f.write(json.dumps(res) + "\n")


def cmd_change(a):
    """Interleaved: a cold build of cN, then two builds, each after one briefing's body changed
    (the second is measured)."""
    corpus = os.path.join(os.path.abspath(a.work), "c%d" % a.n)
    briefing = None
    for folder, dirs, names in os.walk(os.path.join(corpus, "content")):
        dirs.sort()
        md = sorted(n for n in names if n.endswith(".md"))
        if md:
            briefing = os.path.join(folder, md[0])
            break
    with open(briefing, "rb") as f:
        original = f.read()
    rows = dict(cold=[], change=[])
    try:
        for i in range(1, a.runs + 1):
            with open(briefing, "wb") as f:
                f.write(original)
            shutil.rmtree(os.path.join(corpus, "target"), ignore_errors=True)
            rows["cold"].append(once(maven(corpus), os.path.join(a.work, "logs", "change-cold-%d.log" % i)))
            # two changes in a row, the second measured: it pays what the first left to do (the
            # deletion of the site it swapped out, which a build leaves to a thread of its own)
            for step in ("first", "second"):
                with open(briefing, "ab") as f:
                    f.write(("\nUne phrase ajoutée pour la mesure %d (%s).\n" % (i, step)).encode())
                run = once(maven(corpus), os.path.join(a.work, "logs", "change-%s-%d.log" % (step, i)))
            rows["change"].append(run)
            print("run %d cold %6.2f s, one briefing changed %6.2f s" % (i, rows["cold"][-1]["wall"],
                                                                          rows["change"][-1]["wall"]), flush=True)
    finally:
        with open(briefing, "wb") as f:
            f.write(original)
    res = dict(kind="change", n=a.n, runs=a.runs, maven_opts=os.environ.get("MAVEN_OPTS") or "",
               cold=stats(rows["cold"], "wall"), change=stats(rows["change"], "wall"),
               change_cpu=stats(rows["change"], "cpu"))
    res["ratio"] = res["change"]["median"] / res["cold"]["median"] if res["change"] and res["cold"] else None
    print("N=%d: cold %s, one briefing changed %s, ratio %s" % (
        a.n, fmt(res["cold"], " s", 2), fmt(res["change"], " s", 2), "%.2f" % res["ratio"] if res["ratio"] else "-"))
    with open(a.results, "a") as f:
        f.write(json.dumps(res) + "\n")


def targets(res):
    """The issue's table: each size's ratio next to its target."""
    lines = ["| corpus | measured | target |", "| --- | ---: | ---: |"]
    for r in res:
        kind = r.get("kind", "hugo")
        if kind == "floor" and r.get("ratio"):
            lines.append("| example site (`target/` deleted) | %.2f× Maven's floor (%.2f s / %.2f s) | ≤ 1.5× |"
                         % (r["ratio"], r["ours"]["median"], r["floor"]["median"]))
        elif kind == "change" and r.get("ratio"):
            lines.append("| one briefing changed (twice, the second measured), {:,} | {:.2f}× our cold build ({:.2f} s / {:.2f} s) | ≤ 0.15× |"
                         .format(r["n"], r["ratio"], r["change"]["median"], r["cold"]["median"]))
        elif kind == "hugo" and r.get("ratio_wall"):
            target = {1000: "≤ 2.0×", 10000: "≤ 1.0×", 100000: "≤ 0.8×, peak RSS ≤ ¼ of Hugo's"}.get(r["n"], "-")
            rss = ""
            if r["n"] >= 100000 and r["ours"]["rss"] and r["hugo"]["rss"]:
                rss = ", peak RSS %.2f of Hugo's" % (r["ours"]["rss"]["median"] / r["hugo"]["rss"]["median"])
            lines.append("| {:,} briefings | {:.2f}× Hugo{} | {} |".format(r["n"], r["ratio_wall"], rss, target))
    return lines


def cmd_levers(a):
    """Interleaved rounds: Hugo, then each config, on the same corpus; medians and ratios."""
    w = os.path.abspath(a.work)
    corpus = os.path.join(w, "c%d" % a.n)
    site, hout = os.path.join(w, "hugo%d" % a.n), os.path.join(w, "hugo%d-out" % a.n)
    yaml = os.path.join(corpus, "site", "site.yaml")
    logs = os.path.join(w, "logs")
    os.makedirs(logs, exist_ok=True)
    configs = []
    for c in a.config:
        label, home, opts, search = (c.split("::") + ["", "", "on"])[:4]
        configs.append(dict(label=label, home=home, opts=opts, search=search or "on"))
    rows = {c["label"]: [] for c in configs}
    rows["hugo"] = []
    print("== N=%d: %d rounds of Hugo and %d configurations, whole process, cold" % (a.n, a.runs, len(configs)),
          flush=True)
    for i in range(1, a.runs + 1):
        order = [None] + (configs if i % 2 else configs[::-1]) if a.hugo else (configs if i % 2 else configs[::-1])
        for c in order:
            if c is None:
                shutil.rmtree(hout, ignore_errors=True)
                r = once("exec hugo --quiet -s '%s' -d '%s'" % (site, hout), os.devnull)
                label = "hugo"
            else:
                label = c["label"]
                shutil.rmtree(os.path.join(corpus, "target"), ignore_errors=True)
                set_search(yaml, c["search"] == "on")
                env = "JAVA_HOME='%s' " % c["home"] if c["home"] else ""
                env += "MAVEN_OPTS='%s' " % c["opts"]
                cmd = "cd '%s' && %sexec mvn -q -B -o briefing:build -Dbriefing.now=%s" % (corpus, env, NOW)
                if os.environ.get("BENCH_MAVEN_REPO"):
                    cmd += " -Dmaven.repo.local='%s'" % os.environ["BENCH_MAVEN_REPO"]
                log = os.path.join(logs, "levers-N%d-%s-%d.log" % (a.n, label.replace("/", "_"), i))
                r = once(cmd, log)
                set_search(yaml, True)
            rows[label].append(r)
            print("round %d %-28s wall %7.2f s  cpu %7.2f s  peak %6.0f MiB  exit %d"
                  % (i, label, r["wall"], r["cpu"], r["rss"], r["code"]), flush=True)
    base = stats(rows[configs[0]["label"]], "wall")
    hugo = stats(rows["hugo"], "wall") if a.hugo else None
    print("\n| configuration | wall | CPU | peak RSS | wall / %s | wall / Hugo |" % configs[0]["label"])
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for label in [c["label"] for c in configs] + (["hugo"] if a.hugo else []):
        wl, cp, rs = stats(rows[label], "wall"), stats(rows[label], "cpu"), stats(rows[label], "rss")
        print("| %s | %s | %s | %s | %s | %s |" % (
            label, fmt(wl, " s", 2), fmt(cp, " s", 2), fmt(rs, " MiB", 0),
            "%.2f" % (wl["median"] / base["median"]) if wl and base else "-",
            "%.2f" % (wl["median"] / hugo["median"]) if wl and hugo else "-"), flush=True)


def cmd_ab(a):
    """Side by side: each LABEL=COMMAND once per round, in turn; medians (min–max) of each."""
    runs = []
    for arg in a.commands:
        if "=" not in arg:
            sys.exit("perf.py ab: LABEL=COMMAND expected, got %r" % arg)
        runs.append(arg.split("=", 1))
    rows = {label: [] for label, _ in runs}
    log = os.path.join(tempfile.mkdtemp(prefix="perf-ab-"), "last.log")
    for i in range(1, a.runs + 1):
        for label, cmd in runs:
            r = once(cmd, log)
            if r["code"] != 0:
                sys.exit("perf.py ab: %s failed (exit %d):\n%s" % (label, r["code"], tail(log)))
            rows[label].append(r)
            print("round %d/%d %-12s wall %7.2f s  cpu %7.2f s  peak %6.0f MiB"
                  % (i, a.runs, label, r["wall"], r["cpu"], r["rss"]), flush=True)
    print("\n| command | wall | CPU | peak RSS |")
    print("| --- | ---: | ---: | ---: |")
    for label, _ in runs:
        print("| %s | %s | %s | %s |" % (label, fmt(stats(rows[label], "wall"), " s", 2),
                                         fmt(stats(rows[label], "cpu"), " s", 2),
                                         fmt(stats(rows[label], "rss"), " MiB", 0)))


def set_search(yaml, on):
    with open(yaml) as f:
        lines = [l for l in f if not l.startswith("search:")]
    if not on:
        lines.append("search: false\n")
    with open(yaml, "w") as f:
        f.writelines(lines)


ap = argparse.ArgumentParser(description="measuring half of bench/perf.sh")
sub = ap.add_subparsers(dest="what", required=True)
r = sub.add_parser("run")
r.add_argument("--n", type=int, required=True)
r.add_argument("--runs", type=int, default=3)
r.add_argument("--work", required=True)
r.add_argument("--results", required=True)
r.add_argument("--hugo", action="store_true")
t = sub.add_parser("table")
t.add_argument("--results", required=True)
t.add_argument("--out", required=True)
m = sub.add_parser("time")
m.add_argument("--runs", type=int, default=3)
m.add_argument("--warmup", type=int, default=1)
m.add_argument("cmd", nargs=argparse.REMAINDER)
fl = sub.add_parser("floor")
fl.add_argument("--site", required=True)
fl.add_argument("--runs", type=int, default=3)
fl.add_argument("--work", required=True)
fl.add_argument("--results", required=True)
ch = sub.add_parser("change")
ch.add_argument("--n", type=int, required=True)
ch.add_argument("--runs", type=int, default=3)
ch.add_argument("--work", required=True)
ch.add_argument("--results", required=True)
ab = sub.add_parser("ab", help="LABEL=COMMAND... run side by side, one each per round, in turn")
ab.add_argument("--runs", type=int, default=5)
ab.add_argument("commands", nargs="+", metavar="LABEL=COMMAND")
v = sub.add_parser("levers")
v.add_argument("--n", type=int, required=True)
v.add_argument("--runs", type=int, default=3)
v.add_argument("--work", required=True)
v.add_argument("--hugo", action="store_true")
v.add_argument("config", nargs="+", help="LABEL::JAVA_HOME::MAVEN_OPTS::on|off (search)")
c = sub.add_parser("pages")
c.add_argument("dir")
args = ap.parse_args()
{"run": cmd_run, "table": cmd_table, "time": cmd_time, "pages": cmd_pages, "levers": cmd_levers, "floor": cmd_floor,
 "change": cmd_change, "ab": cmd_ab}[args.what](args)
