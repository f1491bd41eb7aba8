// The Lihaaz extension: starts `lihaaz lsp` (stdio) and passes the language, sureness and messages
// settings to it. Which Java and which command line: see launch.ts.
import * as path from 'path';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { serverLaunch, serverSettings } from './launch';

/** Every format Lihaaz reads that VS Code opens as text, by language id (subtitles and Fountain are contributed in package.json). */
const LANGUAGES = ['markdown', 'plaintext', 'html', 'subrip', 'webvtt', 'fountain'];

let client: LanguageClient | undefined;

function settingsNow() {
  const config = vscode.workspace.getConfiguration('lihaaz');
  return serverSettings((key) => config.get<string>(key));
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration('lihaaz');
  const launch = serverLaunch(
    { lihaazPath: config.get<string>('path'), javaHome: config.get<string>('java.home') },
    { env: process.env, platform: process.platform, serverDir: path.join(context.extensionPath, 'server') }
  );
  if (!launch.ok) {
    void vscode.window.showErrorMessage(`Lihaaz: ${launch.error}`);
    return;
  }
  const server: ServerOptions = {
    command: launch.value.command,
    args: launch.value.args,
    transport: TransportKind.stdio,
  };
  const options: LanguageClientOptions = {
    documentSelector: LANGUAGES.map((language) => ({ language })),
    initializationOptions: settingsNow(),
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.lihaaz.yml'),
    },
  };
  client = new LanguageClient('lihaaz', 'Lihaaz', server, options);
  client.outputChannel.appendLine(`Starting ${launch.value.command} ${launch.value.args.join(' ')} (Java from ${launch.source})`);
  await client.start();
  await client.sendNotification(DidChangeConfigurationNotification.type, { settings: settingsNow() });
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('lihaaz.path') || e.affectsConfiguration('lihaaz.java.home')) {
        await stop();
        await start(context);
      } else if (e.affectsConfiguration('lihaaz') && client) {
        await client.sendNotification(DidChangeConfigurationNotification.type, { settings: settingsNow() });
      }
    }),
    vscode.commands.registerCommand('lihaaz.restartServer', async () => {
      await stop();
      await start(context);
    })
  );
  await start(context);
}

export function deactivate(): Thenable<void> | undefined {
  return stop();
}
