import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { SixSettings } from './settings';
import { SixInvocation } from './sixInvocation';
import { hostOf, hostsOf, siteOf } from './sites';

/** The scheme of the read-only documents that show a host's s6-rc database. */
export const DATABASE_SCHEME = 'six-db';

/** The commands about a site's hosts: build one, show one's compiled s6-rc database. */
export class HostCommands implements vscode.TextDocumentContentProvider {
  private readonly databases = new Map<string, string>();

  constructor(
    private readonly six: () => Promise<SixInvocation>,
    private readonly settings: () => SixSettings,
  ) {}

  /** The text of a database document shown earlier. */
  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.databases.get(uri.toString()) ?? '';
  }

  private site(): string | undefined {
    const file = vscode.window.activeTextEditor?.document.uri.fsPath;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const roots = this.settings().evaluationRoots;
    return siteOf(file, roots, folder) ?? (folder ? siteOf(path.join(folder, 'x'), []) : undefined);
  }

  private async pickHost(site: string | undefined): Promise<string | undefined> {
    const file = vscode.window.activeTextEditor?.document.uri.fsPath;
    const current = file ? hostOf(file) : undefined;
    if (current) {
      return current;
    }
    const hosts = site ? hostsOf(site) : [];
    return hosts.length > 0
      ? vscode.window.showQuickPick(hosts, { title: 'six: which host?' })
      : vscode.window.showInputBox({ title: 'six: which host?' });
  }

  /** `six build SITE --host HOST` as a task whose errors land in the Problems view. */
  async build(): Promise<void> {
    const site = this.site();
    const host = await this.pickHost(site);
    if (!host) {
      return;
    }
    const six = await this.six();
    const args = [...six.prefix, 'build', ...(site ? [site] : []), '--host', host, ...this.settings().buildArguments];
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries(six.env)) {
      if (value !== undefined) {
        env[name] = value;
      }
    }
    const task = new vscode.Task(
      { type: 'six', host },
      vscode.TaskScope.Workspace,
      `build ${host}`,
      'six',
      new vscode.ProcessExecution(six.command, args, { cwd: site, env }),
      '$six',
    );
    await vscode.tasks.executeTask(task);
  }

  /** The output of `six db -c SITE/result/HOST/s6-rc/compiled list all`, in a read-only document. */
  async showDatabase(): Promise<void> {
    const site = this.site();
    const host = await this.pickHost(site);
    if (!host || !site) {
      if (host) {
        void vscode.window.showErrorMessage('six: no site found (a directory with hosts/); add it to "six.evaluation.roots".');
      }
      return;
    }
    const compiled = path.join(site, 'result', host, 's6-rc', 'compiled');
    if (!fs.existsSync(compiled)) {
      void vscode.window.showErrorMessage(`six: no compiled database at ${compiled}; run "six: Build Host" first.`);
      return;
    }
    const six = await this.six();
    const output = await new Promise<string>((resolve) => {
      execFile(six.command, [...six.prefix, 'db', '-c', compiled, 'list', 'all'], { env: six.env, cwd: site },
        (error, stdout, stderr) => resolve(error ? `${stdout}${stderr}` : stdout));
    });
    const uri = vscode.Uri.from({ scheme: DATABASE_SCHEME, path: `/${host}.s6-rc-db`, query: String(Date.now()) });
    this.databases.set(uri.toString(), `# six db -c ${compiled} list all\n${output}`);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }
}
