package dev.six.lsp.eval;

import dev.six.eval.runtime.Evaluator;
import dev.six.eval.value.Value;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * One finished evaluation of a root: the session it ran in (its values stay usable for further,
 * lazy evaluation: hover values, previews), the root's value (after calling a function whose
 * arguments all have defaults; null when evaluating it failed), whether it is a site and its hosts,
 * the files it read, and what it found wrong. Further work on it goes through {@link #run}, one
 * task at a time, each with a time limit.
 */
public final class Evaluation {
  private final Path root;
  private final Evaluator evaluator;
  private final Value value;
  private final List<String> hosts;
  private final boolean site;
  private final Set<Path> filesRead;
  private final List<Problem> problems;
  private final long millis;

  Evaluation(Path root, Evaluator evaluator, Value value, boolean site, List<String> hosts, Set<Path> filesRead,
      List<Problem> problems, long millis) {
    this.root = root;
    this.evaluator = evaluator;
    this.value = value;
    this.site = site;
    this.hosts = List.copyOf(hosts);
    this.filesRead = Set.copyOf(filesRead);
    this.problems = List.copyOf(problems);
    this.millis = millis;
  }

  /** The root file evaluated. */
  public Path root() {
    return root;
  }

  /** The session: its state holds every value computed so far. Run work on it through {@link #run}. */
  public Evaluator evaluator() {
    return evaluator;
  }

  /** The root's value in weak head normal form, or null when the evaluation of the file itself failed. */
  public Value value() {
    return value;
  }

  /** Whether the root's value has {@code descriptions.<host>}: a site whose hosts were compiled. */
  public boolean isSite() {
    return site;
  }

  /** A site's host names, sorted; empty for other roots. */
  public List<String> hosts() {
    return hosts;
  }

  /** Every path the evaluation read, listed or looked at. */
  public Set<Path> filesRead() {
    return filesRead;
  }

  public boolean reads(Path file) {
    return filesRead.contains(file);
  }

  /** The evaluation errors and s6-rc errors and warnings, in the order found. */
  public List<Problem> problems() {
    return problems;
  }

  /** How long the evaluation took. */
  public long millis() {
    return millis;
  }

  /**
   * Runs {@code task} on the evaluation's thread, stopped (with an {@code INTERRUPTED}
   * {@code EvalError}) after {@code limit}; errors are thrown as {@code NixError}s.
   */
  public <T> T run(Callable<T> task, Duration limit) {
    return evaluator.run(task, limit);
  }

  /** Stops the task running in {@link #run} now, if any. */
  public void cancelRunningTask() {
    evaluator.cancel();
  }
}
