import * as vscode from 'vscode';
import {
  ClientCapabilities,
  FeatureState,
  LanguageClient,
  StaticFeature,
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
  private readonly active = new Map<string, Progress>();

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

  /** Follows the client's state, and (through a feature registered on it) the server's progress. */
  watch(client: LanguageClient): vscode.Disposable[] {
    const disposables: vscode.Disposable[] = [];
    disposables.push(
      client.onDidChangeState((event) => {
        if (event.newState === State.Running) {
          this.refresh();
        } else if (event.newState === State.Stopped) {
          this.active.clear();
          this.set('$(circle-slash) six', 'six: the language server is stopped');
        } else {
          this.starting();
        }
      }),
    );
    client.registerFeature(new StatusBarProgress(client, this, disposables));
    return disposables;
  }

  /** A progress token's latest state; `undefined` once it ended. */
  progress(token: string, value: WorkDoneProgressBegin | WorkDoneProgressReport | undefined): void {
    if (value === undefined) {
      this.active.delete(token);
    } else {
      const previous = this.active.get(token);
      this.active.set(token, {
        title: value.kind === 'begin' ? value.title : previous?.title ?? '',
        message: value.message ?? previous?.message,
        percentage: value.percentage ?? previous?.percentage,
      });
    }
    this.refresh();
  }

  private refresh(): void {
    const first = this.active.values().next();
    if (first.done) {
      this.idle();
    } else {
      const text = describe(first.value);
      this.set(`$(sync~spin) ${text}`, text);
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

/**
 * Shows the server's work-done progress (window/workDoneProgress/create, then $/progress) in the
 * status bar item. A feature so that its handler is installed after the client's own (features
 * initialize in the order registered; the built-in one would otherwise take the request).
 */
class StatusBarProgress implements StaticFeature {
  constructor(
    private readonly client: LanguageClient,
    private readonly status: ServerStatus,
    private readonly disposables: vscode.Disposable[],
  ) {}

  fillClientCapabilities(capabilities: ClientCapabilities): void {
    capabilities.window = { ...capabilities.window, workDoneProgress: true };
  }

  initialize(): void {
    this.disposables.push(
      this.client.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
        const key = String(token);
        const listener = this.client.onProgress(WorkDoneProgress.type, token, (value) => {
          if (value.kind === 'end') {
            this.status.progress(key, undefined);
            listener.dispose();
          } else {
            this.status.progress(key, value);
          }
        });
        this.disposables.push(listener);
      }),
    );
  }

  getState(): FeatureState {
    return { kind: 'static' };
  }

  clear(): void {
    // the listeners are disposed with the client's disposables
  }
}

/** One progress as the server last reported it. */
interface Progress {
  readonly title: string;
  readonly message?: string;
  readonly percentage?: number;
}

/** "six: indexing corpus: 120/480 files (25%)"; the server's titles start with "six:" already. */
function describe(progress: Progress): string {
  const title = progress.title.startsWith('six') ? progress.title : `six: ${progress.title}`;
  const message = progress.message ? `: ${progress.message}` : '';
  const percentage = progress.percentage !== undefined ? ` (${progress.percentage}%)` : '';
  return `${title}${message}${percentage}`;
}
