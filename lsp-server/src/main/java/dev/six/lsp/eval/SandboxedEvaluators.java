package dev.six.lsp.eval;

import dev.six.eval.probe.ValueRecorder;
import dev.six.eval.io.DiskIO;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.runtime.HostSystem;
import dev.six.eval.runtime.ParsedFiles;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes the evaluators an editor's workspace is evaluated with, safe for a workspace nobody
 * vetted: six's evaluator never builds (its store only computes paths, and nothing here registers
 * them with Nix), so import-from-derivation finds no output and fails as a missing file; it has
 * no {@code builtins.exec}, no plugins, no fetchers, and no way to write a file. Evaluations see
 * an empty environment ({@code getEnv} gives {@code ""}, as for any unset variable) rather than
 * the editor's, and the search path comes from the settings alone. All evaluators of one factory
 * share its {@link ParsedFiles}, so a file is parsed again only when its text changed.
 */
public final class SandboxedEvaluators {
  private final Path workspace;
  private final List<EvalSettings.SearchPathEntry> searchPath;
  private final ParsedFiles parsedFiles;
  private final PrintStream log;
  /** The files whose bindings evaluations record: the workspace's (evaluator names, bytewise). */
  private final java.util.function.Predicate<String> watched;

  /**
   * @param workspace the folder relative search path entries are resolved against
   * @param nixPath {@code NIX_PATH} entries, in order ({@code prefix=path} or a bare path)
   * @param log where {@code builtins.trace} and warnings go
   */
  public SandboxedEvaluators(Path workspace, List<String> nixPath, PrintStream log) {
    this(workspace, nixPath, log, new ParsedFiles());
  }

  /** A factory sharing {@code parsedFiles} with an earlier one (settings changed, the parses did not). */
  public SandboxedEvaluators(Path workspace, List<String> nixPath, PrintStream log, ParsedFiles parsedFiles) {
    this.workspace = workspace.toAbsolutePath().normalize();
    this.searchPath = searchPath(this.workspace, nixPath);
    this.parsedFiles = parsedFiles;
    this.log = log;
    String folder = EvalPaths.bytewise(this.workspace) + "/";
    this.watched = name -> name.startsWith(folder);
  }

  public Path workspace() {
    return workspace;
  }

  public ParsedFiles parsedFiles() {
    return parsedFiles;
  }

  /** A fresh evaluation session whose file access goes through {@code io}. */
  public Evaluator create(RecordingIO io) {
    EvalSettings settings = EvalSettings.defaults()
        .withEnvironment(Map.of())
        .withSearchPath(searchPath)
        .withCurrentSystem(HostSystem.current())
        .withCurrentTime(System.currentTimeMillis() / 1000);
    Evaluator evaluator = new Evaluator(settings, io, log, parsedFiles);
    // what the session binds in the workspace's files, for hover values and infusion previews
    evaluator.state().record(new ValueRecorder(watched));
    return evaluator;
  }

  /** A recorder over the disk, for one evaluation. */
  public static RecordingIO recordingDisk() {
    return new RecordingIO(new DiskIO());
  }

  private static List<EvalSettings.SearchPathEntry> searchPath(Path workspace, List<String> nixPath) {
    List<EvalSettings.SearchPathEntry> entries = new ArrayList<>();
    for (String entry : nixPath) {
      EvalSettings.SearchPathEntry parsed = EvalSettings.SearchPathEntry.parse(entry);
      String path = parsed.path();
      // URLs (channels, tarballs) would need a download: such entries are kept as written and fail to resolve
      if (!path.contains("://")) {
        path = EvalPaths.bytewise(workspace.resolve(EvalPaths.text(path)).normalize());
      }
      entries.add(new EvalSettings.SearchPathEntry(parsed.prefix(), path));
    }
    return entries;
  }
}
