// The packaged TextMate grammar over every .nix file of corpus/: each file must end where it
// began (no string, interpolation or comment left open), and a few constructs must get their
// scopes in real sixos files. A grammar whose rule for some construct runs away leaves the
// rest of such a file mis-coloured; this finds it on real code, not only on test/grammar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const extension = process.env.EXTENSION_DIR ?? path.resolve(here, '../..');
const corpus = path.resolve(here, '../../../corpus');
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

async function loadGrammar() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => textmate.parseRawGrammar(
      fs.readFileSync(path.join(extension, 'syntaxes', 'nix.tmLanguage.json'), 'utf8'), 'nix.tmLanguage.json'),
  });
  return registry.loadGrammar('source.nix');
}

function nixFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? nixFiles(file) : entry.name.endsWith('.nix') ? [file] : [];
  });
}

function tokenize(grammar, text) {
  let stack = textmate.INITIAL;
  const tokens = [];
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, stack);
    for (const token of result.tokens) {
      tokens.push({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    stack = result.ruleStack;
  }
  return { tokens, stack };
}

test('every corpus file ends outside any string, interpolation or comment', async () => {
  const grammar = await loadGrammar();
  const files = nixFiles(corpus);
  assert.ok(files.length > 100, `${files.length} corpus files`);
  const open = files.filter((file) => tokenize(grammar, fs.readFileSync(file, 'utf8')).stack.depth !== 1)
    .map((file) => path.relative(corpus, file));
  assert.deepEqual(open, []);
});

test('real sixos code: sugars, interpolations and paths get their scopes', async () => {
  const grammar = await loadGrammar();
  const scopesOf = (relative, text) => tokenize(grammar, fs.readFileSync(path.join(corpus, relative), 'utf8'))
    .tokens.filter((token) => token.text === text).map((token) => token.scopes.at(-1));
  assert.ok(scopesOf('site/hosts/server.nix', '__input').every((s) => s === 'support.type.infuse-sugar.nix'));
  assert.ok(scopesOf('site/hosts/server.nix', '__input').length >= 2);
  assert.ok(scopesOf('six/svcs/by-name/un/unbound/service.nix', '${').length >= 3);
  assert.ok(scopesOf('six/svcs/by-name/un/unbound/service.nix', '${')
    .every((s) => s === 'punctuation.section.embedded.begin.nix'));
  assert.ok(scopesOf('six/svcs/by-name/un/unbound/service.nix', 'fail').includes('entity.other.attribute-name.nix'));
});
