// How the extension starts the language server: which Java, and the command line. Kept free of the
// vscode module so it runs under node's test runner without downloading VS Code.
import * as fs from 'fs';
import * as path from 'path';

/**
 * The JVM options the release launcher bin/lihaaz gives the language server (see docs/performance.md):
 * a small heap that gives memory back, serial GC, C1 only.
 */
export const JVM_OPTIONS: readonly string[] = [
  '-XX:+UseSerialGC',
  '-Xmx80m',
  '-XX:-UsePerfData',
  '-XX:TieredStopAtLevel=1',
  '-XX:ReservedCodeCacheSize=16m',
  '-Xss256k',
  '-XX:MaxHeapFreeRatio=20',
  '-XX:MinHeapFreeRatio=10',
];

/** The least Java the server runs on. */
export const MIN_JAVA = 17;

/** File-system look-ups, replaceable in tests. */
export interface Probe {
  isFile(file: string): boolean;
  readText(file: string): string | undefined;
  realPath(file: string): string;
}

export const nodeProbe: Probe = {
  isFile: (file) => {
    try {
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  },
  readText: (file) => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
  realPath: (file) => {
    try {
      return fs.realpathSync(file);
    } catch {
      return file;
    }
  },
};

export interface Settings {
  /** lihaaz.path: a lihaaz launcher to run as `<path> lsp` instead of the bundled server. */
  lihaazPath?: string;
  /** lihaaz.java.home */
  javaHome?: string;
}

export interface Environment {
  env: { [name: string]: string | undefined };
  platform: NodeJS.Platform;
  /** The extension's server folder: lihaaz.jar, lib/ and, in a platform build, runtime/. */
  serverDir: string;
}

export type Found<T> = { ok: true; value: T; source: string } | { ok: false; error: string };

export interface Launch {
  command: string;
  args: string[];
}

function javaIn(home: string, platform: NodeJS.Platform): string {
  // The path module of the target platform, so tests of Windows paths run anywhere.
  const p = platform === 'win32' ? path.win32 : path.posix;
  return p.join(home, 'bin', platform === 'win32' ? 'java.exe' : 'java');
}

/** The major version in a Java installation's `release` file (JAVA_VERSION="17.0.2" → 17, "1.8.0" → 8). */
export function javaMajor(home: string, probe: Probe): number | undefined {
  const release = probe.readText(path.join(home, 'release'));
  const m = release?.match(/^JAVA_VERSION="(\d+)(?:\.(\d+))?/m);
  if (!m) {
    return undefined;
  }
  const major = Number(m[1]);
  return major === 1 && m[2] !== undefined ? Number(m[2]) : major;
}

/** Why a Java installation cannot run the server, or undefined when it can (or its version is unknown). */
function tooOld(home: string, probe: Probe): string | undefined {
  const major = javaMajor(home, probe);
  return major !== undefined && major < MIN_JAVA ? `${home} is Java ${major}; Lihaaz needs ${MIN_JAVA} or later` : undefined;
}

/**
 * The java executable to run the bundled server with: the lihaaz.java.home setting (an error if it is
 * wrong: a setting is never skipped silently), then the runtime bundled in a platform build of the
 * extension, then JAVA_HOME, then java on the PATH. Installations older than Java 17 are passed over.
 */
export function findJava(settings: Settings, where: Environment, probe: Probe = nodeProbe): Found<string> {
  const javaHome = settings.javaHome?.trim();
  if (javaHome) {
    const java = javaIn(javaHome, where.platform);
    if (!probe.isFile(java)) {
      return { ok: false, error: `lihaaz.java.home is ${javaHome}, but there is no ${java}` };
    }
    const old = tooOld(javaHome, probe);
    return old ? { ok: false, error: `lihaaz.java.home: ${old}` } : { ok: true, value: java, source: 'lihaaz.java.home' };
  }
  const bundled = javaIn(path.join(where.serverDir, 'runtime'), where.platform);
  if (probe.isFile(bundled)) {
    return { ok: true, value: bundled, source: 'the bundled runtime' };
  }
  const passedOver: string[] = [];
  const fromEnv = where.env['JAVA_HOME']?.trim();
  if (fromEnv) {
    const java = javaIn(fromEnv, where.platform);
    const old = probe.isFile(java) ? tooOld(fromEnv, probe) : `JAVA_HOME is ${fromEnv}, but there is no ${java}`;
    if (!old) {
      return { ok: true, value: java, source: 'JAVA_HOME' };
    }
    passedOver.push(old);
  }
  const pathVar = where.env['PATH'] ?? where.env['Path'] ?? '';
  const delimiter = where.platform === 'win32' ? ';' : ':';
  for (const folder of pathVar.split(delimiter).filter((f) => f.length > 0)) {
    const java = (where.platform === 'win32' ? path.win32 : path.posix).join(
      folder,
      where.platform === 'win32' ? 'java.exe' : 'java'
    );
    if (!probe.isFile(java)) {
      continue;
    }
    // /usr/bin/java is a link into the installation, whose release file tells the version.
    const home = path.dirname(path.dirname(probe.realPath(java)));
    const old = tooOld(home, probe);
    if (!old) {
      return { ok: true, value: java, source: 'PATH' };
    }
    passedOver.push(old);
  }
  const why = passedOver.length > 0 ? ` (passed over: ${passedOver.join('; ')})` : '';
  return {
    ok: false,
    error:
      `Lihaaz needs Java ${MIN_JAVA} or later and found none${why}: install one, ` +
      'or set lihaaz.java.home, or set lihaaz.path to an installed bin/lihaaz.',
  };
}

/** The command line that starts `lihaaz lsp` over stdio. */
export function serverLaunch(settings: Settings, where: Environment, probe: Probe = nodeProbe): Found<Launch> {
  const lihaazPath = settings.lihaazPath?.trim();
  if (lihaazPath) {
    return { ok: true, value: { command: lihaazPath, args: ['lsp'] }, source: 'lihaaz.path' };
  }
  const jar = path.join(where.serverDir, 'lihaaz.jar');
  if (!probe.isFile(jar)) {
    return { ok: false, error: `the bundled server ${jar} is missing: reinstall the extension, or set lihaaz.path` };
  }
  const java = findJava(settings, where, probe);
  if (!java.ok) {
    return java;
  }
  return {
    ok: true,
    value: { command: java.value, args: [...JVM_OPTIONS, '-jar', jar, 'lsp'] },
    source: java.source,
  };
}

/** What the server reads from workspace/didChangeConfiguration; null leaves it to .lihaaz.yml. */
export interface ServerSettings {
  lihaaz: { language: string | null; sureness: string | null; messages: string | null };
}

export function serverSettings(get: (key: string) => string | undefined): ServerSettings {
  const value = (key: string) => {
    const v = get(key)?.trim();
    return v ? v : null;
  };
  return { lihaaz: { language: value('language'), sureness: value('sureness'), messages: value('messages') } };
}
