package dev.six.eval.runtime;

import java.util.List;
import java.util.Map;

/**
 * Everything an evaluation depends on besides its input, fixed for the whole evaluation: the search
 * path for {@code <...>} lookups, environment variables ({@code getEnv}), the system, whether impure
 * built-ins may look outside, the call-depth limit, and how much it tells on its log.
 */
public record EvalSettings(
    List<SearchPathEntry> searchPath,
    Map<String, String> environment,
    String currentSystem,
    String storeDir,
    boolean pure,
    int maxCallDepth,
    long currentTime,
    int verbosity) {

  /** {@code prefix=path}, or a bare path (empty prefix), as in {@code -I} and {@code NIX_PATH}. */
  public record SearchPathEntry(String prefix, String path) {
    public static SearchPathEntry parse(String entry) {
      int eq = entry.indexOf('=');
      if (eq < 0) {
        return new SearchPathEntry("", entry);
      }
      return new SearchPathEntry(entry.substring(0, eq), entry.substring(eq + 1));
    }
  }

  public static final int DEFAULT_MAX_CALL_DEPTH = 10_000;

  /** Nix's verbosity levels that evaluation's messages use: the default, {@code -v}'s and {@code -vv}'s. */
  public static final int INFO = 3;
  public static final int TALKATIVE = 4;
  public static final int CHATTY = 5;

  /** Settings for tests and embedding: no search path, an empty environment, pure. */
  public static EvalSettings defaults() {
    return new EvalSettings(List.of(), Map.of(), "x86_64-linux", "/nix/store", false, DEFAULT_MAX_CALL_DEPTH, 0,
        INFO);
  }

  public EvalSettings withSearchPath(List<SearchPathEntry> entries) {
    return new EvalSettings(entries, environment, currentSystem, storeDir, pure, maxCallDepth, currentTime, verbosity);
  }

  public EvalSettings withEnvironment(Map<String, String> env) {
    return new EvalSettings(searchPath, env, currentSystem, storeDir, pure, maxCallDepth, currentTime, verbosity);
  }

  public EvalSettings withMaxCallDepth(int depth) {
    return new EvalSettings(searchPath, environment, currentSystem, storeDir, pure, depth, currentTime, verbosity);
  }

  /**
   * Whether {@code builtins.warn} aborts the evaluation, as current Nix's {@code abort-on-warn}
   * setting, which {@code NIX_ABORT_ON_WARN=1} (or {@code yes}, {@code true}) turns on.
   */
  public boolean abortOnWarn() {
    String v = environment.get("NIX_ABORT_ON_WARN");
    return "1".equals(v) || "yes".equals(v) || "true".equals(v);
  }

  public EvalSettings withCurrentSystem(String system) {
    return new EvalSettings(searchPath, environment, system, storeDir, pure, maxCallDepth, currentTime, verbosity);
  }

  /**
   * How much evaluation tells on its log, as Nix's verbosity ({@link #INFO} unless {@code -v} or
   * {@code --quiet} changed it): from {@link #TALKATIVE} each file imported, from {@link #CHATTY}
   * each derivation instantiated, in Nix's words.
   */
  public EvalSettings withVerbosity(int level) {
    return new EvalSettings(searchPath, environment, currentSystem, storeDir, pure, maxCallDepth, currentTime, level);
  }

  public EvalSettings withCurrentTime(long time) {
    return new EvalSettings(searchPath, environment, currentSystem, storeDir, pure, maxCallDepth, time, verbosity);
  }
}
