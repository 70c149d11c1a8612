package dev.six.cli;

import static dev.six.cli.CommandSpecs.flag;
import static dev.six.cli.CommandSpecs.positionals;
import static dev.six.cli.CommandSpecs.value;

import dev.six.grammar.desugar.ExprPrinter;
import dev.six.grammar.desugar.StaticCheck;
import dev.six.grammar.desugar.SymbolTable;
import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.parse.FullParser;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code six parse}: prints each input's expression exactly as {@code nix-instantiate --parse}
 * (Nix 2.8) prints it, or reports its errors in Nix's error shape and exits 1.
 */
final class ParseCommand implements Callable<Integer>, Subcommand {
  private final List<String> files = new ArrayList<>();
  private boolean expressions;
  private boolean firstErrorOnly;

  /** The two parsers build the same tree; they differ in speed and in what editors get from them. */
  enum ParserChoice {
    /** The fast hand-written parser (no EMF objects). */
    INDEX,
    /** The Xtext parser that editors use for open documents. */
    XTEXT
  }

  private ParserChoice parser = ParserChoice.INDEX;

  private final InputStream stdin;
  private final PrintStream stdout;
  private final PrintStream stderr;

  ParseCommand() {
    this(System.in, new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 1 << 16),
        NixLogStream.coloursWanted(System.getenv()));
  }

  /** Output is written byte for byte (ISO-8859-1), as Nix writes it; errors as Nix's logger does. */
  ParseCommand(InputStream stdin, OutputStream stdout, OutputStream stderr) {
    this(stdin, stdout, stderr, false);
  }

  private ParseCommand(InputStream stdin, OutputStream stdout, OutputStream stderr, boolean colours) {
    this.stdin = stdin;
    this.stdout = new PrintStream(stdout, false, StandardCharsets.ISO_8859_1);
    this.stderr = new NixLogStream(stderr, colours);
  }

  @Override
  public CommandSpec spec() {
    CommandSpec spec = CommandSpecs.command(this, "parse",
        "Parse Nix files and print them as 'nix-instantiate --parse' does: desugared, fully parenthesised.",
        "On a syntax or scope error, print every error with its file:line:col and exit 1.");
    spec.addPositional(positionals(files, "0..*", "FILE",
        "Files to parse ('-' or none: standard input; a directory: its default.nix)."));
    spec.addOption(flag(on -> expressions = on, "Treat the arguments as Nix expressions instead of file names.",
        "-E", "--expr"));
    spec.addOption(flag(on -> firstErrorOnly = on, "Report only the first error of a file, as Nix does.",
        "--first-error"));
    spec.addOption(value(ParserChoice.class, choice -> parser = choice, "PARSER",
        "Which parser to use: ${COMPLETION-CANDIDATES} (default: INDEX). Both print the same.", "--parser"));
    return CommandSpecs.withHelp(spec);
  }

  @Override
  public Integer call() throws IOException {
    String cwd = System.getProperty("user.dir");
    String home = System.getenv().getOrDefault("HOME", "/");
    PrintStream out = stdout;
    SymbolTable symbols = new SymbolTable();
    List<String> arguments = files.isEmpty() && !expressions ? List.of("-") : files;
    try {
      for (String argument : arguments) {
        SourceInput input = read(argument, cwd, home);
        if (input == null) {
          return 1;
        }
        String fileSymbol = input.fromStdin() ? new String(input.text()) : input.origin();
        StaticCheck.Outcome outcome = parser == ParserChoice.XTEXT
            ? StaticCheck.parseAndCheck(new FullParser()::parse, new String(input.text()), fileSymbol, symbols, input.context())
            : StaticCheck.parseAndCheck(input.text(), input.text().length, fileSymbol, symbols, input.context());
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
      return SourceInput.stdin(stdin, cwd, home);
    }
    try {
      return SourceInput.file(argument, cwd, home);
    } catch (java.nio.file.NoSuchFileException e) {
      stderr.println("error: getting status of '" + e.getFile() + "': No such file or directory");
      stderr.flush();
      return null;
    } catch (IOException e) {
      stderr.println("error: reading '" + argument + "': " + e.getMessage());
      stderr.flush();
      return null;
    }
  }

  private void report(SourceInput input, List<Diagnostic> diagnostics) {
    PrintStream err = stderr;
    for (Diagnostic diagnostic : diagnostics) {
      err.print(NixErrorFormatter.format(diagnostic, input.origin(), input.text(), input.text().length, input.fromStdin()));
      if (firstErrorOnly) {
        break;
      }
    }
    err.flush();
  }
}
