// The packaged extension's server, started as the extension starts it (resolveSix from the
// unpacked .vsix in EXTENSION_DIR, Java from PATH) and driven over JSON-RPC with the
// vscode-jsonrpc the .vsix bundles: diagnostics of a broken service and a definition across
// services on a copy of corpus/ (SIX_TEST_CORPUS).
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

const settings = { siteRoot: '', nixPath: '', evaluateOnSave: true, logLevel: 'INFO', javaHome: '', serverPath: '', buildArguments: [] };
const uri = (relative) => pathToFileURL(path.join(corpus, relative)).href;

function within(promise, millis, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), millis);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

test('the bundled server: diagnostics, definition across services, shutdown', { timeout: 120000 }, async () => {
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
  connection.onRequest(() => null);
  connection.listen();
  const exited = new Promise((resolve) => server.on('exit', resolve));
  try {
    const init = await within(connection.sendRequest('initialize', {
      processId: process.pid, rootUri: pathToFileURL(corpus).href,
      workspaceFolders: [{ uri: pathToFileURL(corpus).href, name: 'corpus' }],
      capabilities: {}, clientInfo: { name: 'bundled-server.test' },
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

    await within(connection.sendRequest('shutdown'), 30000, 'shutdown');
    await connection.sendNotification('exit');
    assert.equal(await within(exited, 30000, 'exit'), 0);
  } finally {
    connection.dispose();
    server.kill();
  }
});
