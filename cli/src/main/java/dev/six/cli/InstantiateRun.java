package dev.six.cli;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.error.NixError;
import dev.six.eval.nixstore.NixStoreException;
import dev.six.eval.nixstore.StoreRegistration;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.Value;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Instantiates derivations as {@code nix-instantiate} does without {@code --eval}: for every input
 * and {@code -A} path, the derivations in the value ({@link DerivationSearch}), each with its
 * {@code .drv} path; whatever evaluation put in the store is registered with Nix
 * ({@link StoreRegistration}) before a path is handed on, so that a printed path is always valid.
 * Nix writes store objects while it evaluates: so, after an error, what evaluation had added up to
 * then is registered too, and the paths handed on before it stay handed on.
 */
final class InstantiateRun {
  /** What is done with each derivation found, once it is registered: printed, or kept for building. */
  interface Target {
    void accept(String drvPath, String outputName) throws NixStoreException;
  }

  private final EvalFlags flags;
  private final Terminal terminal;

  InstantiateRun(EvalFlags flags, Terminal terminal) {
    this.flags = flags;
    this.terminal = terminal;
  }

  /**
   * Runs, registering with {@code registration} unless {@code readOnly} (then paths are computed
   * and nothing is registered, as in Nix's read-only mode). Returns the exit status; errors are
   * printed in Nix's shape.
   */
  int run(List<EvalInput> inputs, StoreRegistration registration, boolean readOnly, Target target) throws IOException {
    StoreRegistration registering = readOnly ? null : registration;
    String cwd = terminal.cwd();
    Evaluator evaluator = flags.evaluator(terminal);
    EvalState st = evaluator.state();
    try {
      Map<String, AutoArgs.Arg> args = flags.autoArgs(terminal);
      NixAttrs autoArgs = AutoArgs.build(evaluator, args, cwd);
      for (EvalInput input : inputs) {
        Value root = input.evaluate(evaluator, cwd, terminal.stdin());
        for (String path : flags.attrPaths()) {
          Value value = AttrPathSelection.select(evaluator, root, path, args, cwd, false);
          List<NixAttrs> found = evaluator.run(() -> DerivationSearch.find(st, value, autoArgs));
          for (NixAttrs attrs : found) {
            FoundDerivation drv = new FoundDerivation(attrs);
            String drvPath = evaluator.run(() -> drv.drvPath(st));
            String outputName = evaluator.run(() -> drv.outputName(st));
            if (outputName.isEmpty()) {
              throw new EvalError(ErrorKind.MISSING_ATTRIBUTE, "derivation '" + drvPath
                  + "' lacks an 'outputName' attribute", null);
            }
            register(registering, st);
            target.accept(drvPath, outputName);
          }
        }
      }
      return 0;
    } catch (NixError e) {
      terminal.stdout().flush();
      terminal.stderr().print(EvalErrorRenderer.render(e, flags.showTrace()));
      try {
        register(registering, st);
      } catch (NixStoreException registrationFailure) {
        terminal.stderr().println("error: " + registrationFailure.getMessage());
      }
      return 1;
    } catch (NixStoreException e) {
      terminal.stdout().flush();
      terminal.stderr().println("error: " + e.getMessage());
      return 1;
    }
  }

  private static void register(StoreRegistration registration, EvalState st) throws NixStoreException {
    if (registration != null) {
      registration.register(st.store().added());
    }
  }
}
