package dev.six.cli;

import dev.six.grammar.desugar.ExprPrinter;
import dev.six.grammar.desugar.StaticCheck;
import dev.six.grammar.desugar.SymbolTable;
import dev.six.grammar.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code six parse}: prints each input's expression exactly as {@code nix-instantiate --parse}
 * (Nix 2.8) prints it, or reports its errors in Nix's error shape and exits 1.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parse Nix files and print them as 'nix-instantiate --parse' does: desugared, fully parenthesised.",
      "On a syntax or scope error, print every error with its file:line:col and exit 1."
    })
final class ParseCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "Files to parse ('-' or none: standard input; a directory: its default.nix).")
  private List<String> files = new ArrayList<>();

  @Option(names = {"-E", "--expr"}, description = "Treat the arguments as Nix expressions instead of file names.")
  private boolean expressions;

  @Option(names = "--first-error", description = "Report only the first error of a file, as Nix does.")
  private boolean firstErrorOnly;

  @Override
  public Integer call() throws IOException {
    String cwd = System.getProperty("user.dir");
    String home = System.getenv().getOrDefault("HOME", "/");
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.ISO_8859_1);
    SymbolTable symbols = new SymbolTable();
    List<String> arguments = files.isEmpty() && !expressions ? List.of("-") : files;
    try {
      for (String argument : arguments) {
        SourceInput input = read(argument, cwd, home);
        if (input == null) {
          return 1;
        }
        String fileSymbol = input.fromStdin() ? new String(input.text()) : input.origin();
        StaticCheck.Outcome outcome =
            StaticCheck.parseAndCheck(input.text(), input.text().length, fileSymbol, symbols, input.context());
        if (outcome.hasErrors()) {
          report(input, outcome.diagnostics());
          return 1;
        }
        out.print(ExprPrinter.print(outcome.expr()));
        out.print('\n');
        out.flush();
      }
    } finally {
      out.flush();
    }
    return 0;
  }

  private SourceInput read(String argument, String cwd, String home) throws IOException {
    if (expressions) {
      return SourceInput.expression(argument, cwd, home);
    }
    if (argument.equals("-")) {
      return SourceInput.stdin(System.in, cwd, home);
    }
    try {
      return SourceInput.file(argument, cwd, home);
    } catch (java.nio.file.NoSuchFileException e) {
      System.err.println("error: getting status of '" + e.getFile() + "': No such file or directory");
      return null;
    } catch (IOException e) {
      System.err.println("error: reading '" + argument + "': " + e.getMessage());
      return null;
    }
  }

  private void report(SourceInput input, List<Diagnostic> diagnostics) {
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.ISO_8859_1);
    for (Diagnostic diagnostic : diagnostics) {
      err.print(NixErrorFormatter.format(diagnostic, input.origin(), input.text(), input.text().length, input.fromStdin()));
      if (firstErrorOnly) {
        break;
      }
    }
    err.flush();
  }
}
