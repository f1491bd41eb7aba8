#!/usr/bin/env python3
"""Draw random findings from real prose for a person to judge, and total a judged sample.

  bench/judge_sample.py draw CORPUS_DIR N SEED [CHECKER] > sample.tsv
      checks the whole corpus (default checker ./lihaaz), draws N findings at random (seeded) and
      writes one row each: id, rule, level, category, the sentence with the match in [brackets], and
      the sentence with the first replacement in place (article a/an made to agree as the tool does)
      or '(no replacement)' ('(in a quotation ...)' for a finding inside one). Add two columns by hand: flag (y = right, b = borderline, n = wrong) and
      rewrite (y = reads right in place, n = does not, - = no replacement).
  bench/judge_sample.py total sample.tsv
      prints flag precision and rewrite correctness, overall, per level and per category, and the rows
      judged wrong.

Judging is reading: the figures are only as good as the reading. The corpora are in ../shared.
"""
import collections, json, os, random, re, subprocess, sys

SENT_END = ".!?\n\u06d4"


def sentence(text, a, b):
    s = max(text.rfind(c, 0, a) for c in SENT_END) + 1
    ends = [i for i in (text.find(c, b) for c in SENT_END) if i >= 0]
    e = min(ends) + 1 if ends else len(text)
    return s, e


def article_for(word):
    w = word.lower()
    if re.match(r"(uni|use|usu|eu|one|once|ur|ut)", w):
        return "a"
    if re.match(r"(hour|honest|honour|honor|heir)", w):
        return "an"
    return "an" if w[:1] in "aeiou" else "a"


def draw(corpus, n, seed, checker):
    p = subprocess.run(checker + ["check", "--format", "json", "--fail-on", "never", corpus],
                       capture_output=True, text=True)
    rep = json.loads(p.stdout)
    rows = []
    for fr in rep["files"]:
        path = fr["path"]
        for x in fr["findings"]:
            rows.append((path, x))
    rnd = random.Random(seed)
    pick = rnd.sample(rows, min(n, len(rows)))
    print(f"# {len(rows)} findings in {corpus}; {len(pick)} drawn with seed {seed}", file=sys.stderr)
    out = sys.stdout
    out.write("id\trule\tlevel\tcategory\tsentence\trewrite\tflag\trewrite_ok\twhere\n")
    cache = {}
    for i, (path, x) in enumerate(pick, 1):
        if path not in cache:
            cache[path] = list(open(path, encoding="utf-8", errors="replace").read().lstrip("\ufeff"))
        cps = cache[path]
        text = "".join(cps)
        a, b = x["offset"], x["offset"] + x["length"]
        s, e = sentence(text, a, b)
        before, match, after = "".join(cps[s:a]), "".join(cps[a:b]), "".join(cps[b:e])
        sug = x.get("suggestions") or []
        if x.get("quotation"):
            rewrite = "(in a quotation: reported, never rewritten)"
        elif sug:
            m = re.search(r"\b(a|an|A|An)(\s+)$", before)
            pre = before
            if m:
                art = article_for(sug[0])
                art = art.capitalize() if m.group(1)[0].isupper() else art
                pre = before[:m.start(1)] + art + m.group(2)
            rewrite = (pre + sug[0] + after).strip()
        else:
            rewrite = "(no replacement)" + (" advice: " + x["advice"] if x.get("advice") else "")
        clean = lambda t: re.sub(r"\s+", " ", t).strip()
        out.write("\t".join([str(i), x["rule"], x["level"], x["category"],
                             clean(before + "[" + match + "]" + after), clean(rewrite), "", "",
                             f"{os.path.basename(path)}:{x['offset']}"]) + "\n")


def total(path):
    rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8") if not l.startswith(("id\t", "#"))]
    rows = [r for r in rows if len(r) >= 8 and r[6]]

    def score(rs):
        right = sum(1 for r in rs if r[6] == "y")
        border = sum(1 for r in rs if r[6] == "b")
        with_rep = [r for r in rs if r[7] in ("y", "n")]
        rep_ok = sum(1 for r in with_rep if r[7] == "y")
        return (f"{len(rs)} judged: flag right {right}, borderline {border}, wrong {len(rs) - right - border}; "
                f"precision {right / len(rs):.2f} ({(right + border / 2) / len(rs):.2f} counting borderline as half); "
                f"with a replacement {len(with_rep)}, reads right {rep_ok}"
                + (f" ({rep_ok / len(with_rep):.2f})" if with_rep else ""))

    print("all:", score(rows))
    for key, col in (("level", 2), ("category", 3)):
        groups = collections.defaultdict(list)
        for r in rows:
            groups[r[col]].append(r)
        for g in sorted(groups):
            print(f"{key} {g}:", score(groups[g]))
    print("judged wrong (flag n, or rewrite n):")
    for r in rows:
        if r[6] == "n" or r[7] == "n":
            print("  " + " | ".join(r[1:8]))


if __name__ == "__main__":
    if sys.argv[1] == "draw":
        checker = sys.argv[5].split() if len(sys.argv) > 5 else ["./lihaaz"]
        draw(sys.argv[2], int(sys.argv[3]), sys.argv[4], checker)
    elif sys.argv[1] == "total":
        total(sys.argv[2])
    else:
        sys.exit(__doc__)
