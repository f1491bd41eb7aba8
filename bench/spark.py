#!/usr/bin/env python3
"""The Spark job (docs/spark.md) side by side with the CLI on the same folders.

For each corpus folder (default: ../shared/corpus/en-news-pk, ur-news and roman-ur beside the
project) prints documents/s and MB/s of:

  cli t1, cli t2      lihaaz check --format json --threads 1|2, JVM options of the launcher
  spark local[1], [2] the job jar on Spark in local mode, reading the folder (one document a file)
                      and writing Parquet tables; the JVM is the driver and the executor at once

with wall time, CPU time and peak resident memory of each process, and the findings each counted
(they must agree). Spark runs on the class path a cluster gives it: Spark's own jars as Maven
resolves spark-sql (its own Jackson and Log4j) plus target/lihaaz-VERSION-spark.jar, not the
project's test class path. Start-up is measured on one 200-byte file: "net" figures subtract it.
Runs are interleaved (one of each configuration, then again), so a noisy machine touches them
alike; every run is listed and the median taken.

This is a benchmark, not a test: the figures depend on the machine and on what else it is doing.
"""
import argparse, json, os, pathlib, re, shutil, statistics, subprocess, sys, tempfile, time

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXTS = {".md", ".markdown", ".txt", ".text", ".html", ".htm", ".xhtml", ".srt", ".vtt", ".fountain"}
# What spark-submit adds on Java 17 (Spark's JavaModuleOptions).
OPENS = ["-XX:+IgnoreUnrecognizedVMOptions"] + [f"--add-opens=java.base/{p}=ALL-UNNAMED" for p in (
    "java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net", "java.nio", "java.util",
    "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref", "sun.nio.ch", "sun.nio.cs",
    "sun.security.action", "sun.util.calendar")] + ["-Djdk.reflect.useDirectMethodHandle=false",
                                                    "-Dio.netty.tryReflectionSetAccessible=true"]


def pom_property(name):
    m = re.search(rf"<{re.escape(name)}>([^<]+)</{re.escape(name)}>", (ROOT / "pom.xml").read_text())
    return m.group(1)


def launcher_opts():
    m = re.search(r"^defaults=\((.*)\)$", (ROOT / "lihaaz").read_text(), re.M)
    return m.group(1).split() if m else []


def spark_classpath():
    """Spark's runtime jars, as a cluster has them (resolved once into target/spark-runtime/)."""
    folder = ROOT / "target" / "spark-runtime"
    cp = folder / "classpath.txt"
    if not cp.exists():
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "pom.xml").write_text(f"""<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>spark-runtime</artifactId><version>1</version>
  <dependencies><dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_2.13</artifactId>
    <version>{pom_property("spark.version")}</version></dependency></dependencies>
</project>
""")
        subprocess.run(["mvn", "-B", "-q", "-f", str(folder / "pom.xml"), "dependency:build-classpath",
                        f"-Dmdep.outputFile={cp}"], check=True)
    return cp.read_text().strip()


def documents(folder):
    files = [p for p in pathlib.Path(folder).rglob("*")
             if p.is_file() and p.suffix.lower() in EXTS and not any(part.startswith((".", "_")) for part in p.parts[-1:])]
    return len(files), sum(p.stat().st_size for p in files)


def run(cmd, out_path, err_path):
    """Wall seconds, CPU seconds, peak resident MB and exit code of one process."""
    start = time.perf_counter()
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        p = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=ROOT)
        _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--executor-memory", default="1g", help="heap of the local-mode JVM (driver and executor)")
    args = ap.parse_args()
    folders = args.folders or [str(ROOT.parent / "shared" / "corpus" / n) for n in ("en-news-pk", "ur-news", "roman-ur")]
    version = pom_property("version")
    job_jar = ROOT / "target" / f"lihaaz-{version}-spark.jar"
    cli_jar = ROOT / "target" / "lihaaz.jar"
    if not job_jar.exists() or not cli_jar.exists():
        subprocess.run(["mvn", "-B", "-q", "-DskipTests", "-Dlihaaz.skipDist=true", "package"], cwd=ROOT, check=True)
    cp = f"{job_jar}:{spark_classpath()}"
    cli_opts = launcher_opts()
    cds = ROOT / "target" / "lihaaz.jsa"
    if cds.exists() and cds.stat().st_mtime > cli_jar.stat().st_mtime:
        cli_opts += [f"-XX:SharedArchiveFile={cds}", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"]

    tmp = pathlib.Path(tempfile.mkdtemp(prefix="lihaaz-spark-bench-"))
    tiny = tmp / "tiny"
    tiny.mkdir()
    (tiny / "note.md").write_text("The fireman spoke to the chairman about the flood-relief camp.\n" * 3)

    def cli(threads):
        return lambda folder, out: ["java", *cli_opts, "-jar", str(cli_jar), "check", "--format", "json",
                                    "--fail-on", "never", "--threads", str(threads), "-o", str(out / "report.json"), folder]

    def spark(n):
        return lambda folder, out: ["java", f"-Xmx{args.executor_memory}", *OPENS, f"-Dspark.master=local[{n}]",
                                    "-Dspark.ui.enabled=false", "-Dspark.driver.host=127.0.0.1", "-cp", cp,
                                    "org.lihaaz.spark.LihaazJob", "--in", folder, "--out", str(out / "tables")]

    configs = {"cli t1": cli(1), "cli t2": cli(2), "spark local[1]": spark(1), "spark local[2]": spark(2)}
    results = {}  # (folder, config) -> list of (wall, cpu, rss, findings)
    n = 0
    for r in range(args.runs):
        for folder in [str(tiny)] + folders:
            for name, make in configs.items():
                n += 1
                out = tmp / f"run{n}"
                out.mkdir()
                wall, cpu, rss, code = run(make(folder, out), out / "stdout", out / "stderr")
                if code != 0:
                    sys.exit(f"{name} on {folder} failed ({code}): {(out / 'stderr').read_text()[-800:]}")
                if name.startswith("cli"):
                    findings = json.loads((out / "report.json").read_text())["summary"]["findings"]
                else:
                    m = re.search(r"lihaaz-spark: ([\d,]+) findings", (out / "stdout").read_text())
                    findings = int(m.group(1).replace(",", ""))
                results.setdefault((folder, name), []).append((wall, cpu, rss, findings))
                print(f"run {r + 1}: {pathlib.Path(folder).name:12} {name:15} {wall:6.2f} s  cpu {cpu:6.2f} s  "
                      f"rss {rss:5.0f} MB  findings {findings}", flush=True)
                shutil.rmtree(out)

    print(f"\nexecutor memory (heap of the local-mode JVM): {args.executor_memory}; runs: {args.runs}; "
          f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    start = {name: statistics.median(x[0] for x in results[(str(tiny), name)]) for name in configs}
    print("start-up (one 200-byte file): " + ", ".join(f"{k} {v:.2f} s" for k, v in start.items()))
    print(f"\n{'corpus':12} {'docs':>6} {'MB':>6}  {'config':15} {'wall s':>7} {'docs/s':>8} {'MB/s':>6} "
          f"{'net docs/s':>10} {'net MB/s':>8} {'cpu s':>6} {'peak MB':>7} {'findings':>8}")
    for folder in folders:
        docs, size = documents(folder)
        mb = size / 1e6
        for name in configs:
            runs = results[(folder, name)]
            wall = statistics.median(x[0] for x in runs)
            cpu = statistics.median(x[1] for x in runs)
            rss = max(x[2] for x in runs)
            net = max(wall - start[name], 1e-9)
            found = sorted({x[3] for x in runs})
            print(f"{pathlib.Path(folder).name:12} {docs:6d} {mb:6.2f}  {name:15} {wall:7.2f} {docs / wall:8.1f} "
                  f"{mb / wall:6.2f} {docs / net:10.1f} {mb / net:8.2f} {cpu:6.1f} {rss:7.0f} "
                  f"{','.join(map(str, found)):>8}")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
