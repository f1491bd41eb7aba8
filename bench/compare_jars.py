#!/usr/bin/env python3
"""Side-by-side speed of two builds of Lihaaz on one corpus: runs `check --format json` with each jar
in turn (interleaved, so a noisy machine affects both alike), with the launcher's JVM options, and
prints the median wall and CPU time of each and their ratio.

  bench/compare_jars.py OLD.jar NEW.jar [CORPUS] [RUNS]

CORPUS defaults to ../shared/corpus/en-news-pk. A benchmark, not a test.
"""
import os, pathlib, re, resource, statistics, subprocess, sys, tempfile, time

ROOT = pathlib.Path(__file__).resolve().parent.parent
old, new = sys.argv[1], sys.argv[2]
corpus = sys.argv[3] if len(sys.argv) > 3 else str(ROOT.parent / "shared" / "corpus" / "en-news-pk")
runs = int(sys.argv[4]) if len(sys.argv) > 4 else 5
m = re.search(r"^defaults=\((.*)\)$", (ROOT / "lihaaz").read_text(), re.M)
opts = m.group(1).split() if m else []


def one(jar):
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(["java", *opts, "-jar", jar, "check", "--format", "json", "--fail-on", "never",
                        "-o", out.name, corpus], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


res = {old: [], new: []}
for i in range(runs):
    for jar in (old, new):
        res[jar].append(one(jar))
size = sum(p.stat().st_size for p in pathlib.Path(corpus).rglob("*") if p.is_file()) / 1e6
for jar in (old, new):
    w = statistics.median(r[0] for r in res[jar])
    c = statistics.median(r[1] for r in res[jar])
    print(f"{jar}: median wall {w:.2f} s ({size / w:.1f} MB/s), median CPU {c:.2f} s; runs {[round(r[0], 2) for r in res[jar]]}")
wo = statistics.median(r[0] for r in res[old]); wn = statistics.median(r[0] for r in res[new])
co = statistics.median(r[1] for r in res[old]); cn = statistics.median(r[1] for r in res[new])
print(f"new/old: wall {wn / wo:.2f}x, CPU {cn / co:.2f}x ({size:.1f} MB, {runs} interleaved runs each)")
