import * as vscode from 'vscode';
import {
  LanguageClient,
  State,
  WorkDoneProgress,
  WorkDoneProgressBegin,
  WorkDoneProgressCreateRequest,
  WorkDoneProgressReport,
} from 'vscode-languageclient/node';

/**
 * The status bar item: whether the server runs, and the server's work-done progress (indexing)
 * as it reports it; a click shows the server's output.
 */
export class ServerStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('six.status', vscode.StatusBarAlignment.Left, 10);
  private readonly active = new Map<string, string>();

  constructor() {
    this.item.name = 'six';
    this.item.command = 'six.showLog';
    this.starting();
    this.item.show();
  }

  starting(): void {
    this.set('$(sync~spin) six', 'six: starting the language server');
  }

  failed(reason: string): void {
    this.set('$(error) six', `six: ${reason}`);
  }

  /** Follows the client's state and the progress the server reports. */
  watch(client: LanguageClient): vscode.Disposable[] {
    const disposables: vscode.Disposable[] = [];
    disposables.push(
      client.onDidChangeState((event) => {
        if (event.newState === State.Running) {
          this.idle();
        } else if (event.newState === State.Stopped) {
          this.set('$(circle-slash) six', 'six: the language server is stopped');
        } else {
          this.starting();
        }
      }),
    );
    // The server asks to create a progress token, then reports on it; shown here, not in a popup.
    disposables.push(
      client.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
        const key = String(token);
        disposables.push(
          client.onProgress(WorkDoneProgress.type, token, (value) => {
            if (value.kind === 'end') {
              this.active.delete(key);
            } else {
              this.active.set(key, describe(value, this.active.get(key)));
            }
            this.refresh();
          }),
        );
      }),
    );
    return disposables;
  }

  private refresh(): void {
    const first = this.active.values().next();
    if (first.done) {
      this.idle();
    } else {
      this.set(`$(sync~spin) six: ${first.value}`, `six: ${first.value}`);
    }
  }

  private idle(): void {
    this.set('$(check) six', 'six: the language server is running');
  }

  private set(text: string, tooltip: string): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
  }

  dispose(): void {
    this.item.dispose();
  }
}

function describe(value: WorkDoneProgressBegin | WorkDoneProgressReport, previous: string | undefined): string {
  const title = value.kind === 'begin' ? value.title : (previous ?? '').replace(/ \d+%$/, '').replace(/: .*$/, '');
  const message = value.message ? `: ${value.message}` : '';
  const percentage = value.percentage !== undefined ? ` ${value.percentage}%` : '';
  return `${title}${message}${percentage}`;
}
