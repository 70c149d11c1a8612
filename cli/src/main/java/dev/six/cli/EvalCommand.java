package dev.six.cli;

import static dev.six.cli.CommandSpecs.flag;
import static dev.six.cli.CommandSpecs.positionals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code six eval}: the friendly face of the evaluator. One argument is an expression or a file,
 * told apart by whether the file exists; the value is evaluated completely, as {@code nix eval}
 * does, and printed in Nix's format, as JSON or raw.
 */
final class EvalCommand implements Callable<Integer>, Subcommand {
  private final List<String> arguments = new ArrayList<>();
  private boolean expressions;
  private boolean files;
  private ValueOutput.Format format = ValueOutput.Format.NIX;
  private final EvalFlags flags = new EvalFlags();

  private final Terminal terminal;

  EvalCommand() {
    this(Terminal.system());
  }

  EvalCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public CommandSpec spec() {
    CommandSpec spec = CommandSpecs.command(this, "eval",
        "Evaluate a Nix expression or file completely and print its value.",
        "An argument naming an existing file or directory (or '<p>', or '-' for standard input) is read as a file;"
            + " anything else is an expression. Exits 1 on any error, printing a line starting 'error:'.");
    spec.addPositional(positionals(arguments, "1..*", "EXPR|FILE", "What to evaluate."));
    spec.addOption(flag(on -> expressions = on, "Read every argument as an expression.", "-E", "--expr"));
    spec.addOption(flag(on -> files = on, "Read every argument as a file.", "-f", "--file"));
    spec.addOption(flag(on -> format = ValueOutput.Format.JSON, "Print the value as JSON.", "--json"));
    spec.addOption(flag(on -> format = ValueOutput.Format.RAW,
        "Print the value, which must be a string or coerce to one, as is.", "--raw"));
    flags.addTo(spec);
    return CommandSpecs.withHelp(spec);
  }

  @Override
  public Integer call() throws IOException {
    try {
      if (!flags.reportNixOptions(terminal.stderr())) {
        return 1;
      }
      List<EvalInput> inputs = new ArrayList<>();
      for (String argument : arguments) {
        inputs.add(input(argument));
      }
      return new EvalRun(flags, terminal).run(inputs, format, true, true, null);
    } finally {
      terminal.flush();
    }
  }

  private EvalInput input(String argument) {
    if (argument.equals("-") && !expressions) {
      return new EvalInput(EvalInput.Kind.STDIN, argument);
    }
    boolean file = files || !expressions && (isSearchPath(argument) || exists(terminal.cwd(), argument));
    return new EvalInput(file ? EvalInput.Kind.FILE : EvalInput.Kind.EXPRESSION, argument);
  }

  private static boolean isSearchPath(String argument) {
    return argument.length() > 2 && argument.startsWith("<") && argument.endsWith(">");
  }

  /** Whether {@code argument} names an existing file or directory, relative to {@code cwd}. */
  private static boolean exists(String cwd, String argument) {
    try {
      return Files.exists(Path.of(cwd).resolve(argument));
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
