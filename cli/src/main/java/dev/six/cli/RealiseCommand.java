package dev.six.cli;

import static dev.six.cli.CommandSpecs.flag;
import static dev.six.cli.CommandSpecs.positionals;
import static dev.six.cli.CommandSpecs.value;

import dev.six.eval.nixstore.NixStoreException;
import dev.six.eval.nixstore.NixStoreRealise;
import dev.six.eval.nixstore.StoreRegistration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code six realise}: {@code nix-store --realise $(six instantiate ...)} in one step. The
 * derivations are instantiated as {@code six instantiate} does, and their {@code .drv} paths (with
 * {@code !OUTPUT} as it prints them) handed to the installed {@code nix-store --realise}, which
 * builds them and prints the output paths. The registration session stays open until the build
 * ends, so the garbage collector cannot take the {@code .drv} files in between.
 */
final class RealiseCommand implements Callable<Integer>, Subcommand {
  private final List<String> files = new ArrayList<>();
  private boolean expressions;
  private final EvalFlags flags = new EvalFlags();
  private final StoreFlags store = new StoreFlags();
  private String addRoot;

  private final Terminal terminal;

  RealiseCommand() {
    this(Terminal.system());
  }

  RealiseCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public CommandSpec spec() {
    CommandSpec spec = CommandSpecs.command(this, "realise",
        "Instantiate the derivations in Nix expressions as 'six instantiate' does, then build them with the installed"
            + " 'nix-store --realise' and print their output paths as it does.",
        "With no FILE and no -E, reads ./default.nix. Exits 1 on an evaluation error (printing a line starting"
            + " 'error:'), and with nix-store's status when the build fails.",
        "Also accepts Nix's common options, which apply to the evaluation where they change it (--system SYSTEM,"
            + " --nix-path PATH, --option NAME VALUE, ...) and are all passed to nix-store as settings: -j N,"
            + " -k, -K, --builders SPEC, --no-sandbox, --cores N, --extra-NAME VALUE, -v, ...");
    spec.addPositional(positionals(files, "0..*", "FILE", "Files to instantiate ('-': standard input; a directory:"
        + " its default.nix; <p>: looked up in the search path)."));
    spec.addOption(flag(on -> expressions = on, "Treat the arguments as Nix expressions instead of file names.",
        "-E", "--expr"));
    flags.addTo(spec);
    store.addTo(spec);
    spec.addOption(value(path -> addRoot = path, "PATH", "Make PATH a garbage-collector root of each output"
        + " path as nix-store does (PATH-2, ... for further derivations, PATH-OUTPUT for outputs other than out), and"
        + " print the roots instead.", "--add-root"));
    return CommandSpecs.withHelp(spec);
  }

  @Override
  public Integer call() throws IOException {
    try {
      return run();
    } finally {
      terminal.flush();
    }
  }

  private int run() throws IOException {
    List<String> targets = new ArrayList<>();
    try (StoreRegistration registration = store.registration(terminal)) {
      int status = new InstantiateRun(flags, terminal).run(EvalInput.of(files, expressions), registration, false,
          (drvPath, output) -> targets.add(output.equals("out") ? drvPath : drvPath + "!" + output));
      if (status != 0 || targets.isEmpty()) {
        return status;
      }
      terminal.stdout().flush();
      return new NixStoreRealise(store.nix(terminal)).run(nixStoreOptions(), targets, terminal.cwd(),
          terminal.stdout(), terminal.stderr());
    } catch (NixStoreException e) {
      terminal.stderr().println("error: " + e.getMessage());
      return 1;
    }
  }

  /** The options for nix-store, in its own spelling. */
  private List<String> nixStoreOptions() {
    List<String> args = new ArrayList<>(store.storeArgs());
    // Nix's settings from the command line (-j 4, --cores 4, -K, --option extra-substituters ...)
    List<String> settings = flags.nixSettingsAsOptions();
    for (int i = 0; i + 1 < settings.size(); i += 2) {
      args.add("--option");
      args.add(settings.get(i));
      args.add(settings.get(i + 1));
    }
    if (addRoot != null) {
      args.add("--add-root");
      args.add(addRoot);
    }
    return args;
  }
}
