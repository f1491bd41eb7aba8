#!/usr/bin/env python3
"""Throughput and start-up figures for Lihaaz, measured by running the packaged jar.

Prints, for each corpus folder given (default: ../shared/corpus/en-news-pk and en-docs beside the
project), the median MB/s of `lihaaz check --format json` over the whole folder (report written to a
file), and the median wall time of checking one small (~2 KB) file including JVM start. Medians of
--runs runs (default 5); every run is listed so the spread is visible. This is a benchmark, not a
test: figures depend on the machine and on what else it is doing.
"""
import argparse, os, pathlib, shutil, statistics, subprocess, sys, tempfile, time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def corpus_bytes(folder, exts):
    total = 0
    for p in pathlib.Path(folder).rglob("*"):
        if p.is_file() and p.suffix.lower() in exts:
            total += p.stat().st_size
    return total


def timed(cmd, out_path):
    start = time.perf_counter()
    with open(out_path, "wb") as out:
        p = subprocess.run(cmd, stdout=out, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    if p.returncode not in (0, 1):
        sys.exit(f"lihaaz failed ({p.returncode}): {p.stderr.decode()[:400]}")
    return wall


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--threads", type=int, default=0, help="worker threads (0: one per core)")
    ap.add_argument("--java-opts", default="", help="extra JVM options")
    a = ap.parse_args()
    shared = ROOT.parent / "shared" / "corpus"
    folders = a.folders or [str(shared / "en-news-pk"), str(shared / "en-docs")]
    jar = ROOT / "target" / "lihaaz.jar"
    subprocess.run(["bash", str(ROOT / "lihaaz"), "--version"], check=True, stdout=subprocess.DEVNULL)
    java = [shutil.which("java") or "java"] + a.java_opts.split() + ["-jar", str(jar)]
    print(f"machine: {os.cpu_count()} cores; java: {subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "report.json")
        for folder in folders:
            size = corpus_bytes(folder, {".txt", ".md", ".markdown", ".text"})
            cmd = java + ["check", "--format", "json", "--fail-on", "never", "--threads", str(a.threads), folder]
            runs = [timed(cmd, out) for _ in range(a.runs)]
            mbs = [size / 1e6 / r for r in runs]
            print(f"{folder}: {size / 1e6:.1f} MB, median {statistics.median(runs):.2f} s = {statistics.median(mbs):.1f} MB/s"
                  f" (runs: {', '.join(f'{r:.2f}' for r in runs)} s)")
        small = pathlib.Path(tmp, "small.md")
        text = (ROOT / "examples" / "flood-relief-post.md").read_text(encoding="utf-8")
        small.write_text((text * 3)[:2048], encoding="utf-8")
        cmd = java + ["check", "--format", "json", "--fail-on", "never", str(small)]
        timed(cmd, out)  # warm the page cache
        runs = [timed(cmd, out) for _ in range(max(a.runs, 5))]
        print(f"one 2 KB file with findings, whole process: median {statistics.median(runs) * 1000:.0f} ms"
              f" (runs: {', '.join(f'{r * 1000:.0f}' for r in runs)} ms)")


if __name__ == "__main__":
    main()
