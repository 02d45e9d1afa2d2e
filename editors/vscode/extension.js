// VS Code extension for the indicator language of `oj` (Öppna jämförelser).
//
// Highlighting comes from syntaxes/oj.tmLanguage.json; everything else (diagnostics,
// hover, completion, go to definition, …) from the language server `oj lsp`, which this
// file starts over stdio for documents of language `oj`.
//
// Plain CommonJS: no build step. The only dependency is vscode-languageclient.
'use strict';

const cp = require('child_process');
const vscode = require('vscode');
const { LanguageClient, RevealOutputChannelOn } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;
/** @type {vscode.OutputChannel | undefined} */
let outputChannel;
/** File watchers of the running client (their events go to the server). */
let watchers = [];
/** Serializes start/stop/restart so that a quick series of setting changes does not race. */
let pending = Promise.resolve();

/** The configured executable and arguments: `<oj.server.path> lsp <oj.server.extraArgs…>`. */
function serverCommand() {
  const config = vscode.workspace.getConfiguration('oj');
  const configured = config.get('server.path');
  const command = typeof configured === 'string' && configured.trim() !== '' ? configured.trim() : 'oj';
  const extra = config.get('server.extraArgs');
  const extraArgs = Array.isArray(extra) ? extra.filter((a) => typeof a === 'string') : [];
  return { command, args: ['lsp', ...extraArgs] };
}

/** The directory the server runs in: the first workspace folder, if any. */
function serverCwd() {
  const folders = vscode.workspace.workspaceFolders;
  return folders && folders.length > 0 && folders[0].uri.scheme === 'file' ? folders[0].uri.fsPath : undefined;
}

/**
 * Whether the executable can be started at all, without starting the server: runs
 * `<path> --version`. A program that is missing or cannot be executed is reported here
 * with our own message rather than as the language client's generic "couldn't create
 * connection". Resolves to undefined when it can be started, else to what went wrong.
 */
function probe(command, cwd) {
  return new Promise((resolve) => {
    let child;
    try {
      child = cp.spawn(command, ['--version'], { cwd, stdio: 'ignore', windowsHide: true });
    } catch (err) {
      resolve(err instanceof Error ? err.message : String(err));
      return;
    }
    // `oj --version` answers at once; a program that takes longer is taken to be startable.
    const timer = setTimeout(() => {
      child.kill();
      resolve(undefined);
    }, 5000);
    child.once('error', (err) => {
      clearTimeout(timer);
      if (err && err.code === 'ENOENT') resolve(`programmet "${command}" hittades inte (${err.message})`);
      else if (err && err.code === 'EACCES') resolve(`programmet "${command}" får inte köras (${err.message})`);
      else resolve(err && err.message ? err.message : String(err));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      // 126/127: the shell's and libuv's "found but not executable" / "not found".
      if (code === 126 || code === 127) resolve(`programmet "${command}" kunde inte köras (slutkod ${code})`);
      else resolve(undefined);
    });
  });
}

function reportStartFailure(detail) {
  const text = String(detail).replace(/\s+$/, '').replace(/\.$/, '');
  const openSettings = 'Öppna inställningen';
  const showOutput = 'Visa logg';
  void vscode.window
    .showErrorMessage(
      `Kunde inte starta oj lsp: ${text}. Ange sökvägen i inställningen oj.server.path.`,
      openSettings,
      showOutput
    )
    .then((choice) => {
      if (choice === openSettings) {
        void vscode.commands.executeCommand('workbench.action.openSettings', 'oj.server.path');
      } else if (choice === showOutput && outputChannel) {
        outputChannel.show(true);
      }
    });
}

async function startClient() {
  const { command, args } = serverCommand();
  const cwd = serverCwd();
  outputChannel.appendLine(`Startar: ${[command, ...args].join(' ')}${cwd ? ` (i ${cwd})` : ''}`);

  const problem = await probe(command, cwd);
  if (problem !== undefined) {
    outputChannel.appendLine(`Kunde inte starta oj lsp: ${problem}`);
    reportStartFailure(problem);
    return;
  }

  // No `transport`: the client then talks over the process's stdin/stdout without adding
  // a `--stdio` argument, so the command line is exactly `<path> lsp <extraArgs…>`.
  /** @type {import('vscode-languageclient/node').ServerOptions} */
  const serverOptions = { command, args, options: { cwd } };

  watchers = [
    vscode.workspace.createFileSystemWatcher('**/*.oj'),
    vscode.workspace.createFileSystemWatcher('**/codebook.yaml'),
  ];

  /** @type {import('vscode-languageclient/node').LanguageClientOptions} */
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'oj' },
      { scheme: 'untitled', language: 'oj' },
    ],
    synchronize: { fileEvents: watchers },
    outputChannel,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
  };

  const c = new LanguageClient('oj', 'oj lsp', serverOptions, clientOptions);
  client = c;
  try {
    await c.start();
  } catch (err) {
    if (client === c) client = undefined;
    disposeWatchers();
    try {
      await c.dispose();
    } catch (_) {
      // the client never got going; nothing to stop
    }
    reportStartFailure(err instanceof Error ? err.message : String(err));
    return;
  }
}

function disposeWatchers() {
  watchers.forEach((w) => w.dispose());
  watchers = [];
}

async function stopClient() {
  const c = client;
  client = undefined;
  disposeWatchers();
  if (!c) return;
  try {
    await c.dispose();
  } catch (err) {
    outputChannel.appendLine(`Fel när språkservern stoppades: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function restart() {
  pending = pending
    .then(stopClient)
    .then(startClient)
    .catch((err) => reportStartFailure(err instanceof Error ? err.message : String(err)));
  return pending;
}

/** @param {vscode.ExtensionContext} context */
function activate(context) {
  outputChannel = vscode.window.createOutputChannel('oj');
  context.subscriptions.push(outputChannel);

  context.subscriptions.push(
    vscode.commands.registerCommand('oj.restartServer', () => restart()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('oj.server')) void restart();
    })
  );

  void restart();
}

function deactivate() {
  pending = pending.then(stopClient);
  return pending;
}

module.exports = { activate, deactivate };
