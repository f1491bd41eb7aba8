#!/usr/bin/env python3
"""Throughput, start-up and memory figures for Lihaaz, measured by running the packaged jar.

For each corpus folder given (default: ../shared/corpus/en-news-pk and en-docs beside the project)
and each thread count in --threads, prints the median MB/s of `lihaaz check --format json` over the
whole folder (report written to a file), with the median CPU time and peak resident memory of the
process; then the median wall time and peak memory of checking one small (~2 KB) file with findings,
JVM start included. Runs of the configurations are interleaved (one of each, then again), so a
noisy machine affects them alike and their ratios can be compared; every run is listed.

The JVM options are by default those the launcher ./lihaaz passes (its `defaults=(...)` line), plus
its class-data-sharing archive when present (every configuration gets the archive). --java-opts
replaces the defaults ('' measures a bare JVM); --compare NAME=OPTIONS adds configurations.

This is a benchmark, not a test: the figures depend on the machine and on what else it is doing.
"""
import argparse, os, pathlib, re, shutil, statistics, subprocess, sys, tempfile, time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def launcher_opts():
    """The JVM options the launcher passes by default (its `defaults=(...)` line)."""
    text = (ROOT / "lihaaz").read_text()
    m = re.search(r"^defaults=\((.*)\)$", text, re.M)
    return m.group(1).split() if m else []


def corpus_bytes(folder, exts):
    total = 0
    for p in pathlib.Path(folder).rglob("*"):
        if p.is_file() and p.suffix.lower() in exts:
            total += p.stat().st_size
    return total


def run(cmd, out_path):
    """Wall seconds, CPU seconds and peak resident MB of one process."""
    start = time.perf_counter()
    with open(out_path, "wb") as out:
        p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - start
        err = p.stderr.read()
        p.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"lihaaz failed ({code}): {err.decode()[:400]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--threads", default="2,1", help="comma-separated worker thread counts (0: one per core)")
    ap.add_argument("--java-opts", default=None, help="JVM options (default: the launcher's)")
    ap.add_argument("--compare", action="append", default=[],
                    help="NAME=JVM OPTIONS: another configuration, timed interleaved with the default")
    ap.add_argument("--skip-small", action="store_true")
    a = ap.parse_args()
    shared = ROOT.parent / "shared" / "corpus"
    folders = a.folders or [str(shared / "en-news-pk"), str(shared / "en-docs")]
    jar = ROOT / "target" / "lihaaz.jar"
    cds = ROOT / "target" / "lihaaz.jsa"
    subprocess.run(["bash", str(ROOT / "lihaaz"), "--version"], check=True, stdout=subprocess.DEVNULL)
    base = launcher_opts() if a.java_opts is None else a.java_opts.split()
    share = [f"-XX:SharedArchiveFile={cds}", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"] if cds.exists() else []
    configs = [("launcher" if a.java_opts is None else "given", base + share)]
    for c in a.compare:
        name, _, opts = c.partition("=")
        configs.append((name, opts.split() + share))
    java = shutil.which("java") or "java"
    version = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    print(f"machine: {os.cpu_count()} cores; {version}; load average {os.getloadavg()[0]:.2f}")
    for name, opts in configs:
        print(f"config {name}: {' '.join(opts) or '(none)'}")
    threads = [t.strip() for t in a.threads.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "report.json")
        for folder in folders:
            size = corpus_bytes(folder, {".txt", ".md", ".markdown", ".text"})
            results = {}
            for _ in range(a.runs):
                for name, opts in configs:
                    for t in threads:
                        cmd = [java] + opts + ["-jar", str(jar), "check", "--format", "json", "--fail-on", "never",
                                               "--threads", t, folder]
                        results.setdefault((name, t), []).append(run(cmd, out))
            print(f"{folder}: {size / 1e6:.1f} MB")
            for (name, t), rs in results.items():
                walls = [r[0] for r in rs]
                print(f"  {name:10} threads={t}: median {statistics.median(walls):.2f} s = "
                      f"{size / 1e6 / statistics.median(walls):.1f} MB/s, CPU {statistics.median(r[1] for r in rs):.2f} s, "
                      f"peak {statistics.median(r[2] for r in rs):.0f} MB (runs: {', '.join(f'{w:.2f}' for w in walls)} s)")
        if a.skip_small:
            return
        small = pathlib.Path(tmp, "small.md")
        text = (ROOT / "examples" / "flood-relief-post.md").read_text(encoding="utf-8")
        small.write_text((text * 3)[:2048], encoding="utf-8")
        results = {}
        for name, opts in configs:
            run([java] + opts + ["-jar", str(jar), "check", "--fail-on", "never", str(small)], out)  # warm the cache
        for _ in range(max(a.runs, 5)):
            for name, opts in configs:
                for args in (["--version"], ["check", "--fail-on", "never", str(small)]):
                    cmd = [java] + opts + ["-jar", str(jar)] + args
                    results.setdefault((name, args[0]), []).append(run(cmd, out))
        for (name, what), rs in results.items():
            label = "--version" if what == "--version" else "one 2 KB file with findings"
            walls = [r[0] for r in rs]
            print(f"{name:10} {label}, whole process: median {statistics.median(walls) * 1000:.0f} ms, "
                  f"peak {statistics.median(r[2] for r in rs):.0f} MB (runs: {', '.join(f'{w * 1000:.0f}' for w in walls)} ms)")


if __name__ == "__main__":
    main()
