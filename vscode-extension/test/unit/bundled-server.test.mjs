// The packaged extension's server, started as the extension starts it (resolveSix from the
// unpacked .vsix in EXTENSION_DIR, Java from PATH) and driven over JSON-RPC with the
// vscode-jsonrpc the .vsix bundles, as VS Code's client talks to it (work-done progress, settings
// pulled with workspace/configuration, the extension's initializationOptions) on a copy of corpus/
// (SIX_TEST_CORPUS): diagnostics of a broken service, a definition across services, the settings
// reaching the server, indexing progress, the evaluated value in hover and an infusion preview.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const extension = process.env.EXTENSION_DIR;
const corpus = process.env.SIX_TEST_CORPUS;
const rpc = require(path.join(extension, 'node_modules', 'vscode-jsonrpc', 'node'));
const { resolveSix } = require(path.join(extension, 'out', 'sixInvocation.js'));
const { serverSection } = require(path.join(extension, 'out', 'serverSettings.js'));

// Settings the server does not default to, so that its log shows they arrived.
const settings = { evaluationRoots: ['site'], evaluationEnable: true, evaluationTimeLimit: 30, nixPath: [],
  diagnosticsDelay: 150, nixpkgs: '', logLevel: 'INFO', javaHome: '', serverPath: '', buildArguments: [] };
const uri = (relative) => pathToFileURL(path.join(corpus, relative)).href;

function within(promise, millis, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), millis);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Calls `probe` until it returns something truthy, or fails after `millis`. */
async function poll(probe, millis, what) {
  const deadline = Date.now() + millis;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

test('the bundled server: diagnostics, definition, settings, progress, values, preview, shutdown', { timeout: 240000 }, async () => {
  const six = await resolveSix(settings, extension);
  const server = spawn(six.command, [...six.prefix, 'lsp'], { env: six.env, stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = rpc.createMessageConnection(
    new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  const diagnostics = new Map();
  const waiters = [];
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    diagnostics.set(params.uri, params.diagnostics);
    waiters.forEach((w) => w());
  });
  const created = [];
  const progress = [];
  const configurationRequests = [];
  connection.onRequest('window/workDoneProgress/create', (params) => {
    created.push(params.token);
    return null;
  });
  connection.onRequest('workspace/configuration', (params) => {
    configurationRequests.push(params);
    return params.items.map((item) => (item.section === 'six' ? serverSection(settings) : null));
  });
  connection.onNotification('$/progress', (params) => progress.push(params));
  connection.onRequest(() => null);
  connection.listen();
  const exited = new Promise((resolve) => server.on('exit', resolve));
  try {
    const init = await within(connection.sendRequest('initialize', {
      processId: process.pid, rootUri: pathToFileURL(corpus).href,
      workspaceFolders: [{ uri: pathToFileURL(corpus).href, name: 'corpus' }],
      capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true } },
      initializationOptions: { six: serverSection(settings) },
      clientInfo: { name: 'bundled-server.test' },
    }), 60000, 'initialize');
    assert.equal(init.serverInfo.name, 'six');
    await connection.sendNotification('initialized', {});

    const broken = uri('broken/undefined-variable/svcs/by-name/kl/klogd/service.nix');
    await connection.sendNotification('textDocument/didOpen', { textDocument: {
      uri: broken, languageId: 'nix', version: 1, text: fs.readFileSync(new URL(broken), 'utf8') } });
    const published = await within(new Promise((resolve) => {
      const check = () => diagnostics.has(broken) && resolve(diagnostics.get(broken));
      waiters.push(check);
      check();
    }), 30000, 'diagnostics');
    const undefinedBusybox = published.find((d) => d.message.includes("undefined variable 'busybox'"));
    assert.ok(undefinedBusybox, JSON.stringify(published));
    assert.equal(undefinedBusybox.severity, 1);
    assert.equal(undefinedBusybox.range.start.line, 2);

    const unbound = uri('six/svcs/by-name/un/unbound/service.nix');
    const text = fs.readFileSync(new URL(unbound), 'utf8');
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: unbound, languageId: 'nix', version: 1, text } });
    const line = text.split('\n')[34];
    const character = line.indexOf('targets.netif;') + 'targets.'.length;
    const definition = await within(connection.sendRequest('textDocument/definition', {
      textDocument: { uri: unbound }, position: { line: 34, character } }), 30000, 'definition');
    const locations = Array.isArray(definition) ? definition : [definition];
    assert.ok(locations.some((l) => (l.uri ?? l.targetUri) === uri('six/svcs/by-name/ne/netif/service.nix')),
      JSON.stringify(definition));

    // the settings: pulled, and applied (the server logs them; XDG_CACHE_HOME is the test's)
    const log = path.join(process.env.XDG_CACHE_HOME, 'six', 'lsp.log');
    await poll(() => fs.existsSync(log) && fs.readFileSync(log, 'utf8').includes(
      'settings: Settings[roots=[site], nixPath=[], evaluation=true, timeLimit=PT30S'), 30000, 'the settings in the log');
    assert.ok(configurationRequests.some((r) => r.items.some((item) => item.section === 'six')));

    // indexing progress: a token created, then begin, reports and end on it
    const token = await poll(() => created[0], 30000, 'window/workDoneProgress/create');
    const ended = await poll(() => progress.find((p) => p.token === token && p.value.kind === 'end'), 60000, 'progress end');
    const begin = progress.find((p) => p.token === token && p.value.kind === 'begin');
    assert.match(begin.value.title, /indexing/);
    assert.ok(progress.some((p) => p.token === token && p.value.kind === 'report' && /files/.test(p.value.message)),
      JSON.stringify(progress));
    assert.ok(progress.indexOf(begin) < progress.indexOf(ended));

    // after the first evaluation (it starts after initialized): the value of lanAddr in hover
    const router = uri('site/hosts/router.nix');
    const routerText = fs.readFileSync(new URL(router), 'utf8');
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: router, languageId: 'nix', version: 1, text: routerText } });
    const routerLines = routerText.split('\n');
    const lanAddr = { line: 5, character: routerLines[5].indexOf('lanAddr') };
    const hover = await poll(async () => {
      const h = await connection.sendRequest('textDocument/hover', { textDocument: { uri: router }, position: lanAddr });
      const value = h?.contents?.value ?? '';
      return value.includes('Evaluated') ? value : null;
    }, 120000, 'the evaluated value in hover');
    assert.match(hover, /in `router`/);
    assert.match(hover, /"10\.10\.0\.1"/);

    // the infusion preview of port.__default = 22 in the dropbear overlay
    const port = { line: 61, character: routerLines[61].indexOf('port.__default') };
    const preview = await poll(() => connection.sendRequest('six/infusionPreview', { textDocument: { uri: router }, position: port }),
      60000, 'six/infusionPreview');
    assert.equal(preview.target, 'targets.dropbear');
    assert.equal(preview.after, '22');
    assert.deepEqual(preview.keys, ['targets', 'dropbear', '__input', 'port']);
    assert.ok(preview.changes.some((c) => c.path === 'port' && c.after === '22'), JSON.stringify(preview.changes));
    assert.equal(preview.serviceDirectory.name, 'dropbear');
    assert.ok(preview.serviceDirectory.after.some((f) => f.path === 'run' && f.executable && f.contents.includes('-p 22')));

    await within(connection.sendRequest('shutdown'), 30000, 'shutdown');
    await connection.sendNotification('exit');
    assert.equal(await within(exited, 30000, 'exit'), 0);
  } finally {
    connection.dispose();
    server.kill();
  }
});
