package dev.six.cli;

import dev.six.eval.nixstore.StoreRegistration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code six instantiate}: {@code nix-instantiate}'s command line on six's evaluator. With
 * {@code --eval} it prints values exactly as {@code nix-instantiate --eval} does; {@code --parse}
 * prints the parse; otherwise it instantiates the derivations in the value: registers them (and
 * whatever else evaluation put in the store) with the installed Nix and prints their {@code .drv}
 * paths.
 */
@Command(
    name = "instantiate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Instantiate or evaluate Nix expressions as 'nix-instantiate' does. Accepts its flags.",
      "Without --eval, registers the derivations in the value (and the sources and files they need) with the"
          + " installed Nix, through its own nix-daemon --stdio, and prints their .drv paths.",
      "With no FILE and no -E, reads ./default.nix. Exits 1 on any error, printing a line starting 'error:'."
    })
final class InstantiateCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "Files to evaluate ('-': standard input; a directory: its default.nix; <p>: looked up in the search path).")
  private List<String> files = new ArrayList<>();

  @Option(names = {"--eval", "--eval-only"}, description = "Evaluate and print the value (instead of instantiating derivations).")
  private boolean eval;

  @Option(names = "--strict", description = "Evaluate the value completely before printing it.")
  private boolean strict;

  private ValueOutput.Format format = ValueOutput.Format.NIX;

  // Options on methods are listed after the fields, in this order: the JVM lists methods in no fixed order.
  @Option(names = "--json", order = 1, description = "Print the value as JSON (with --strict to evaluate it all first).")
  private void json(boolean on) {
    format = ValueOutput.Format.JSON;
  }

  @Option(names = "--xml", order = 2, description = "Print the value as XML.")
  private void xml(boolean on) {
    format = ValueOutput.Format.XML;
  }

  @Option(names = "--raw", order = 3, description = "Print the value, which must be a string or coerce to one, as is, without a line break.")
  private void raw(boolean on) {
    format = ValueOutput.Format.RAW;
  }

  @Option(names = "--no-location", description = "In XML output, leave out source locations.")
  private boolean noLocation;

  @Option(names = {"--parse", "--parse-only"}, description = "Only parse, and print the expression as 'nix-instantiate --parse' does.")
  private boolean parse;

  @Option(names = {"-E", "--expr"}, description = "Treat the arguments as Nix expressions instead of file names.")
  private boolean expressions;

  @Mixin
  private EvalFlags flags = new EvalFlags();

  @Option(names = "--readonly-mode", description = "Compute the .drv paths without registering anything with the"
      + " Nix store (with --eval, the default).")
  private boolean readonly;

  @Option(names = "--dry-run", description = "The same as --readonly-mode.")
  private boolean dryRun;

  @Option(names = "--read-write-mode", description = "With --eval, register what evaluation put in the store"
      + " (derivations, sources, toFile texts) with the Nix store, as nix-instantiate does in this mode.")
  private boolean readWrite;

  @Option(names = "--add-root", paramLabel = "PATH", description = "Make PATH a garbage-collector root of the .drv"
      + " path (PATH-2, PATH-3, ... for further ones), and print it instead of the .drv path.")
  private String addRoot;

  @Option(names = "--indirect", description = "Accepted for compatibility: roots are always indirect, as in Nix 2.8.")
  private boolean indirect;

  @Mixin
  private StoreFlags store = new StoreFlags();

  @Option(names = "--find-file", description = "Print where each FILE (like nixpkgs/lib) is found in the search path, then stop.")
  private boolean findFile;

  @Option(names = "--impure", description = "Accepted for compatibility: evaluation is impure by default, as in nix-instantiate.")
  private boolean impure;

  private final Terminal terminal;

  InstantiateCommand() {
    this(Terminal.system());
  }

  InstantiateCommand(Terminal terminal) {
    this.terminal = terminal;
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
    if (parse) {
      List<String> parseArgs = new ArrayList<>(files);
      if (expressions) {
        parseArgs.add(0, "-E");
      }
      ParseCommand parser = new ParseCommand(terminal.stdin(), terminal.stdout(), terminal.stderr());
      return new picocli.CommandLine(parser).execute(parseArgs.toArray(new String[0]));
    }
    if (findFile) {
      return new SearchPathLookup(flags, terminal).print(files);
    }
    List<EvalInput> inputs = EvalInput.of(files, expressions);
    try (StoreRegistration registration = store.registration(terminal)) {
      if (eval) {
        return new EvalRun(flags, terminal).run(inputs, format, strict, !noLocation, readWrite ? registration : null);
      }
      DrvPathPrinter printer = new DrvPathPrinter(terminal, registration, addRoot);
      return new InstantiateRun(flags, terminal).run(inputs, registration, readonly || dryRun, printer);
    }
  }
}
