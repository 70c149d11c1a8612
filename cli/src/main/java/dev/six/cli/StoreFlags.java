package dev.six.cli;

import dev.six.eval.nixstore.NixTools;
import dev.six.eval.nixstore.StoreRegistration;
import dev.six.eval.runtime.EvalSettings;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Which Nix store the commands that register or build use: the installed Nix's own choice unless
 * {@code --store} names one. Everything reaches the store through Nix's programs, found on the
 * PATH of the environment six runs in.
 */
final class StoreFlags {
  private String store;

  /** Adds {@code --store} to a command's options. */
  void addTo(CommandSpec spec) {
    spec.addOption(CommandSpecs.value(url -> store = url, "URL", "Use the Nix store at URL (as Nix's own --store: a"
        + " directory for a chroot store, 'daemon', ...) instead of the one Nix uses by default.", "--store"));
  }

  NixTools nix(Terminal terminal) {
    return new NixTools(terminal.environment());
  }

  /** {@code --store URL} for Nix's programs, or nothing. */
  List<String> storeArgs() {
    List<String> args = new ArrayList<>();
    if (store != null) {
      args.add("--store");
      args.add(store);
    }
    return args;
  }

  /** A registration session (nothing starts until something is registered). */
  StoreRegistration registration(Terminal terminal) {
    return new StoreRegistration(nix(terminal), storeArgs(), EvalSettings.defaults().storeDir(), terminal.stderr());
  }
}
