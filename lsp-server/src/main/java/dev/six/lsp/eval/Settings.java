package dev.six.lsp.eval;

import java.time.Duration;
import java.util.List;

/**
 * What the user configures about the server (the {@code six} section of the editor's settings, or
 * {@code initializationOptions}): the evaluation roots (files or directories relative to the
 * workspace; empty: discovered), the {@code NIX_PATH} entries evaluations see ({@code prefix=path}
 * or a bare path, as {@code -I} takes them), whether to evaluate at all, how long one root's
 * evaluation may take, and how long static diagnostics wait for typing to pause. Immutable.
 */
public record Settings(List<String> roots, List<String> nixPath, boolean evaluation, Duration timeLimit,
    long diagnosticsDelayMillis) {

  /** Discovered roots, no search path, evaluation on, 10 s per root, 150 ms after the last edit. */
  public static final Settings DEFAULTS = new Settings(List.of(), List.of(), true, Duration.ofSeconds(10), 150);

  public Settings {
    roots = List.copyOf(roots);
    nixPath = List.copyOf(nixPath);
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("the evaluation time limit must be positive: " + timeLimit);
    }
    if (diagnosticsDelayMillis < 0) {
      throw new IllegalArgumentException("the diagnostics delay must not be negative: " + diagnosticsDelayMillis);
    }
  }

  public Settings withRoots(List<String> newRoots) {
    return new Settings(newRoots, nixPath, evaluation, timeLimit, diagnosticsDelayMillis);
  }

  public Settings withNixPath(List<String> entries) {
    return new Settings(roots, entries, evaluation, timeLimit, diagnosticsDelayMillis);
  }

  public Settings withEvaluation(boolean on) {
    return new Settings(roots, nixPath, on, timeLimit, diagnosticsDelayMillis);
  }

  public Settings withTimeLimit(Duration limit) {
    return new Settings(roots, nixPath, evaluation, limit, diagnosticsDelayMillis);
  }

  public Settings withDiagnosticsDelayMillis(long millis) {
    return new Settings(roots, nixPath, evaluation, timeLimit, millis);
  }
}
