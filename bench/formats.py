#!/usr/bin/env python3
"""Per-format throughput and the cost of --diff, measured by running the packaged jar.

Builds, from the paragraphs of a corpus folder (default ../shared/corpus/en-news-pk beside the
project, else the example drafts, which are dense with findings and so much slower), one large
file per text format (HTML, SubRip, WebVTT, Markdown
with front matter, Fountain, plain text; about --mb MB each) in a temporary folder, then prints for
each the median MB/s of `lihaaz check --format json` (JVM start included, so small sizes understate
the rate) and of `lihaaz check --diff`. Medians of --runs runs. A benchmark, not a test: figures
depend on the machine and on what else it is doing.
"""
import argparse, os, pathlib, shutil, statistics, subprocess, sys, tempfile, time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def paragraphs(folder):
    out = []
    for p in sorted(pathlib.Path(folder).glob("*"))[:400]:
        for para in p.read_text(encoding="utf-8").split("\n\n"):
            para = " ".join(para.split())
            if len(para) > 40 and not para.startswith(("#", "<!--", "```", "-", "|", ">")):
                out.append(para)
    return out


def build(fmt, paras, size):
    parts, n, total = [], 0, 0
    while total < size:
        p = paras[n % len(paras)]
        n += 1
        if fmt == "html":
            s = f"<p>{p.replace('&', '&amp;')} <code>x = 1</code> <img alt=\"{p[:30]}\" src=\"a.png\"></p>\n"
        elif fmt in ("srt", "vtt"):
            h, m, sec = n // 3600, n // 60 % 60, n % 60
            half = len(p) // 2
            t = f"{h:02}:{m:02}:{sec:02}{',' if fmt == 'srt' else '.'}000 --> {h:02}:{m:02}:{sec:02}{',' if fmt == 'srt' else '.'}900"
            s = f"{n}\n{t}\n{p[:half]}\n{p[half:]}\n\n"
        elif fmt == "fountain":
            s = f"INT. OFFICE - DAY\n\n{p}\n\nSANA\n{p}\n\n"
        else:
            s = p + "\n\n"
        parts.append(s)
        total += len(s.encode("utf-8"))
    body = "".join(parts)
    if fmt == "vtt":
        body = "WEBVTT\n\n" + body
    if fmt == "md":
        body = "---\ntitle: \"A chairman's notes\"\ntags: [policeman, fireman]\n---\n" + body
    if fmt == "html":
        body = "<!DOCTYPE html><html><head><title>Notes</title></head><body>\n" + body + "</body></html>\n"
    return body


def timed(cmd):
    start = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if p.returncode not in (0, 1):
        sys.exit(f"lihaaz failed ({p.returncode}): {p.stderr.decode()[:400]}")
    return time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--corpus", default=None, help="folder of .txt/.md files whose paragraphs fill the files")
    a = ap.parse_args()
    news = ROOT.parent / "shared" / "corpus" / "en-news-pk"
    corpus = a.corpus or (str(news) if news.is_dir() else str(ROOT / "examples"))
    subprocess.run(["bash", str(ROOT / "lihaaz"), "--version"], check=True, stdout=subprocess.DEVNULL)
    java = [shutil.which("java") or "java", "-jar", str(ROOT / "target" / "lihaaz.jar")]
    print(f"machine: {os.cpu_count()} cores; paragraphs of {corpus}; {a.mb} MB per file;"
          f" median of {a.runs} runs (JVM start included)")
    paras = paragraphs(corpus)
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ["txt", "md", "html", "srt", "vtt", "fountain"]:
            f = pathlib.Path(tmp, "big." + fmt)
            f.write_text(build(fmt, paras, int(a.mb * 1e6)), encoding="utf-8")
            mb = f.stat().st_size / 1e6
            check = [timed(java + ["check", "--format", "json", "--fail-on", "never", str(f)]) for _ in range(a.runs)]
            diff = [timed(java + ["check", "--diff", "--fail-on", "never", str(f)]) for _ in range(a.runs)]
            print(f"{fmt:9} {mb:5.1f} MB  check {statistics.median(check):5.2f} s = {mb / statistics.median(check):5.2f} MB/s"
                  f"   --diff {statistics.median(diff):5.2f} s")


if __name__ == "__main__":
    main()
