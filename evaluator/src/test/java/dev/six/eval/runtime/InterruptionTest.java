package dev.six.eval.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.io.MemoryIO;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.Value;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A time-limited task stops at its limit or when cancelled from another thread, with a fatal
 * error tryEval does not catch, and leaves the session usable.
 */
class InterruptionTest {
  /** About 10^10 additions: it ends only when stopped. */
  private static final String ENDLESS = "builtins.tryEval (builtins.foldl' (a: b: builtins.foldl' (x: y: x + y) a"
      + " (builtins.genList (i: i) 100000)) 0 (builtins.genList (i: i) 100000))";

  private final Evaluator evaluator =
      new Evaluator(EvalSettings.defaults(), new MemoryIO(), new PrintStream(OutputStream.nullOutputStream()));

  @Test
  void aTaskStopsAtItsTimeLimit() {
    EvalError e = assertThrows(EvalError.class, () -> evaluator.run(() -> evaluate(ENDLESS), Duration.ofMillis(200)));
    assertEquals(ErrorKind.INTERRUPTED, e.kind());
    assertEquals("evaluation took longer than its time limit of 200 ms", e.getMessage());
    assertEquals(2, ((NixInt) evaluator.run(() -> evaluate("1 + 1"), Duration.ofSeconds(5))).value,
        "the session still evaluates");
  }

  @Test
  void aTaskStopsWhenCancelled() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<Value> running = CompletableFuture.supplyAsync(() -> evaluator.run(() -> {
      started.countDown();
      return evaluate(ENDLESS);
    }, Duration.ofMinutes(5)));
    started.await(10, TimeUnit.SECONDS);
    Thread.sleep(50);
    evaluator.cancel();
    ExecutionException e = assertThrows(ExecutionException.class, () -> running.get(10, TimeUnit.SECONDS));
    EvalError error = (EvalError) e.getCause();
    assertEquals(ErrorKind.INTERRUPTED, error.kind());
    assertEquals("evaluation cancelled", error.getMessage());
  }

  @Test
  void cancellingWithNothingRunningLeavesTheNextTaskAlone() {
    evaluator.cancel();
    assertEquals(3, ((NixInt) evaluator.run(() -> evaluate("1 + 2"), Duration.ofSeconds(5))).value);
  }

  private Value evaluate(String text) {
    return evaluator.evalText("«string»", SourceFile.Origin.STRING, text.toCharArray(), "/");
  }
}
