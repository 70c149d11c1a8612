package dev.six.cli;

import dev.six.eval.error.NixError;
import dev.six.eval.nixstore.NixStoreException;
import dev.six.eval.nixstore.StoreRegistration;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.value.Value;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * Evaluates command-line inputs and prints the selected values, as nix-instantiate's
 * {@code processExpr} does: every input, every {@code -A} path, in order; the first error stops
 * the run, is printed in Nix's shape and makes the exit status 1. In read-write mode what
 * evaluation put in the store is registered with Nix as it goes (and up to an error), as
 * {@code nix-instantiate --eval --read-write-mode} writes it.
 */
final class EvalRun {
  private final EvalFlags flags;
  private final Terminal terminal;

  EvalRun(EvalFlags flags, Terminal terminal) {
    this.flags = flags;
    this.terminal = terminal;
  }

  /** Runs; {@code registration} is null unless what evaluation adds to the store is to be registered. */
  int run(List<EvalInput> inputs, ValueOutput.Format format, boolean strict, boolean locations,
      StoreRegistration registration) throws IOException {
    String cwd = terminal.cwd();
    PrintStream stdout = terminal.stdout();
    Evaluator evaluator = flags.evaluator(terminal);
    ValueOutput output = new ValueOutput(evaluator, format, strict, locations);
    try {
      Map<String, AutoArgs.Arg> autoArgs = flags.autoArgs(terminal);
      for (EvalInput input : inputs) {
        Value root = input.evaluate(evaluator, cwd, terminal.stdin());
        for (String path : flags.attrPaths()) {
          Value value = AttrPathSelection.select(evaluator, root, path, autoArgs, cwd);
          String text = output.render(value);
          register(registration, evaluator);
          stdout.print(text);
        }
      }
      return 0;
    } catch (NixError e) {
      stdout.flush();
      terminal.stderr().print(EvalErrorRenderer.render(e, flags.showTrace()));
      try {
        register(registration, evaluator);
      } catch (NixStoreException registrationFailure) {
        terminal.stderr().println("error: " + registrationFailure.getMessage());
      }
      return 1;
    } catch (NixStoreException e) {
      stdout.flush();
      terminal.stderr().println("error: " + e.getMessage());
      return 1;
    }
  }

  private static void register(StoreRegistration registration, Evaluator evaluator) throws NixStoreException {
    if (registration != null) {
      registration.register(evaluator.state().store().added());
    }
  }
}
