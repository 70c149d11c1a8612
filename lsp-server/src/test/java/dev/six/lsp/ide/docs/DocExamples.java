package dev.six.lsp.ide.docs;

import dev.six.eval.error.NixError;
import dev.six.eval.io.DiskIO;
import dev.six.eval.print.ValuePrinter;
import dev.six.eval.runtime.DeepForce;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.Value;
import dev.six.grammar.oracle.NixInstantiate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates the documentation's examples as {@code nix-instantiate --eval --strict -E} would, with
 * six's evaluator in this process or with the real Nix, in the directory of the files they read
 * ({@code doc-examples}); the sugars' examples see {@code infuse} from {@code corpus/infuse}.
 */
final class DocExamples {
  static final Path DIRECTORY = Path.of("src", "test", "resources", "doc-examples").toAbsolutePath();
  static final Path INFUSE = Path.of("..", "corpus", "infuse").toAbsolutePath().normalize();

  private DocExamples() {}

  /** One example: the file and entry it documents, and the expression to evaluate. */
  record Case(String file, DocEntry entry, DocEntry.Example example, String expression) {
    String displayName() {
      return file + ": " + entry.name();
    }
  }

  /** What an evaluation gave: the printed value, or the error's message. */
  record Outcome(boolean success, String text) {}

  /** Every example of both files. */
  static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    for (DocEntry entry : Documentation.builtins().values()) {
      entry.example().ifPresent(e -> cases.add(new Case("builtins.md", entry, e, e.expression())));
    }
    for (DocEntry entry : Documentation.sugars().values()) {
      entry.example().ifPresent(e -> cases.add(new Case("infuse-sugars.md", entry, e, withInfuse(e.expression()))));
    }
    return cases;
  }

  static String withInfuse(String expression) {
    return "let inherit ((import " + INFUSE + " { }).v1) infuse; in " + expression;
  }

  /** {@code expression} evaluated completely by six. */
  static Outcome six(String expression) {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    // as six eval sets them: the clock and the environment (for currentTime, getEnv)
    EvalSettings settings = EvalSettings.defaults().withEnvironment(Map.of("HOME", NixInstantiate.HOME))
        .withCurrentTime(System.currentTimeMillis() / 1000);
    Evaluator evaluator = new Evaluator(settings, new DiskIO(),
        new PrintStream(log, true, StandardCharsets.ISO_8859_1));
    try {
      Value value = evaluator.evalText("(string)", SourceFile.Origin.STRING, expression.toCharArray(),
          DIRECTORY.toString());
      return new Outcome(true, evaluator.run(() -> {
        DeepForce.force(evaluator.state(), value);
        return ValuePrinter.print(evaluator.state(), value, true);
      }));
    } catch (NixError e) {
      return new Outcome(false, e.getMessage());
    }
  }

  /** {@code expression} evaluated by {@code nix-instantiate --eval --strict -E}. */
  static Outcome nix(Path nix, String expression) throws IOException, InterruptedException {
    NixInstantiate.Run run = NixInstantiate.run(nix, List.of("--eval", "--strict", "-E", expression),
        Map.of("HOME", NixInstantiate.HOME), DIRECTORY.toString());
    if (run.exitCode() == 0) {
      return new Outcome(true, run.stdout().strip());
    }
    for (String line : run.stderr().split("\n")) {
      if (line.startsWith("error: ")) {
        return new Outcome(false, line.substring("error: ".length()));
      }
    }
    return new Outcome(false, run.stderr());
  }

  /** Whether the entry says it came with a Nix newer than the oracle's 2.8, so that only six can run its example. */
  static boolean newerThanNix28(DocEntry entry) {
    return entry.sinceNix().map(v -> {
      String[] parts = v.split("\\.");
      int major = Integer.parseInt(parts[0]);
      return major > 2 || major == 2 && Integer.parseInt(parts[1]) > 8;
    }).orElse(false);
  }

  /** The strings of a printed list of strings ({@code [ "a" "b" ]}). */
  static List<String> strings(String printedList) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(printedList);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
