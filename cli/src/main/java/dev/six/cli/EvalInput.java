package dev.six.cli;

import dev.six.eval.runtime.Evaluator;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One thing given on the command line to evaluate: a file, standard input or an expression. */
record EvalInput(Kind kind, String text) {
  enum Kind {
    FILE,
    STDIN,
    EXPRESSION
  }

  /**
   * What the positional arguments of {@code nix-instantiate} name, in its order: standard input
   * first if {@code -} is among them, then the files (or expressions with {@code -E}); with
   * neither, {@code ./default.nix}.
   */
  static List<EvalInput> of(List<String> arguments, boolean expressions) {
    List<EvalInput> inputs = new ArrayList<>();
    List<String> rest = arguments.stream().filter(f -> !f.equals("-")).toList();
    if (rest.size() < arguments.size()) {
      inputs.add(new EvalInput(Kind.STDIN, "-"));
    } else if (rest.isEmpty() && !expressions) {
      inputs.add(new EvalInput(Kind.FILE, "./default.nix"));
    }
    for (String f : rest) {
      inputs.add(new EvalInput(expressions ? Kind.EXPRESSION : Kind.FILE, f));
    }
    return inputs;
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
