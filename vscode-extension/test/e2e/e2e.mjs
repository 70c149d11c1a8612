// End to end in a real VS Code: code-server (Code-OSS) with the packaged .vsix installed, driven
// by Debian's chromium through playwright-core, on a copy of corpus/. Checks what a user sees:
// the Nix language and grammar, the squiggle of a broken service, a hover, a definition across
// services, indexing progress in the status bar, the settings reaching the server, the evaluated
// value in hover, the infusion preview panel (from the command and from a code lens); screenshots
// go to ARTIFACTS. Environment: CODE_SERVER
// (the install directory of ./install), VSIX, SIX_TEST_CORPUS, ARTIFACTS, WORK (a scratch dir).
import { spawn, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

const install = process.env.CODE_SERVER;
const node = path.join(install, 'node', 'bin', 'node');
const entry = path.join(install, 'code-server', 'out', 'node', 'entry.js');
const corpus = process.env.SIX_TEST_CORPUS;
const artifacts = process.env.ARTIFACTS;
const work = process.env.WORK;
const userData = path.join(work, 'user-data');
const extensions = path.join(work, 'extensions');
const env = { ...process.env, XDG_CONFIG_HOME: path.join(work, 'config'), XDG_DATA_HOME: path.join(work, 'data'),
  XDG_CACHE_HOME: path.join(work, 'cache') };

let passed = 0;
let failed = 0;
let page;
async function check(name, body) {
  const start = Date.now();
  try {
    await body();
    passed++;
    console.log(`passed  ${name} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed++;
    await page?.screenshot({ path: path.join(artifacts, `failed-${passed + failed}.png`) }).catch(() => {});
    console.log(`FAILED  ${name}: ${String(error?.message ?? error).split('\n')[0]}`);
  }
}

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
fs.mkdirSync(artifacts, { recursive: true });
fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'workbench.editor.enablePreview': false,
  'editor.hover.delay': 100,
  'six.build.arguments': ['--no-firmware'],
  // settings the server does not default to, so that its log shows they arrived
  'six.evaluation.roots': ['site'],
  'six.evaluation.timeLimit': 30,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
}));
execFileSync(node, [entry, '--user-data-dir', userData, '--extensions-dir', extensions,
  '--install-extension', process.env.VSIX], { env, stdio: 'inherit' });

const port = await freePort();
const codeServer = spawn(node, [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
  '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', userData, '--extensions-dir', extensions,
  corpus], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
const serverLog = fs.createWriteStream(path.join(artifacts, 'code-server.log'));
codeServer.stdout.pipe(serverLog);
codeServer.stderr.pipe(serverLog);
await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('code-server did not start')), 60000);
  codeServer.stdout.on('data', (chunk) => {
    if (String(chunk).includes('HTTP server listening')) {
      clearTimeout(timer);
      resolve();
    }
  });
});

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
// Every text the six status bar item shows, from the start (indexing is over in a moment).
await page.addInitScript(() => {
  window.sixStatusTexts = [];
  new MutationObserver(() => {
    for (const item of document.querySelectorAll('.statusbar-item')) {
      const text = (item.textContent ?? '').trim();
      if (/^six\b/.test(text) && window.sixStatusTexts.at(-1) !== text) window.sixStatusTexts.push(text);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
});
const shot = (name) => page.screenshot({ path: path.join(artifacts, `${name}.png`) });
const lines = (relative) => fs.readFileSync(path.join(corpus, relative), 'utf8').split('\n');

// Closes whatever a failed step left open (quick input, hover), so the next starts clean.
async function reset() {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
}

async function quickInput(keys, text) {
  await reset();
  await page.keyboard.press(keys);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(text);
}

async function openFile(relative) {
  await quickInput('Control+P', relative);
  const base = path.basename(relative);
  const parent = path.basename(path.dirname(relative));
  // Several files are called service.nix: pick the row of this one (its folder is in the label).
  const row = page.locator(`.quick-input-list .monaco-list-row[aria-label*="${base}"][aria-label*="${parent}"]`).first();
  await row.waitFor({ timeout: 20000 });
  await row.click();
  await page.locator(`.tab.active[aria-label*="${base}"]`).waitFor({ timeout: 20000 });
  await page.locator(`.breadcrumbs-control:has-text("${parent}")`).first().waitFor({ timeout: 20000 });
}

async function goTo(line, column) {
  await page.mouse.move(150, 900); // the pointer's tooltips are not the hovers looked for
  // The quick input can take Enter before it has read the line; then it is pressed again.
  const cursor = page.locator(`.statusbar-item:has-text("Ln ${line}, Col ${column}")`);
  for (let attempt = 1; ; attempt++) {
    await quickInput('Control+G', `:${line}:${column}`);
    await page.locator(`.quick-input-list .monaco-list-row:has-text("line ${line}")`).first()
      .waitFor({ timeout: 10000 }).catch(() => {});
    await page.keyboard.press('Enter');
    try {
      await cursor.waitFor({ timeout: 5000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

async function runCommand(title) {
  await quickInput('F1', `>${title}`);
  const row = page.locator(`.quick-input-list .monaco-list-row[aria-label*="${title.replace(/^six: /, '')}"]`).first();
  await row.waitFor({ timeout: 20000 });
  await row.click();
}

try {
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(corpus)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60000 }).catch(() => {});

  const broken = 'broken/undefined-variable/svcs/by-name/kl/klogd/service.nix';
  await check('a .nix file opens as Nix', async () => {
    await openFile(broken);
    await page.locator('.statusbar-item:has-text("Nix")').first().waitFor({ timeout: 20000 });
  });
  await check('the grammar colours the file (several token colours)', async () => {
    const classes = await page.locator('.editor-group-container.active .view-lines span span').evaluateAll(
      (spans) => [...new Set(spans.map((span) => span.className))]);
    if (classes.length < 4) throw new Error(`token classes: ${classes.join(', ')}`);
  });
  await check('the squiggle of the undefined variable (server diagnostics)', async () => {
    await page.locator('.editor-group-container.active .squiggly-error').first().waitFor({ timeout: 90000 });
    await shot('1-diagnostic');
  });
  await check('the status bar shows the server running', async () => {
    await page.locator('.statusbar-item:has-text("six")').first().waitFor({ timeout: 30000 });
  });

  await check('the status bar showed the indexing progress', async () => {
    await page.waitForFunction(() => window.sixStatusTexts.some((t) => /indexing .*files/.test(t)), null, { timeout: 30000 })
      .catch(async () => { throw new Error(`status texts: ${JSON.stringify(await page.evaluate(() => window.sixStatusTexts))}`); });
  });
  await check('the settings reach the server (its log)', async () => {
    const log = path.join(work, 'cache', 'six', 'lsp.log');
    const deadline = Date.now() + 30000;
    const expected = 'settings: Settings[roots=[site], nixPath=[], evaluation=true, timeLimit=PT30S';
    while (!(fs.existsSync(log) && fs.readFileSync(log, 'utf8').includes(expected))) {
      if (Date.now() > deadline) throw new Error(`no "${expected}" in ${log}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });

  const unbound = 'six/svcs/by-name/un/unbound/service.nix';
  const line35 = lines(unbound)[34];
  await check('hover tells how a name is bound', async () => {
    await openFile(unbound);
    await goTo(35, line35.indexOf('targets ?') + 2);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:visible');
    await hover.first().waitFor({ timeout: 30000 });
    const text = await hover.first().innerText();
    if (!/formal/.test(text)) throw new Error(`hover: ${text}`);
    await shot('2-hover');
    await page.keyboard.press('Escape');
  });
  await check('go to definition across services (targets.netif → netif/service.nix)', async () => {
    await goTo(35, line35.indexOf('targets.netif;') + 'targets.'.length + 2);
    await page.keyboard.press('F12');
    await page.waitForFunction(() => document.querySelector('.editor-group-container.active .view-lines')
      ?.textContent?.replace(/\u00a0/g, ' ').includes('One network interface'), null, { timeout: 30000 });
    await shot('3-definition');
  });
  const router = 'site/hosts/router.nix';
  await check('hover shows the evaluated value (lanAddr in router.nix)', async () => {
    await openFile(router);
    await goTo(6, lines(router)[5].indexOf('lanAddr') + 2);
    // the first evaluation starts after initialized: hover again until the value is there
    const deadline = Date.now() + 120000;
    for (;;) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      const hover = page.locator('.monaco-hover:visible').first();
      await hover.waitFor({ timeout: 30000 });
      await page.waitForTimeout(500);
      const text = await hover.innerText();
      if (/Evaluated/.test(text)) {
        if (!/in router/.test(text) || !text.includes('"10.10.0.1"')) throw new Error(`hover: ${text}`);
        break;
      }
      if (Date.now() > deadline) throw new Error(`hover: ${text}`);
      await page.waitForTimeout(1000);
    }
    await shot('4-hover-value');
    await page.keyboard.press('Escape');
  });
  const preview = () => page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  await check('six: Show Infusion Preview shows the dropbear port (before, after, changes, service directory)', async () => {
    const portLine = lines(router).findIndex((l) => l.includes('port.__default = 22')) + 1;
    await goTo(portLine, lines(router)[portLine - 1].indexOf('port.__default') + 2);
    await runCommand('six: Show Infusion Preview');
    await page.locator('.tab[aria-label*="Infusion: targets.dropbear"]').waitFor({ timeout: 30000 });
    const body = preview().locator('body');
    await body.locator('h2.target:has-text("targets.dropbear")').waitFor({ timeout: 30000 });
    const text = await body.innerText();
    for (const expected of ['targets.dropbear.__input.port', 'router (site/default.nix)', 'Changes', 'targets.dropbear.port',
      's6-rc service directory dropbear/', 'run (executable) unchanged']) {
      if (!text.includes(expected)) throw new Error(`no "${expected}" in the panel: ${text}`);
    }
    if ((await body.locator('pre.after').innerText()) !== '22') throw new Error('after is not 22');
    await shot('5-infusion-preview');
  });
  await check('the code lens of the dropbear overlay opens its preview (six.showInfusionPreview)', async () => {
    const lens = page.locator('.codelens-decoration a:has-text("targets.dropbear:")').first();
    await lens.waitFor({ timeout: 60000 });
    // The lens is run through VS Code's own list of the current line's lenses rather than by a
    // click: VS Code asks for lenses again whenever the editor is laid out anew and drops the
    // commands of the drawn ones, so a click can land on a lens whose command is gone.
    // Even so, the list can offer a lens VS Code is replacing: about one run in four, VS Code
    // answers "Actual command not found, wanted to execute six.showInfusionPreview /N" (the
    // command it had cached for the old lens). Then the list is opened again, at most three
    // times, and each retry is printed with VS Code's message.
    const line = lines(router).findIndex((l) => l.includes('port.__default = 22')) + 1;
    const tab = page.locator('.tab[aria-label*="Infusion: (the whole infusion)"]');
    for (let attempt = 1; ; attempt++) {
      await goTo(line, lines(router)[line - 1].indexOf('{') + 1);
      await runCommand('Show CodeLens Commands for Current Line');
      const item = page.locator('.quick-input-list .monaco-list-row:has-text("targets.dropbear:")').first();
      await item.waitFor({ timeout: 20000 });
      await item.click();
      try {
        await tab.waitFor({ timeout: 15000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        const toasts = (await page.locator('.notification-toast').allInnerTexts()).join(' | ');
        console.log(`        (the lens's command opened no preview${toasts ? `: ${toasts}` : ''}; attempt ${attempt + 1})`);
        await page.keyboard.press('Escape');
      }
    }
    // the lens sits on the overlay's set: the preview of its whole argument, evaluated in router
    await preview().locator('code.root:has-text("router")').waitFor({ timeout: 30000 });
  });
  await check('the preview of unbound\'s interfaces diffs the unbound.conf of its service directory', async () => {
    const line = lines(router).findIndex((l) => l.includes('interfaces.__append')) + 1;
    await goTo(line, lines(router)[line - 1].indexOf('interfaces') + 2);
    await runCommand('six: Show Infusion Preview');
    await page.locator('.tab[aria-label*="Infusion: targets.unbound"]').waitFor({ timeout: 30000 });
    const changed = preview().locator('.file.changed:has(code:text-is("data/unbound.conf"))');
    await changed.waitFor({ timeout: 30000 });
    const removed = await changed.locator('.del').allInnerTexts();
    const added = await changed.locator('.ins').allInnerTexts();
    if (removed.length === 0 || added.length === 0) throw new Error(`diff: -${removed} +${added}`);
    await shot('5-infusion-preview-diff');
  });
  await check('beside the preview, hover shows the value of lanAddr where unbound uses it', async () => {
    // (the README's picture: a hover with a value and the preview panel)
    const use = lines(router).findIndex((l) => l.includes('interfaces = [ "127.0.0.1" lanAddr ]')) + 1;
    await goTo(use, lines(router)[use - 1].indexOf('lanAddr') + 2);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await page.locator('.monaco-hover:visible:has-text("10.10.0.1")').first().waitFor({ timeout: 30000 });
    await page.waitForTimeout(500); // the hover fades in
    await shot('readme');
    await page.keyboard.press('Escape');
  });
  await check('six: Build Host builds the host of the open file', async () => {
    await openFile('site/hosts/server.nix');
    await runCommand('six: Build Host');
    const compiled = path.join(corpus, 'site', 'result', 'server', 's6-rc', 'compiled');
    const deadline = Date.now() + 120000;
    while (!fs.existsSync(compiled)) {
      if (Date.now() > deadline) throw new Error(`no ${compiled}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await shot('6-build-host');
  });
  await check('six: Show Compiled s6-rc Database lists the services', async () => {
    await openFile('site/hosts/server.nix');
    await runCommand('six: Show Compiled s6-rc Database of a Host');
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-lines')]
      .map((lines) => lines.textContent?.replace(/\u00a0/g, ' ') ?? '')
      .some((text) => text.includes('six db -c') && text.includes('sshd')), null, { timeout: 60000 });
    await shot('7-database');
  });
} finally {
  await shot('last').catch(() => {});
  // the language server's own log, for a failure's artifacts
  try {
    fs.copyFileSync(path.join(work, 'cache', 'six', 'lsp.log'), path.join(artifacts, 'six-lsp.log'));
  } catch {
    // no log: the server never started
  }
  await browser.close();
  try {
    process.kill(-codeServer.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
