package dev.six.eval.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.eval.error.EvalError;
import dev.six.eval.io.MemoryIO;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.Value;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code NIX_ABORT_ON_WARN} makes {@code builtins.warn} a fatal error, which tryEval cannot catch. */
class AbortOnWarnTest {
  private static final String EXPR = "builtins.tryEval (builtins.warn \"careful\" 1)";

  @Test
  void warningsAbortWhenAsked() {
    for (String on : new String[] {"1", "yes", "true"}) {
      EvalError e = assertThrows(EvalError.class, () -> evaluate(on));
      assertEquals("aborting to reveal stack trace of warning, as abort-on-warn is set", e.getMessage());
    }
  }

  @Test
  void warningsOnlyWarnOtherwise() {
    assertTrue(evaluate("0") instanceof NixAttrs, "tryEval's result set");
  }

  private static Value evaluate(String abortOnWarn) {
    EvalSettings settings = EvalSettings.defaults().withEnvironment(Map.of("NIX_ABORT_ON_WARN", abortOnWarn));
    Evaluator evaluator = new Evaluator(settings, new MemoryIO(), new PrintStream(OutputStream.nullOutputStream()));
    return evaluator.evalText("«string»", SourceFile.Origin.STRING, EXPR.toCharArray(), "/");
  }
}
