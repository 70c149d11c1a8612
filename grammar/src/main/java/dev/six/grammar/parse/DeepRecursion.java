package dev.six.grammar.parse;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs recursive tree walks so that deeply nested input cannot crash them: a task that overflows
 * the caller's stack is run again on a thread with a large stack, and if even that overflows, the
 * fallback result is returned. Ordinary input never leaves the fast path.
 */
public final class DeepRecursion {
  /** Reserved, not committed: the kernel backs only the pages a deep walk touches. */
  private static final long LARGE_STACK_BYTES = 512L << 20;

  private DeepRecursion() {}

  public static <T> T call(Supplier<T> task, Supplier<T> whenTooDeep) {
    try {
      return task.get();
    } catch (StackOverflowError overflow) {
      return onLargeStack(task, whenTooDeep);
    }
  }

  private static <T> T onLargeStack(Supplier<T> task, Supplier<T> whenTooDeep) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(task.get());
      } catch (StackOverflowError overflow) {
        result.set(whenTooDeep.get());
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "six-deep-recursion", LARGE_STACK_BYTES);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while walking a deeply nested expression", e);
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (t instanceof Error error) {
      throw error;
    }
    return result.get();
  }
}
