package dev.six.cli;

import dev.six.eval.error.NixError;
import dev.six.eval.io.DiskIO;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code six instantiate}: {@code nix-instantiate}'s command line on six's evaluator. With
 * {@code --eval} it prints values exactly as {@code nix-instantiate --eval} does; {@code --parse}
 * prints the parse. Writing derivations is the job of a later version.
 */
@Command(
    name = "instantiate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Evaluate Nix expressions as 'nix-instantiate' does. Accepts its flags.",
      "With no FILE and no -E, evaluates ./default.nix. Exits 1 on any error, printing a line starting 'error:'."
    })
final class InstantiateCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "Files to evaluate ('-': standard input; a directory: its default.nix; <p>: looked up in the search path).")
  private List<String> files = new ArrayList<>();

  @Option(names = {"--eval", "--eval-only"}, description = "Evaluate and print the value (instead of instantiating derivations).")
  private boolean eval;

  @Option(names = "--strict", description = "Evaluate the value completely before printing it.")
  private boolean strict;

  private ValueOutput.Format format = ValueOutput.Format.NIX;

  @Option(names = "--json", description = "Print the value as JSON (with --strict to evaluate it all first).")
  private void json(boolean on) {
    format = ValueOutput.Format.JSON;
  }

  @Option(names = "--xml", description = "Print the value as XML.")
  private void xml(boolean on) {
    format = ValueOutput.Format.XML;
  }

  @Option(names = "--raw", description = "Print the value, which must be a string or coerce to one, as is, without a line break.")
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

  @Option(names = "--readonly-mode", description = "Do not write to the Nix store (six never writes while evaluating).")
  private boolean readonly;

  @Option(names = "--read-write-mode", description = "Accepted for compatibility: six evaluates without writing to the store.")
  private boolean readWrite;

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
    if (!eval) {
      terminal.stderr().println("error: instantiating derivations is not supported by six yet; use --eval to evaluate");
      return 1;
    }
    return new EvalRun(flags, terminal).run(inputs(), format, strict, !noLocation);
  }

  /** As nix-instantiate: standard input first if '-' is given, then the files (or ./default.nix). */
  private List<EvalInput> inputs() {
    List<EvalInput> inputs = new ArrayList<>();
    List<String> rest = files.stream().filter(f -> !f.equals("-")).toList();
    boolean readStdin = rest.size() < files.size();
    if (readStdin) {
      inputs.add(new EvalInput(EvalInput.Kind.STDIN, "-"));
    } else if (rest.isEmpty() && !expressions) {
      inputs.add(new EvalInput(EvalInput.Kind.FILE, "./default.nix"));
    }
    for (String f : rest) {
      inputs.add(new EvalInput(expressions ? EvalInput.Kind.EXPRESSION : EvalInput.Kind.FILE, f));
    }
    return inputs;
  }
}
