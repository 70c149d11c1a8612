import * as vscode from 'vscode';
import { SixSettings } from './serverSettings';

export { SixSettings } from './serverSettings';

/** The extension's settings (section "six"), read once per use so that changes apply. */
export function readSettings(): SixSettings {
  const config = vscode.workspace.getConfiguration('six');
  return {
    evaluationRoots: config.get<string[]>('evaluation.roots', []),
    evaluationEnable: config.get<boolean>('evaluation.enable', true),
    evaluationTimeLimit: config.get<number>('evaluation.timeLimit', 10),
    nixPath: config.get<string[]>('nixPath', []),
    diagnosticsDelay: config.get<number>('diagnostics.delay', 150),
    nixpkgs: config.get<string>('nixpkgs', ''),
    logLevel: config.get<string>('logLevel', 'INFO'),
    javaHome: config.get<string>('java.home', ''),
    serverPath: config.get<string>('server.path', ''),
    buildArguments: config.get<string[]>('build.arguments', []),
  };
}
