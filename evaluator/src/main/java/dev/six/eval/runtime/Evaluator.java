package dev.six.eval.runtime;

import dev.six.eval.builtins.Builtins;
import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.io.EvalIO;
import dev.six.eval.ir.Node;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.Value;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The evaluator's entry point: a session with settings, I/O and a log, and the ways to evaluate
 * (a file, a text, any task on the session). Every task runs on a thread with a large stack, so
 * that deep (but finite) recursion works and too deep recursion is an error, never a crash.
 */
public final class Evaluator {
  /** Reserved, not committed up front: the kernel backs only what deep recursion touches. */
  private static final long STACK_BYTES = 1L << 30;

  /** One daemon thread for every session's time limits: it only flips a flag when one runs out. */
  private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

  private final EvalState state;
  /** The time-limited task running now (see {@link #run(Callable, Duration)}), or null. */
  private Object limitedTask;

  public Evaluator(EvalSettings settings, EvalIO io, PrintStream log) {
    this(settings, io, log, new ParsedFiles());
  }

  /**
   * A session that shares {@code parsedFiles} with others: files whose text has not changed since
   * one of them parsed it are not parsed again (a language server's evaluations on save).
   */
  public Evaluator(EvalSettings settings, EvalIO io, PrintStream log, ParsedFiles parsedFiles) {
    this.state = new EvalState(settings, io, log, parsedFiles);
    Builtins.install(state);
  }

  public EvalState state() {
    return state;
  }

  /**
   * The file at an absolute path (a directory means its {@code default.nix}), as nix-instantiate
   * evaluates its argument.
   */
  public Value evalFile(String path) {
    return run(() -> state.imports().evalTopLevelFile(path));
  }

  /** Evaluates a text (standard input or {@code -E}) whose relative paths resolve against {@code baseDirectory}. */
  public Value evalText(String name, SourceFile.Origin origin, char[] text, String baseDirectory) {
    return run(() -> {
      SourceFile source = new SourceFile(name, origin, text, baseDirectory);
      Node root = state.imports().lower(source, null, null);
      return root.eval(state, null);
    });
  }

  /**
   * Runs {@code task} as {@link #run(Callable)} does, stopping it with an
   * {@link ErrorKind#INTERRUPTED} error when it runs longer than {@code limit} or is
   * {@linkplain #cancel cancelled}. Tasks of one session run one at a time.
   */
  public synchronized <T> T run(Callable<T> task, Duration limit) {
    Object token = new Object();
    synchronized (DEADLINES) {
      limitedTask = token;
      state.clearInterruption();
    }
    ScheduledFuture<?> deadline = DEADLINES.schedule(
        () -> interrupt(token, "evaluation took longer than its time limit of " + seconds(limit)),
        limit.toNanos(), TimeUnit.NANOSECONDS);
    try {
      return run(task);
    } finally {
      deadline.cancel(false);
      synchronized (DEADLINES) {
        // under the lock a late deadline cannot interrupt the next task
        limitedTask = null;
        state.clearInterruption();
      }
    }
  }

  /**
   * Stops the time-limited task running now, from any thread (it fails with an
   * {@link ErrorKind#INTERRUPTED} error); does nothing when none runs.
   */
  public void cancel() {
    synchronized (DEADLINES) {
      if (limitedTask != null) {
        state.interrupt("evaluation cancelled");
      }
    }
  }

  private void interrupt(Object token, String reason) {
    synchronized (DEADLINES) {
      if (limitedTask == token) {
        state.interrupt(reason);
      }
    }
  }

  private static String seconds(Duration limit) {
    long millis = limit.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static ScheduledThreadPoolExecutor deadlines() {
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
      Thread thread = new Thread(runnable, "six-eval-deadlines");
      thread.setDaemon(true);
      return thread;
    });
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }

  /** Runs {@code task} on this session's evaluation thread; errors are thrown as {@code NixError}s. */
  public <T> T run(Callable<T> task) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(task.call());
      } catch (StackOverflowError e) {
        failure.set(new EvalError(ErrorKind.STACK_OVERFLOW, "stack overflow (possible infinite recursion)", null));
      } catch (OutOfMemoryError e) {
        // The evaluation's data is unreachable once this thread ends: the process goes on.
        failure.set(new EvalError(ErrorKind.OUT_OF_MEMORY, "out of memory", null));
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "six-eval", STACK_BYTES);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
    return result.get();
  }
}
