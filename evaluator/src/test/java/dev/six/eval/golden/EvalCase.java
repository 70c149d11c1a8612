package dev.six.eval.golden;

import dev.six.eval.error.NixError;
import dev.six.eval.io.DiskIO;
import dev.six.eval.print.ValuePrinter;
import dev.six.eval.runtime.DeepForce;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.value.Value;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs one eval case the way the upstream Nix test harness does: {@code nix-instantiate --eval
 * --strict FILE} with {@code HOME=/fake-home}, {@code TEST_VAR=foo} and the search path
 * {@code dir3:dir4} of the case directory; the case directory is shown as {@code /pwd}.
 */
public final class EvalCase {
  private EvalCase() {}

  /**
   * What a case printed: the value on success, else the error's first line and position; and what
   * it logged (traces, warnings).
   */
  public record Outcome(boolean success, String output, String log) {}

  public static EvalSettings settings(Path dir) {
    String d = dir.toAbsolutePath().normalize().toString();
    return EvalSettings.defaults()
        .withEnvironment(Map.of("HOME", "/fake-home", "TEST_VAR", "foo"))
        .withSearchPath(List.of(
            EvalSettings.SearchPathEntry.parse(d + "/dir3"),
            EvalSettings.SearchPathEntry.parse(d + "/dir4")));
  }

  public static Outcome run(Path file) {
    Path dir = file.toAbsolutePath().normalize().getParent();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Evaluator evaluator = new Evaluator(settings(dir), new DiskIO(), new PrintStream(log, true, StandardCharsets.ISO_8859_1));
    String pwd = dir.toString();
    try {
      Value value = evaluator.evalFile(file.toAbsolutePath().normalize().toString());
      String printed = evaluator.run(() -> {
        DeepForce.force(evaluator.state(), value);
        return ValuePrinter.print(evaluator.state(), value, true);
      });
      return new Outcome(true, printed.replace(pwd, "/pwd") + "\n", logged(log, pwd));
    } catch (NixError e) {
      String where = e.pos() == null ? "" : "\nat " + e.pos().toString().replace(pwd, "/pwd");
      return new Outcome(false, "error: " + e.getMessage().replace(pwd, "/pwd") + where + "\n", logged(log, pwd));
    }
  }

  private static String logged(ByteArrayOutputStream log, String pwd) {
    return log.toString(StandardCharsets.ISO_8859_1).replace(pwd, "/pwd");
  }
}
