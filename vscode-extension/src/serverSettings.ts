// The settings, and the part of them the server reads, apart from VS Code so that it is tested
// without it.

/** The extension's settings (section "six"). */
export interface SixSettings {
  readonly evaluationRoots: readonly string[];
  readonly evaluationEnable: boolean;
  readonly evaluationTimeLimit: number;
  readonly nixPath: readonly string[];
  readonly diagnosticsDelay: number;
  readonly nixpkgs: string;
  readonly logLevel: string;
  readonly javaHome: string;
  readonly serverPath: string;
  readonly buildArguments: readonly string[];
}

/** What the server reads of section "six" (its SettingsReader and NixpkgsLocation), nothing else. */
export interface ServerSection {
  evaluation: { roots: string[]; enable: boolean; timeLimit: number };
  nixPath: string[];
  diagnostics: { delay: number };
  nixpkgs?: string;
}

/**
 * The section "six" as the server takes it: the answer to workspace/configuration, the settings of
 * workspace/didChangeConfiguration and (wrapped in {six: …}) the initializationOptions. The editor's
 * own settings (Java, the launcher, the log level, build arguments) stay out of it.
 */
export function serverSection(settings: SixSettings): ServerSection {
  const section: ServerSection = {
    evaluation: {
      roots: [...settings.evaluationRoots],
      enable: settings.evaluationEnable,
      timeLimit: settings.evaluationTimeLimit,
    },
    nixPath: [...settings.nixPath],
    diagnostics: { delay: settings.diagnosticsDelay },
  };
  if (settings.nixpkgs) {
    section.nixpkgs = settings.nixpkgs;
  }
  return section;
}
