#!/usr/bin/env python3
"""Figures for Urdu and Roman Urdu, printed (not a test): language detection accuracy per paragraph
on the hand-written cases, the flag rate on abusive and normal RUHSOLD tweets, findings per MB on the
real corpora, and a fixed random sample of findings to judge by reading.

    python3 bench/urdu_quality.py [--shared ../shared] [--sample 50] [--checker ./lihaaz]

Needs ../shared (eval/ and corpus/); the test suite does not.
"""
import argparse, collections, json, os, pathlib, random, shlex, subprocess, sys, tempfile


def check(checker, folder, lang):
    cmd = shlex.split(checker) + ["check", "--format", "json", "--fail-on", "never", "--lang", lang, str(folder)]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode not in (0, 1):
        sys.exit(f"checker failed: {p.stderr[:400]}")
    return json.loads(p.stdout)


def write_cases(folder, cases):
    names = {}
    for i, c in enumerate(cases):
        name = f"case{i:06d}.txt"
        pathlib.Path(folder, name).write_text(c["text"], encoding="utf-8")
        names[name] = c
    return names


def detection(checker, shared):
    cases = [json.loads(l) for l in open(shared / "eval/cases-handwritten-dev.jsonl", encoding="utf-8") if l.strip()]
    with tempfile.TemporaryDirectory() as d:
        names = write_cases(d, cases)
        report = check(checker, d, "auto")
    got = {os.path.basename(f["path"]): f["language"] for f in report["files"]}
    stats = collections.defaultdict(collections.Counter)
    wrong = []
    for name, c in names.items():
        stats[c["lang"]][got[name]] += 1
        if got[name] != c["lang"]:
            wrong.append((c["lang"], got[name], c["text"][:100]))
    print("Language detection per paragraph (hand-written cases, --lang auto):")
    total = right = 0
    for lang, counter in sorted(stats.items()):
        n = sum(counter.values())
        total += n
        right += counter[lang]
        print(f"  {lang:9} {counter[lang]}/{n} = {counter[lang] / n:.3f}   detected as {dict(counter)}")
    print(f"  all       {right}/{total} = {right / total:.3f}")
    for w in wrong:
        print("  wrong:", w)


def ruhsold(checker, shared):
    cases = [json.loads(l) for l in open(shared / "eval/real-ruhsold-train.jsonl", encoding="utf-8") if l.strip()]
    print("RUHSOLD train tweets: share with at least one finding")
    for lang in ("roman-ur", "auto"):
        with tempfile.TemporaryDirectory() as d:
            names = write_cases(d, cases)
            report = check(checker, d, lang)
        hit = {os.path.basename(f["path"]) for f in report["files"] if f["findings"]}
        by = collections.defaultdict(collections.Counter)
        for name, c in names.items():
            key = "normal" if c["expect"] == "clean" else "abusive/" + c.get("category", "other")
            for k in (key, "abusive (all)" if c["expect"] == "flag" else None):
                if k:
                    by[k]["n"] += 1
                    by[k]["flagged"] += name in hit
        print(f"  --lang {lang}:")
        for k in sorted(by):
            s = by[k]
            print(f"    {k:26} {s['flagged']:4}/{s['n']:<4} = {s['flagged'] / s['n']:.3f}")


def corpora(checker, shared, sample, seed):
    picked = []
    for name, lang in (("ur-news", "ur"), ("roman-ur", "roman-ur")):
        folder = shared / "corpus" / name
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
        for mode in (lang, "auto"):
            report = check(checker, folder, mode)
            findings = [(f["path"], x) for f in report["files"] for x in f["findings"]]
            rules = collections.Counter(x["rule"] for _, x in findings)
            print(f"{name} ({size / 1e6:.2f} MB) --lang {mode}: {len(findings)} findings, {len(findings) / (size / 1e6):.1f} per MB")
            if mode == lang:
                print("  by rule:", ", ".join(f"{r} {n}" for r, n in rules.most_common()))
                picked.append((folder, findings))
    rng = random.Random(seed)
    print(f"\nSample of findings to judge by reading (seed {seed}):")
    n = 0
    for folder, findings in picked:
        # Urdu news has few findings: take them all; fill the rest from the Roman Urdu corpus.
        take = findings if len(findings) <= sample // 3 else rng.sample(findings, min(len(findings), sample - n))
        for path, f in take:
            text = pathlib.Path(path).read_text(encoding="utf-8")
            o, l = f["offset"], f["length"]
            before = text[max(0, o - 70):o].replace("\n", " ")
            after = text[o + l:o + l + 50].replace("\n", " ")
            n += 1
            print(f"{n:3}. {f['rule']}: …{before}[[{text[o:o + l]}]]{after}…")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(pathlib.Path(__file__).resolve().parent.parent.parent / "shared"))
    ap.add_argument("--checker", default="./lihaaz")
    ap.add_argument("--sample", type=int, default=60)
    ap.add_argument("--seed", type=int, default=6)
    a = ap.parse_args()
    shared = pathlib.Path(a.shared)
    if not (shared / "eval").is_dir():
        sys.exit(f"no {shared}/eval: pass --shared")
    detection(a.checker, shared)
    print()
    ruhsold(a.checker, shared)
    print()
    corpora(a.checker, shared, a.sample, a.seed)


if __name__ == "__main__":
    main()
