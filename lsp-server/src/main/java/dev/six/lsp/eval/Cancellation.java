package dev.six.lsp.eval;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.runtime.Evaluator;

/**
 * Cancels one evaluation from another thread. The evaluator stops only a task that is running, so
 * the flag is also checked as each task starts: {@link #cancel} sets the flag before it stops the
 * evaluator, and a task checks the flag after the evaluator knows it runs; whichever comes second
 * sees the other, and no cancellation falls between two tasks.
 */
public final class Cancellation {
  private volatile boolean cancelled;
  private volatile Evaluator evaluator;

  /** Stops the evaluation now (it fails with an {@link ErrorKind#INTERRUPTED} error) and any later task of it. */
  public void cancel() {
    cancelled = true;
    Evaluator target = evaluator;
    if (target != null) {
      target.cancel();
    }
  }

  public boolean isCancelled() {
    return cancelled;
  }

  /** Binds the evaluator to stop. */
  void attach(Evaluator target) {
    this.evaluator = target;
  }

  /** Call at the start of each evaluator task: fails it if the evaluation was cancelled. */
  void check() {
    if (cancelled) {
      throw new EvalError(ErrorKind.INTERRUPTED, "evaluation cancelled", null);
    }
  }
}
