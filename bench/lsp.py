#!/usr/bin/env python3
"""The language server's speed and memory, measured over stdio as an editor drives it.

Spawns `lihaaz lsp` (the launcher, so the same JVM options and class-data archive as users get;
--cmd to run something else) and prints:

  * start: time from spawn to the first diagnostics of a 2 KB draft (initialize, open, check);
  * edit p50/p95: after a one-word edit, the time until the diagnostics of that version arrive,
    for a 2 KB and a 200 KB Markdown document. The server is started with debounceMs 0, so the
    figures leave out the quiet period an editor session waits (200 ms) and are pure checking;
  * RSS: resident memory of the server process after a scripted session of --edits one-word edits
    spread over ten open documents (2 KB to 200 KB), from /proc.

Drafts are made of paragraphs from ../shared/corpus/en-news-pk when it exists (else the example
drafts), with a few flagged words. A benchmark, not a test: figures depend on the machine and on what
else it is doing.
"""
import argparse, json, os, pathlib, queue, random, statistics, subprocess, sys, threading, time

ROOT = pathlib.Path(__file__).resolve().parent.parent
FLAGGED = ["fireman", "policeman", "chairman", "handicapped", "crazy person", "mankind"]
WORDS = ["river", "market", "people", "council", "morning", "school", "village", "report"]


def paragraphs():
    corpus = ROOT.parent / "shared" / "corpus" / "en-news-pk"
    folder = corpus if corpus.is_dir() else ROOT / "examples"
    out = []
    for p in sorted(folder.glob("*"))[:300]:
        if not p.is_file():
            continue
        for para in p.read_text(encoding="utf-8", errors="replace").split("\n\n"):
            para = " ".join(para.split())
            if len(para) > 60 and not para.startswith(("#", "<!--", "```", "-", "|", ">")):
                out.append(para)
    return out


def draft(paras, size, seed):
    rnd = random.Random(seed)
    parts, total = [], 0
    while total < size:
        p = rnd.choice(paras)
        if rnd.random() < 0.3:
            words = p.split(" ")
            words[rnd.randrange(len(words))] = rnd.choice(FLAGGED)
            p = " ".join(words)
        parts.append(p)
        total += len(p.encode("utf-8")) + 2
    return "\n\n".join(parts) + "\n"


class Server:
    def __init__(self, cmd):
        self.start = time.perf_counter()
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.messages = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            body = out.read(length)
            self.messages.put((time.perf_counter(), json.loads(body)))

    def send(self, msg):
        data = json.dumps(msg).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.proc.stdin.flush()

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            _, m = self.messages.get(timeout=120)
            if m.get("id") == self.next_id and "method" not in m:
                return m

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics(self, uri, version):
        """Waits for the diagnostics of uri at version; returns when they arrived."""
        while True:
            t, m = self.messages.get(timeout=120)
            if m.get("method") == "window/logMessage" and "failed" in m["params"]["message"]:
                print("server:", m["params"]["message"][:300], file=sys.stderr)
            if m.get("method") == "textDocument/publishDiagnostics":
                p = m["params"]
                if p["uri"] == uri and p.get("version") == version:
                    return t, p

    def rss_mb(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def close(self):
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()


def one_word_edit(text, rnd):
    """An LSP change replacing one word of the text: (range, new text, new document text)."""
    lines = text.split("\n")
    while True:
        ln = rnd.randrange(len(lines))
        line = lines[ln]
        spaces = [i for i, c in enumerate(line) if c == " "]
        if len(spaces) >= 2:
            break
    k = rnd.randrange(len(spaces) - 1)
    a, b = spaces[k] + 1, spaces[k + 1]
    word = rnd.choice(WORDS + FLAGGED[:2])
    utf16 = lambda s: len(s.encode("utf-16-le")) // 2
    rng = {"start": {"line": ln, "character": utf16(line[:a])}, "end": {"line": ln, "character": utf16(line[:b])}}
    lines[ln] = line[:a] + word + line[b:]
    return rng, word, "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cmd", default=str(ROOT / "lihaaz") + " lsp", help="how to start the server")
    ap.add_argument("--edits", type=int, default=100, help="edits per document size for the p95")
    ap.add_argument("--session", type=int, default=2000, help="edits in the memory session")
    args = ap.parse_args()
    paras = paragraphs()
    rnd = random.Random(14)
    folder = pathlib.Path("/tmp/lihaaz-bench-lsp")
    folder.mkdir(exist_ok=True)

    srv = Server(args.cmd.split())
    srv.request("initialize", {"processId": os.getpid(), "rootUri": None, "capabilities": {},
                               "initializationOptions": {"debounceMs": 0}})
    srv.notify("initialized", {})
    small = draft(paras, 2 * 1024, 1)
    uri = (folder / "small.md").as_uri()
    srv.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1,
                                                         "text": small}})
    t, p = srv.diagnostics(uri, 1)
    print(f"start: spawn to first diagnostics of a 2 KB draft: {t - srv.start:.2f} s ({len(p['diagnostics'])} findings)")

    docs = {uri: [small, 1]}
    for label, size in (("2 KB", 2 * 1024), ("200 KB", 200 * 1024)):
        u = (folder / f"doc-{size}.md").as_uri()
        text = draft(paras, size, size)
        srv.notify("textDocument/didOpen", {"textDocument": {"uri": u, "languageId": "markdown", "version": 1, "text": text}})
        srv.diagnostics(u, 1)
        docs[u] = [text, 1]
        times = []
        for i in range(args.edits + 10):
            rng, word, text = one_word_edit(docs[u][0], rnd)
            docs[u][0] = text
            docs[u][1] += 1
            sent = time.perf_counter()
            srv.notify("textDocument/didChange", {"textDocument": {"uri": u, "version": docs[u][1]},
                                                  "contentChanges": [{"range": rng, "text": word}]})
            t, _ = srv.diagnostics(u, docs[u][1])
            if i >= 10:  # the first edits warm the JIT
                times.append((t - sent) * 1000)
        times.sort()
        p95 = times[int(len(times) * 0.95) - 1]
        print(f"edit {label}: p50 {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms"
              f" over {len(times)} one-word edits (no quiet period)")

    for n in range(7):
        size = [2, 5, 10, 20, 50, 100, 200][n] * 1024
        u = (folder / f"session-{n}.md").as_uri()
        text = draft(paras, size, 100 + n)
        srv.notify("textDocument/didOpen", {"textDocument": {"uri": u, "languageId": "markdown", "version": 1, "text": text}})
        srv.diagnostics(u, 1)
        docs[u] = [text, 1]
    uris = list(docs)
    start = time.perf_counter()
    for i in range(args.session):
        u = rnd.choice(uris)
        rng, word, text = one_word_edit(docs[u][0], rnd)
        docs[u][0] = text
        docs[u][1] += 1
        srv.notify("textDocument/didChange", {"textDocument": {"uri": u, "version": docs[u][1]},
                                              "contentChanges": [{"range": rng, "text": word}]})
        srv.diagnostics(u, docs[u][1])
    print(f"session: {args.session} edits over {len(uris)} documents in {time.perf_counter() - start:.0f} s;"
          f" RSS after it {srv.rss_mb():.0f} MB")
    srv.close()


if __name__ == "__main__":
    main()
