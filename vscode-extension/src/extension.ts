import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
} from 'vscode-languageclient/node';
import { DATABASE_SCHEME, HostCommands } from './hostCommands';
import { InfusionPreviewPanel } from './infusionPreview';
import { serverSection } from './serverSettings';
import { readSettings } from './settings';
import { resolveSix, SixInvocation } from './sixInvocation';
import { ServerStatus } from './statusBar';

/**
 * The extension's lifetime: starts `six lsp` for Nix files, restarts it on request or when the
 * settings that shape its process change, and registers six's commands.
 */
class SixExtension implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private clientDisposables: vscode.Disposable[] = [];
  private readonly output = vscode.window.createOutputChannel('six');
  private readonly status = new ServerStatus();
  private readonly preview = new InfusionPreviewPanel();

  constructor(private readonly context: vscode.ExtensionContext) {}

  six(): Promise<SixInvocation> {
    return resolveSix(readSettings(), this.context.extensionPath);
  }

  async start(): Promise<void> {
    this.status.starting();
    let six: SixInvocation;
    try {
      six = await this.six();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.output.appendLine(message);
      this.status.failed(message);
      const choice = await vscode.window.showErrorMessage(message, 'Open Settings');
      if (choice === 'Open Settings') {
        await vscode.commands.executeCommand('workbench.action.openSettings', 'six.');
      }
      return;
    }
    this.output.appendLine(`starting ${six.describe} lsp`);
    const serverOptions: ServerOptions = {
      command: six.command,
      args: [...six.prefix, 'lsp'],
      options: { env: six.env },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ language: 'nix' }],
      // The server's part of section "six" only: in initializationOptions (where it reads
      // six.nixpkgs), as the answer to workspace/configuration, and pushed when it changes.
      initializationOptions: { six: serverSection(readSettings()) },
      synchronize: {
        fileEvents: vscode.workspace.createFileSystemWatcher('**/*.nix'),
      },
      middleware: {
        workspace: {
          configuration: (params) =>
            params.items.map((item) => (item.section === 'six' ? serverSection(readSettings()) : null)),
        },
      },
      outputChannel: this.output,
    };
    const client = new LanguageClient('six', 'six', serverOptions, clientOptions);
    this.client = client;
    this.clientDisposables = this.status.watch(client);
    try {
      await client.start();
    } catch (error) {
      this.status.failed(`the language server did not start: ${String(error)}`);
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    for (const disposable of this.clientDisposables) {
      disposable.dispose();
    }
    this.clientDisposables = [];
    if (client) {
      try {
        await client.stop();
      } catch (error) {
        this.output.appendLine(`stopping the server: ${String(error)}`);
      }
    }
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  register(): void {
    const hosts = new HostCommands(() => this.six(), readSettings);
    const subscriptions = this.context.subscriptions;
    subscriptions.push(
      this,
      vscode.commands.registerCommand('six.restartServer', () => this.restart()),
      // From the palette or the editor's context menu (no arguments, or the file's Uri): the
      // cursor's infusion; from a code lens of the server: (uri, position).
      vscode.commands.registerCommand('six.showInfusionPreview', (uri?: unknown, position?: unknown) =>
        typeof uri === 'string' && isPosition(position)
          ? this.preview.showAt(this.client, uri, position)
          : this.preview.showAtCursor(this.client, vscode.window.activeTextEditor),
      ),
      vscode.workspace.registerTextDocumentContentProvider(DATABASE_SCHEME, hosts),
      vscode.commands.registerCommand('six.buildHost', () => hosts.build()),
      vscode.commands.registerCommand('six.showDatabase', () => hosts.showDatabase()),
      vscode.commands.registerCommand('six.showLog', () => this.output.show(true)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        // These shape the server's process (its Java, program and environment): start it anew.
        const restartOn = ['six.java.home', 'six.server.path', 'six.nixPath', 'six.logLevel'];
        if (restartOn.some((section) => event.affectsConfiguration(section))) {
          void this.restart();
        } else if (event.affectsConfiguration('six') && this.client?.state === State.Running) {
          // The server pulls the section again; six.nixpkgs it reads from what is pushed.
          void this.client.sendNotification(DidChangeConfigurationNotification.type, {
            settings: { six: serverSection(readSettings()) },
          });
        }
      }),
    );
  }

  dispose(): void {
    void this.stop();
    this.preview.dispose();
    this.status.dispose();
    this.output.dispose();
  }
}

function isPosition(value: unknown): value is { line: number; character: number } {
  const position = value as { line?: unknown; character?: unknown } | undefined;
  return typeof position?.line === 'number' && typeof position?.character === 'number';
}

let extension: SixExtension | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extension = new SixExtension(context);
  extension.register();
  await extension.start();
}

export async function deactivate(): Promise<void> {
  await extension?.stop();
  extension = undefined;
}
