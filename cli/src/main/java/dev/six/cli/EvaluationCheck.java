package dev.six.cli;

import dev.six.lsp.eval.Cancellation;
import dev.six.lsp.eval.Evaluation;
import dev.six.lsp.eval.Problem;
import dev.six.lsp.eval.RootDiscovery;
import dev.six.lsp.eval.RootEvaluator;
import dev.six.lsp.eval.SandboxedEvaluators;
import dev.six.lsp.eval.Settings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The evaluating half of {@code six check}: the roots under the checked paths, found and evaluated
 * exactly as the language server finds and evaluates them on save (a site's hosts compiled by
 * s6-rc-compile's rules, any other root forced completely, sandboxed, each with the editor's
 * default time limit), so that CI and the editor report the same problems.
 */
final class EvaluationCheck {
  /** What was evaluated and what was found, in file and position order. */
  record Outcome(int roots, List<Problem> problems) {}

  private EvaluationCheck() {}

  /**
   * @param workspace the project the paths belong to (the working directory): where a problem
   *     without a position of its own is placed, as the editor places it in its workspace
   * @param nixPath {@code NIX_PATH}'s entries
   */
  static Outcome run(List<Path> paths, Predicate<Path> excluded, Path workspace, List<String> nixPath, PrintStream log)
      throws IOException {
    List<Path> roots = RootDiscovery.discover(paths, excluded);
    SandboxedEvaluators evaluators = new SandboxedEvaluators(workspace, nixPath, log);
    Set<Problem> problems = new LinkedHashSet<>();
    for (Path root : roots) {
      Evaluation evaluation = RootEvaluator.evaluate(evaluators, root, Settings.DEFAULTS.timeLimit(), new Cancellation());
      problems.addAll(evaluation.problems());
    }
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparing((Problem p) -> p.place().file().toString())
        .thenComparingInt(p -> p.place().line()).thenComparingInt(p -> p.place().column()));
    return new Outcome(roots.size(), sorted);
  }
}
