package dev.six.cli;

import dev.six.eval.error.NixError;
import dev.six.eval.io.DiskIO;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.value.Value;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * Evaluates command-line inputs and prints the selected values, as nix-instantiate's
 * {@code processExpr} does: every input, every {@code -A} path, in order; the first error stops
 * the run, is printed in Nix's shape and makes the exit status 1.
 */
final class EvalRun {
  private final EvalFlags flags;
  private final Terminal terminal;

  EvalRun(EvalFlags flags, Terminal terminal) {
    this.flags = flags;
    this.terminal = terminal;
  }

  int run(List<EvalInput> inputs, ValueOutput.Format format, boolean strict, boolean locations) throws IOException {
    String cwd = terminal.cwd();
    PrintStream stdout = terminal.stdout();
    Evaluator evaluator = new Evaluator(flags.settings(cwd, terminal.environment()), new DiskIO(), terminal.stderr());
    ValueOutput output = new ValueOutput(evaluator, format, strict, locations);
    try {
      Map<String, AutoArgs.Arg> autoArgs = flags.autoArgs();
      for (EvalInput input : inputs) {
        Value root = input.evaluate(evaluator, cwd, terminal.stdin());
        for (String path : flags.attrPaths()) {
          Value value = AttrPathSelection.select(evaluator, root, path, autoArgs, cwd);
          stdout.print(output.render(value));
        }
      }
      return 0;
    } catch (NixError e) {
      stdout.flush();
      terminal.stderr().print(EvalErrorRenderer.render(e, flags.showTrace));
      return 1;
    }
  }
}
