// How the extension finds Java and builds the server's command line (node's test runner; no VS Code).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { test } from 'node:test';
import { Environment, Found, JVM_OPTIONS, Launch, Probe, findJava, javaMajor, nodeProbe, serverLaunch, serverSettings } from '../src/launch';

/** A file system of the given files (path → content), with symlinks (link → target). */
function fakeFs(files: Record<string, string>, links: Record<string, string> = {}): Probe {
  return {
    isFile: (f) => f in files || (f in links && links[f] in files),
    readText: (f) => files[f],
    realPath: (f) => links[f] ?? f,
  };
}

const SERVER = '/ext/server';
const JAR = { [`${SERVER}/lihaaz.jar`]: '' };

function where(env: Record<string, string>, platform: NodeJS.Platform = 'linux'): Environment {
  return { env, platform, serverDir: SERVER };
}

function release(version: string): string {
  return `IMPLEMENTOR="Eclipse Adoptium"\nJAVA_VERSION="${version}"\nOS_NAME="Linux"\n`;
}

function value<T>(found: Found<T>): T {
  assert.ok(found.ok, found.ok ? '' : found.error);
  return found.value;
}

test('the lihaaz.java.home setting comes first', () => {
  const probe = fakeFs({
    '/opt/jdk21/bin/java': '',
    '/opt/jdk21/release': release('21.0.2'),
    '/usr/lib/jvm/17/bin/java': '',
    [`${SERVER}/runtime/bin/java`]: '',
  });
  const found = findJava({ javaHome: '/opt/jdk21' }, where({ JAVA_HOME: '/usr/lib/jvm/17', PATH: '/usr/bin' }), probe);
  assert.deepEqual(found, { ok: true, value: '/opt/jdk21/bin/java', source: 'lihaaz.java.home' });
});

test('a wrong lihaaz.java.home is an error, not silently replaced by another Java', () => {
  const probe = fakeFs({ '/usr/lib/jvm/17/bin/java': '', '/opt/jdk11/bin/java': '', '/opt/jdk11/release': release('11.0.20') });
  const missing = findJava({ javaHome: '/opt/nothing' }, where({ JAVA_HOME: '/usr/lib/jvm/17' }), probe);
  assert.ok(!missing.ok && missing.error.includes('/opt/nothing/bin/java'), JSON.stringify(missing));
  const old = findJava({ javaHome: '/opt/jdk11' }, where({ JAVA_HOME: '/usr/lib/jvm/17' }), probe);
  assert.ok(!old.ok && old.error.includes('Java 11'), JSON.stringify(old));
});

test('the bundled runtime comes before JAVA_HOME and the PATH', () => {
  const probe = fakeFs({ [`${SERVER}/runtime/bin/java`]: '', '/usr/lib/jvm/17/bin/java': '', '/usr/bin/java': '' });
  const found = findJava({}, where({ JAVA_HOME: '/usr/lib/jvm/17', PATH: '/usr/bin' }), probe);
  assert.deepEqual(found, { ok: true, value: `${SERVER}/runtime/bin/java`, source: 'the bundled runtime' });
});

test('JAVA_HOME comes before the PATH', () => {
  const probe = fakeFs({ '/usr/lib/jvm/17/bin/java': '', '/usr/bin/java': '' });
  assert.equal(value(findJava({ javaHome: '  ' }, where({ JAVA_HOME: '/usr/lib/jvm/17', PATH: '/usr/bin' }), probe)), '/usr/lib/jvm/17/bin/java');
});

test('an old JAVA_HOME is passed over for a Java 17+ on the PATH, found through its symlink', () => {
  const probe = fakeFs(
    {
      '/opt/jdk8/bin/java': '',
      '/opt/jdk8/release': release('1.8.0_392'),
      '/usr/lib/jvm/java-17/bin/java': '',
      '/usr/lib/jvm/java-17/release': release('17.0.15'),
    },
    { '/usr/bin/java': '/usr/lib/jvm/java-17/bin/java' }
  );
  const found = findJava({}, where({ JAVA_HOME: '/opt/jdk8', PATH: '/home/me/bin:/usr/bin' }), probe);
  assert.deepEqual(found, { ok: true, value: '/usr/bin/java', source: 'PATH' });
});

test('with no usable Java the error says what was passed over and what to set', () => {
  const probe = fakeFs(
    { '/usr/lib/jvm/11/bin/java': '', '/usr/lib/jvm/11/release': release('11.0.2') },
    { '/usr/bin/java': '/usr/lib/jvm/11/bin/java' }
  );
  const found = findJava({}, where({ PATH: '/usr/bin', JAVA_HOME: '/gone' }), probe);
  assert.ok(!found.ok);
  assert.match(found.error, /Java 17 or later/);
  assert.match(found.error, /JAVA_HOME is \/gone/);
  assert.match(found.error, /\/usr\/lib\/jvm\/11 is Java 11/);
  assert.match(found.error, /lihaaz\.java\.home/);
});

test('on Windows it looks for java.exe along a ;-separated Path', () => {
  const probe = fakeFs({ 'C:\\Java\\jdk-17\\bin\\java.exe': '' });
  const env: Environment = { env: { Path: 'C:\\Windows;C:\\Java\\jdk-17\\bin' }, platform: 'win32', serverDir: 'C:\\ext\\server' };
  assert.equal(value(findJava({}, env, probe)), 'C:\\Java\\jdk-17\\bin\\java.exe');
});

test('the command line runs the bundled jar with the launcher JVM options', () => {
  const probe = fakeFs({ ...JAR, '/usr/lib/jvm/17/bin/java': '' });
  const launch: Launch = value(serverLaunch({}, where({ JAVA_HOME: '/usr/lib/jvm/17' }), probe));
  assert.deepEqual(launch, {
    command: '/usr/lib/jvm/17/bin/java',
    args: [...JVM_OPTIONS, '-jar', `${SERVER}/lihaaz.jar`, 'lsp'],
  });
  assert.ok(JVM_OPTIONS.includes('-Xmx80m'), 'memory capped, smaller than the CLI for a long-running server');
});

test('lihaaz.path runs that launcher, needing no Java of ours', () => {
  const launch = serverLaunch({ lihaazPath: '/home/me/bin/lihaaz', javaHome: '/nothing' }, where({}), fakeFs({}));
  assert.deepEqual(value(launch), { command: '/home/me/bin/lihaaz', args: ['lsp'] });
});

test('a missing bundled jar is reported', () => {
  const launch = serverLaunch({}, where({ JAVA_HOME: '/usr/lib/jvm/17' }), fakeFs({ '/usr/lib/jvm/17/bin/java': '' }));
  assert.ok(!launch.ok && launch.error.includes('lihaaz.jar'), JSON.stringify(launch));
});

test('settings go to the server as section lihaaz, empty ones as null (left to .lihaaz.yml)', () => {
  const set: Record<string, string> = { language: 'ur', sureness: '', messages: 'en' };
  assert.deepEqual(serverSettings((k) => set[k]), { lihaaz: { language: 'ur', sureness: null, messages: 'en' } });
});

test('the real file system: version read from the release file, links resolved', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lihaaz-java-'));
  try {
    fs.mkdirSync(path.join(dir, 'jdk', 'bin'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'jdk', 'bin', 'java'), '');
    fs.writeFileSync(path.join(dir, 'jdk', 'release'), release('16.0.1'));
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.symlinkSync(path.join(dir, 'jdk', 'bin', 'java'), path.join(dir, 'bin', 'java'));
    assert.equal(javaMajor(path.join(dir, 'jdk'), nodeProbe), 16);
    const found = findJava({}, where({ PATH: path.join(dir, 'bin') }), nodeProbe);
    assert.ok(!found.ok && found.error.includes('is Java 16'), JSON.stringify(found));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
