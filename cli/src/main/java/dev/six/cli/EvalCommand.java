package dev.six.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code six eval}: the friendly face of the evaluator. One argument is an expression or a file,
 * told apart by whether the file exists; the value is evaluated completely, as {@code nix eval}
 * does, and printed in Nix's format, as JSON or raw.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Evaluate a Nix expression or file completely and print its value.",
      "An argument naming an existing file or directory (or '<p>', or '-' for standard input) is read as a file;"
          + " anything else is an expression. Exits 1 on any error, printing a line starting 'error:'."
    })
final class EvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "EXPR|FILE", arity = "1..*", description = "What to evaluate.")
  private List<String> arguments = new ArrayList<>();

  @Option(names = {"-E", "--expr"}, description = "Read every argument as an expression.")
  private boolean expressions;

  @Option(names = {"-f", "--file"}, description = "Read every argument as a file.")
  private boolean files;

  private ValueOutput.Format format = ValueOutput.Format.NIX;

  // Options on methods are listed after the fields, in this order: the JVM lists methods in no fixed order.
  @Option(names = "--json", order = 1, description = "Print the value as JSON.")
  private void json(boolean on) {
    format = ValueOutput.Format.JSON;
  }

  @Option(names = "--raw", order = 2, description = "Print the value, which must be a string or coerce to one, as is.")
  private void raw(boolean on) {
    format = ValueOutput.Format.RAW;
  }

  @Mixin
  private EvalFlags flags = new EvalFlags();

  private final Terminal terminal;

  EvalCommand() {
    this(Terminal.system());
  }

  EvalCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    try {
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
    boolean file = files || !expressions && (isSearchPath(argument) || exists(argument));
    return new EvalInput(file ? EvalInput.Kind.FILE : EvalInput.Kind.EXPRESSION, argument);
  }

  private static boolean isSearchPath(String argument) {
    return argument.length() > 2 && argument.startsWith("<") && argument.endsWith(">");
  }

  private static boolean exists(String argument) {
    try {
      return Files.exists(Path.of(argument));
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
