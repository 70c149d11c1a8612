package dev.six.eval.runtime;

import dev.six.eval.io.MemoryIO;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Makes a throwaway {@link Evaluator} on a daemon thread, so that a process's first real one finds
 * the classes every session needs loaded and the call sites of the built-ins linked. A command
 * that starts this before reading its command line does that work on its second core: its first
 * session then takes 2-4 ms instead of 17-30 ms. A class of its own, and no lambda, so that the
 * thread starting it loads, links and initialises nothing else (not even {@code Evaluator}).
 */
public final class EvaluatorPreparation implements Runnable {
  private EvaluatorPreparation() {}

  /** Starts the preparation and returns at once. */
  public static void startInBackground() {
    Thread thread = new Thread(new EvaluatorPreparation(), "six-eval-prepare");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void run() {
    try {
      new Evaluator(EvalSettings.defaults(), new MemoryIO(), new PrintStream(OutputStream.nullOutputStream()));
    } catch (RuntimeException | LinkageError e) {
      // Nothing is lost: the real session does the same work again and reports what fails there.
    }
  }
}
