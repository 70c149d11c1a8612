// The extension's modules that need no VS Code (Java discovery, sites and hosts, the preview's
// HTML), loaded from the packaged extension (EXTENSION_DIR, the .vsix unpacked) or from out/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const require = createRequire(import.meta.url);
const extension = process.env.EXTENSION_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = (name) => require(path.join(extension, 'out', name));
const { parseJavaVersion, findJava, javaCandidates, NoSuitableJavaError } = out('javaRuntime.js');
const { hostOf, siteOf, hostsOf } = out('sites.js');
const { previewHtml, previewTitle, lineDiff, directoryChanges } = out('previewHtml.js');
const { serverSection } = out('serverSettings.js');
const { resolveSix, sixEnvironment } = out('sixInvocation.js');

test('java -version outputs of old and new Javas', () => {
  assert.equal(parseJavaVersion('openjdk version "17.0.13" 2024-10-15'), 17);
  assert.equal(parseJavaVersion('java version "1.8.0_392"'), 8);
  assert.equal(parseJavaVersion('openjdk version "21" 2023-09-19'), 21);
  assert.equal(parseJavaVersion('no java here'), undefined);
});

test('java candidates: the setting, JAVA_HOME, then PATH', () => {
  assert.deepEqual(javaCandidates('/opt/jdk', { JAVA_HOME: '/usr/lib/jvm/x' }),
    ['/opt/jdk/bin/java', '/usr/lib/jvm/x/bin/java', 'java']);
  assert.deepEqual(javaCandidates('', {}), ['java']);
});

test('a Java 17+ on PATH is found', async () => {
  const java = await findJava('', { PATH: process.env.PATH });
  assert.ok(java.version >= 17, `found Java ${java.version}`);
});

test('no suitable Java: a clear message naming what was tried and the setting', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'six-java-'));
  const old = path.join(dir, 'old');
  fs.mkdirSync(path.join(old, 'bin'), { recursive: true });
  fs.writeFileSync(path.join(old, 'bin', 'java'), '#!/bin/sh\necho \'java version "1.8.0_392"\' >&2\n', { mode: 0o755 });
  const savedPath = process.env.PATH;
  process.env.PATH = dir; // no `java` on PATH
  try {
    await assert.rejects(findJava(old, {}), (error) => {
      assert.ok(error instanceof NoSuitableJavaError);
      assert.match(error.message, /Java 17 or newer/);
      assert.match(error.message, /old\/bin\/java is Java 8/);
      assert.match(error.message, /java does not run/);
      assert.match(error.message, /six\.java\.home/);
      return true;
    });
  } finally {
    process.env.PATH = savedPath;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the server command: the bundled jar on Java, or the configured launcher', async () => {
  const settings = { evaluationRoots: [], evaluationEnable: true, evaluationTimeLimit: 10, nixPath: ['nixpkgs=/n', '/m'],
    diagnosticsDelay: 150, nixpkgs: '', logLevel: 'DEBUG', javaHome: '', serverPath: '', buildArguments: [] };
  const bundled = await resolveSix(settings, extension);
  assert.deepEqual(bundled.prefix.slice(-2), [path.join(extension, 'server', 'six-cli.jar') + path.delimiter +
    path.join(extension, 'server', 'lib', '*'), 'dev.six.cli.Main']);
  assert.equal(bundled.env.NIX_PATH, 'nixpkgs=/n:/m');
  assert.equal(bundled.env.SIX_LOG_LEVEL, 'DEBUG');
  const launcher = await resolveSix({ ...settings, serverPath: '/src/six/six' }, extension);
  assert.equal(launcher.command, '/src/six/six');
  assert.deepEqual(launcher.prefix, []);
  await assert.rejects(resolveSix(settings, os.tmpdir()), /bundled server is missing/);
  assert.equal(sixEnvironment({ ...settings, nixPath: [] }, { NIX_PATH: 'keep' }).NIX_PATH, 'keep');
});

test('hosts and sites', () => {
  assert.equal(hostOf('/s/site/hosts/server.nix'), 'server');
  assert.equal(hostOf('/s/site/hosts/router/hardware.nix'), 'router');
  assert.equal(hostOf('/s/site/default.nix'), undefined);
  const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../corpus');
  assert.equal(siteOf(path.join(corpus, 'site/hosts/server.nix'), []), path.join(corpus, 'site'));
  // the first evaluation root that is a site, relative to the workspace folder
  assert.equal(siteOf('/x/y.nix', ['lib/default.nix', 'site'], corpus), path.join(corpus, 'site'));
  assert.equal(siteOf('/x/y.nix', ['lib'], corpus), undefined);
  assert.deepEqual(hostsOf(path.join(corpus, 'site')), ['router', 'server', 'workstation']);
});

test('the server section: exactly the settings the server reads', () => {
  const settings = { evaluationRoots: ['site'], evaluationEnable: false, evaluationTimeLimit: 3, nixPath: ['nixpkgs=/n'],
    diagnosticsDelay: 400, nixpkgs: '', logLevel: 'DEBUG', javaHome: '/j', serverPath: '/s', buildArguments: ['--no-firmware'] };
  assert.deepEqual(serverSection(settings), {
    evaluation: { roots: ['site'], enable: false, timeLimit: 3 }, nixPath: ['nixpkgs=/n'], diagnostics: { delay: 400 } });
  assert.equal(serverSection({ ...settings, nixpkgs: '/srv/nixpkgs' }).nixpkgs, '/srv/nixpkgs');
});

test('a line diff keeps the lines both texts start and end with', () => {
  assert.deepEqual(lineDiff('a\nb\nc\n', 'a\nx\nc\n'),
    [{ mark: ' ', line: 'a' }, { mark: '-', line: 'b' }, { mark: '+', line: 'x' }, { mark: ' ', line: 'c' }]);
  assert.deepEqual(lineDiff('', 'a\n'), [{ mark: '+', line: 'a' }]);
});

const sshd = {
  root: 'server (default.nix)', keys: ['targets', 'sshd', '__input', 'port'], target: 'targets.sshd',
  before: '22', after: '<2222>', changes: [{ target: 'targets.sshd', path: 'port', before: '22', after: '2222' }],
  serviceDirectory: {
    name: 'sshd',
    before: [{ path: 'run', contents: '#!/bin/sh\nexec sshd\n-p 22\n', executable: true },
      { path: 'type', contents: 'longrun\n', executable: false },
      { path: 'notification-fd', contents: '3\n', executable: false }],
    after: [{ path: 'run', contents: '#!/bin/sh\nexec sshd\n-p 2222\n', executable: true },
      { path: 'type', contents: 'longrun\n', executable: false },
      { path: 'down', contents: '', executable: false }],
  },
};

test('the service directory file by file: unchanged, changed, added, removed', () => {
  const changes = directoryChanges(sshd.serviceDirectory.before, sshd.serviceDirectory.after);
  assert.deepEqual(changes.map((c) => `${c.path} ${c.status}`),
    ['down added', 'notification-fd removed', 'run changed', 'type unchanged']);
  assert.deepEqual(changes[2].diff.map((d) => d.mark + d.line), [' #!/bin/sh', ' exec sshd', '--p 22', '+-p 2222']);
  assert.deepEqual(directoryChanges(null, [{ path: 'type', contents: 'oneshot\n', executable: false }])
    .map((c) => c.status), ['added']);
});

test('the preview panel: target, root, before, after, changes, the directory diffed, escaped', () => {
  const html = previewHtml(sshd);
  assert.match(html, /<h2 class="target">targets\.sshd<\/h2>/);
  assert.match(html, /<code class="keys">targets\.sshd\.__input\.port<\/code>/);
  assert.match(html, /<code class="root">server \(default\.nix\)<\/code>/);
  assert.match(html, /<pre class="before">22<\/pre>/);
  assert.match(html, /<pre class="after">&lt;2222&gt;<\/pre>/);
  assert.match(html, /<td><code>targets\.sshd\.port<\/code><\/td><td><code>22<\/code><\/td><td><code>2222<\/code><\/td>/);
  assert.match(html, /s6-rc service directory <code>sshd\/<\/code>/);
  assert.match(html, /<div class="file changed"><code>run<\/code> \(executable\) <span class="status">changed<\/span>/);
  assert.match(html, /<span class="del">- -p 22<\/span>\n<span class="ins">\+ -p 2222<\/span>/);
  assert.match(html, /<div class="file unchanged"><code>type<\/code> <span class="status">unchanged<\/span><\/div>/);
  assert.match(previewHtml(null), /No infusion at the cursor/);
  assert.equal(previewTitle(sshd), 'Infusion: targets.sshd');
  assert.equal(previewTitle({ ...sshd, target: '' }), 'Infusion: (the whole infusion)');
});
