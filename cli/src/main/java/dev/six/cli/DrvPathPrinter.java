package dev.six.cli;

import dev.six.eval.nixstore.NixStoreException;
import dev.six.eval.nixstore.StoreRegistration;
import java.nio.file.Path;

/**
 * Prints instantiated derivations as {@code nix-instantiate} does: the {@code .drv} path, with
 * {@code !OUTPUT} when the value selected another output than {@code out}. With {@code --add-root}
 * each path gets a garbage-collector root (the first at the given path, then {@code PATH-2},
 * {@code PATH-3}, ...) and the root is printed instead; without, Nix's warning that the result
 * may be collected is printed once, unless {@code --no-gc-warning} asked for silence.
 */
final class DrvPathPrinter implements InstantiateRun.Target {
  static final String GC_WARNING =
      "warning: you did not specify '--add-root'; the result might be removed by the garbage collector";

  private final Terminal terminal;
  private final StoreRegistration registration;
  private final String addRoot;
  private int roots;
  private boolean warned;

  DrvPathPrinter(Terminal terminal, StoreRegistration registration, String addRoot, boolean gcWarning) {
    this.terminal = terminal;
    this.registration = registration;
    this.addRoot = addRoot;
    this.warned = !gcWarning;
  }

  @Override
  public void accept(String drvPath, String outputName) throws NixStoreException {
    String shown = drvPath;
    if (addRoot == null) {
      if (!warned) {
        terminal.stderr().println(GC_WARNING);
        warned = true;
      }
    } else {
      String root = Path.of(terminal.cwd()).resolve(addRoot).normalize().toString();
      if (++roots > 1) {
        root += "-" + roots;
      }
      shown = registration.addPermRoot(drvPath, root, terminal.cwd());
    }
    terminal.stdout().println(shown + (outputName.equals("out") ? "" : "!" + outputName));
  }
}
