package dev.six.lsp.values;

import dev.six.eval.probe.ValueRecorder;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.value.Value;
import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A finished evaluation of one evaluation root (a host's description, say), as the value features
 * read it: what it recorded in the watched files, and its session, on which more lazy evaluation
 * can run (time-limited: a hover never waits long, and never starts a new evaluation of the site).
 */
public interface EvaluatedRoot {
  /** How the editor names the root: the host, and what was evaluated ({@code router (descriptions.router)}). */
  String label();

  /** What the evaluation recorded. */
  ValueRecorder recorder();

  /** The root's value. */
  Value value();

  /**
   * Runs {@code task} on the evaluation's session, one task at a time; it fails with a
   * {@code NixError} (of kind INTERRUPTED when it ran longer than {@code limit}).
   */
  <T> T evaluate(Function<EvalState, T> task, Duration limit);

  /**
   * Evaluates the root again in a new session that records into {@code recorder} (which may
   * change what the evaluation does: see {@link ValueRecorder#withoutInfusionAt}), then runs
   * {@code task} on that session with the new root value; for counterfactual previews.
   */
  <T> T evaluateAgain(ValueRecorder recorder, BiFunction<EvalState, Value, T> task, Duration limit);
}
