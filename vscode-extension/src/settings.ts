import * as vscode from 'vscode';

/** The extension's settings (section "six"), read once per use so that changes apply. */
export interface SixSettings {
  readonly siteRoot: string;
  readonly nixPath: string;
  readonly evaluateOnSave: boolean;
  readonly logLevel: string;
  readonly javaHome: string;
  readonly serverPath: string;
  readonly buildArguments: readonly string[];
}

export function readSettings(): SixSettings {
  const config = vscode.workspace.getConfiguration('six');
  return {
    siteRoot: config.get<string>('siteRoot', ''),
    nixPath: config.get<string>('nixPath', ''),
    evaluateOnSave: config.get<boolean>('evaluateOnSave', true),
    logLevel: config.get<string>('logLevel', 'INFO'),
    javaHome: config.get<string>('java.home', ''),
    serverPath: config.get<string>('server.path', ''),
    buildArguments: config.get<string[]>('build.arguments', []),
  };
}
