package dev.six.cli;

import dev.six.eval.runtime.Evaluator;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** One thing given on the command line to evaluate: a file, standard input or an expression. */
record EvalInput(Kind kind, String text) {
  enum Kind {
    FILE,
    STDIN,
    EXPRESSION
  }

  Value evaluate(Evaluator evaluator, String cwd, InputStream stdin) throws IOException {
    switch (kind) {
      case EXPRESSION:
        return evaluator.evalText(SourceInput.bytewise("«string»"), SourceFile.Origin.STRING,
            SourceInput.decode(text.getBytes(StandardCharsets.UTF_8)), SourceInput.bytewise(cwd));
      case STDIN:
        return evaluator.evalText(SourceInput.bytewise("«stdin»"), SourceFile.Origin.STDIN,
            SourceInput.decode(stdin.readAllBytes()), SourceInput.bytewise(cwd));
      default:
        return evaluator.evalFile(FileArguments.resolve(evaluator, text, cwd));
    }
  }
}
