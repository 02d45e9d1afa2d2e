#!/usr/bin/env node
// Tokenizes .oj files with the extension's grammar (the same engine as VS Code:
// vscode-textmate + vscode-oniguruma) and fails if any token has an `invalid` scope.
//
//   node test/tokenize.js                      every ../../indicators/*/*.oj
//   node test/tokenize.js FILE.oj …            the given files
//   node test/tokenize.js --dump FILE.oj       print every token with its scopes
'use strict';

const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const root = path.join(__dirname, '..');
const grammarPath = path.join(root, 'syntaxes', 'oj.tmLanguage.json');

async function loadGrammar() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'source.oj'
        ? vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath)
        : null,
  });
  return registry.loadGrammar('source.oj');
}

function indicatorFiles() {
  const dir = path.join(root, '..', '..', 'indicators');
  if (!fs.existsSync(dir)) return [];
  const files = [];
  for (const year of fs.readdirSync(dir).sort()) {
    const ydir = path.join(dir, year);
    if (!fs.statSync(ydir).isDirectory()) continue;
    for (const f of fs.readdirSync(ydir).sort()) if (f.endsWith('.oj')) files.push(path.join(ydir, f));
  }
  return files;
}

async function main() {
  const args = process.argv.slice(2);
  const dump = args[0] === '--dump';
  const files = dump ? args.slice(1) : args.length ? args : indicatorFiles();
  if (files.length === 0) {
    console.log('no .oj files to tokenize');
    return;
  }
  const grammar = await loadGrammar();
  let bad = 0;
  let tokens = 0;
  for (const file of files) {
    const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
    let state = vsctm.INITIAL;
    lines.forEach((line, i) => {
      const r = grammar.tokenizeLine(line, state);
      for (const t of r.tokens) {
        tokens++;
        const text = line.substring(t.startIndex, t.endIndex);
        if (dump) console.log(`${i + 1}:${t.startIndex + 1}\t${JSON.stringify(text)}\t${t.scopes.join(' ')}`);
        if (t.scopes.some((s) => s.startsWith('invalid'))) {
          bad++;
          console.error(`${path.relative(process.cwd(), file)}:${i + 1}:${t.startIndex + 1}: ${JSON.stringify(text)} has ${t.scopes.join(' ')}`);
        }
      }
      state = r.ruleStack;
    });
  }
  console.log(`${files.length} files, ${tokens} tokens, ${bad} invalid`);
  if (bad > 0) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
