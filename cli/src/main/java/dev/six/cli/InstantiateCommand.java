package dev.six.cli;

import static dev.six.cli.CommandSpecs.flag;
import static dev.six.cli.CommandSpecs.positionals;
import static dev.six.cli.CommandSpecs.value;

import dev.six.eval.nixstore.StoreRegistration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code six instantiate}: {@code nix-instantiate}'s command line on six's evaluator. With
 * {@code --eval} it prints values exactly as {@code nix-instantiate --eval} does; {@code --parse}
 * prints the parse; otherwise it instantiates the derivations in the value: registers them (and
 * whatever else evaluation put in the store) with the installed Nix and prints their {@code .drv}
 * paths.
 */
final class InstantiateCommand implements Callable<Integer>, Subcommand {
  private final List<String> files = new ArrayList<>();
  private boolean eval;
  private boolean strict;
  private ValueOutput.Format format = ValueOutput.Format.NIX;
  private boolean noLocation;
  private boolean parse;
  private boolean expressions;
  private final EvalFlags flags = new EvalFlags();
  private boolean readonly;
  private boolean readWrite;
  private String addRoot;
  private final StoreFlags store = new StoreFlags();
  private boolean findFile;

  private final Terminal terminal;

  InstantiateCommand() {
    this(Terminal.system());
  }

  InstantiateCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public CommandSpec spec() {
    CommandSpec spec = CommandSpecs.command(this, "instantiate",
        "Instantiate or evaluate Nix expressions as 'nix-instantiate' does. Accepts its flags.",
        "Without --eval, registers the derivations in the value (and the sources and files they need) with the"
            + " installed Nix, through its own nix-daemon --stdio, and prints their .drv paths.",
        "With no FILE and no -E, reads ./default.nix. Exits 1 on any error, printing a line starting 'error:'.",
        "Also accepts Nix's common options: --option NAME VALUE, a flag per Nix setting (--system SYSTEM,"
            + " --nix-path PATH, --no-sandbox, --extra-NAME VALUE, ...), -v, --quiet, -j N, -k, -K, --no-gc-warning.");
    spec.addPositional(positionals(files, "0..*", "FILE", "Files to evaluate ('-': standard input; a directory:"
        + " its default.nix; <p>: looked up in the search path)."));
    spec.addOption(flag(on -> eval = on, "Evaluate and print the value (instead of instantiating derivations).",
        "--eval", "--eval-only"));
    spec.addOption(flag(on -> strict = on, "Evaluate the value completely before printing it.", "--strict"));
    spec.addOption(flag(on -> format = ValueOutput.Format.JSON,
        "Print the value as JSON (with --strict to evaluate it all first).", "--json"));
    spec.addOption(flag(on -> format = ValueOutput.Format.XML, "Print the value as XML.", "--xml"));
    spec.addOption(flag(on -> format = ValueOutput.Format.RAW,
        "Print the value, which must be a string or coerce to one, as is, without a line break.", "--raw"));
    spec.addOption(flag(on -> noLocation = on, "In XML output, leave out source locations.", "--no-location"));
    spec.addOption(flag(on -> parse = on,
        "Only parse, and print the expression as 'nix-instantiate --parse' does.", "--parse", "--parse-only"));
    spec.addOption(flag(on -> expressions = on, "Treat the arguments as Nix expressions instead of file names.",
        "-E", "--expr"));
    flags.addTo(spec);
    spec.addOption(flag(on -> readonly = on, "Compute the .drv paths without registering anything with the"
        + " Nix store (with --eval, the default).", "--readonly-mode"));
    spec.addOption(flag(on -> readonly = on, "The same as --readonly-mode.", "--dry-run"));
    spec.addOption(flag(on -> readWrite = on, "With --eval, register what evaluation put in the store"
        + " (derivations, sources, toFile texts) with the Nix store, as nix-instantiate does in this mode.",
        "--read-write-mode"));
    spec.addOption(value(path -> addRoot = path, "PATH", "Make PATH a garbage-collector root of the .drv"
        + " path (PATH-2, PATH-3, ... for further ones), and print it instead of the .drv path.", "--add-root"));
    spec.addOption(flag(on -> { }, "Accepted for compatibility: roots are always indirect, as in Nix 2.8.",
        "--indirect"));
    store.addTo(spec);
    spec.addOption(flag(on -> findFile = on,
        "Print where each FILE (like nixpkgs/lib) is found in the search path, then stop.", "--find-file"));
    spec.addOption(flag(on -> { }, "Accepted for compatibility: evaluation is impure by default, as in"
        + " nix-instantiate.", "--impure"));
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
    if (!flags.reportNixOptions(terminal.stderr())) {
      return 1;
    }
    if (parse) {
      List<String> parseArgs = new ArrayList<>(files);
      if (expressions) {
        parseArgs.add(0, "-E");
      }
      ParseCommand parser = new ParseCommand(terminal.stdin(), terminal.stdout(), terminal.stderr());
      return new picocli.CommandLine(parser.spec()).execute(parseArgs.toArray(new String[0]));
    }
    if (findFile) {
      return new SearchPathLookup(flags, terminal).print(files);
    }
    List<EvalInput> inputs = EvalInput.of(files, expressions);
    try (StoreRegistration registration = store.registration(terminal)) {
      if (eval) {
        return new EvalRun(flags, terminal).run(inputs, format, strict, !noLocation, readWrite ? registration : null);
      }
      DrvPathPrinter printer = new DrvPathPrinter(terminal, registration, addRoot, flags.gcWarning());
      return new InstantiateRun(flags, terminal).run(inputs, registration, readonly, printer);
    }
  }
}
