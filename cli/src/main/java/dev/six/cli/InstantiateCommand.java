package dev.six.cli;

import dev.six.eval.error.NixError;
import dev.six.eval.io.DiskIO;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.Value;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

  @Option(names = "--eval", description = "Evaluate and print the value (instead of instantiating derivations).")
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

  @Option(names = "--parse", description = "Only parse, and print the expression as 'nix-instantiate --parse' does.")
  private boolean parse;

  @Option(names = {"-E", "--expr"}, description = "Treat the arguments as Nix expressions instead of file names.")
  private boolean expressions;

  @Option(names = "-I", paramLabel = "PATH", description = "Add PATH (or PREFIX=PATH) to the search path for <...> lookups, before NIX_PATH.")
  private List<String> includes = new ArrayList<>();

  @Option(names = "--arg", arity = "2", paramLabel = "NAME EXPR", description = "Pass argument NAME with the value of Nix expression EXPR to the top-level function.")
  private List<String> args = new ArrayList<>();

  @Option(names = "--argstr", arity = "2", paramLabel = "NAME STRING", description = "Pass argument NAME as the string STRING.")
  private List<String> argstrs = new ArrayList<>();

  @Option(names = {"-A", "--attr"}, paramLabel = "PATH", description = "Select attribute PATH (like a.b.0.c) of the value; repeatable.")
  private List<String> attrPaths = new ArrayList<>();

  @Option(names = "--show-trace", description = "Show the trace of what was being evaluated when an error happened.")
  private boolean showTrace;

  @Option(names = "--max-call-depth", paramLabel = "N", description = "The maximum depth of function calls (default: ${DEFAULT-VALUE}).")
  private int maxCallDepth = EvalSettings.DEFAULT_MAX_CALL_DEPTH;

  @Option(names = "--readonly-mode", description = "Do not write to the Nix store (six never writes while evaluating).")
  private boolean readonly;

  @Option(names = "--read-write-mode", description = "Accepted for compatibility: six evaluates without writing to the store.")
  private boolean readWrite;

  @Option(names = "--impure", description = "Accepted for compatibility: evaluation is impure by default, as in nix-instantiate.")
  private boolean impure;

  private final InputStream stdin;
  private final PrintStream stdout;
  private final PrintStream stderr;

  InstantiateCommand() {
    this(System.in, new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 1 << 16));
  }

  InstantiateCommand(InputStream stdin, OutputStream stdout, OutputStream stderr) {
    this.stdin = stdin;
    this.stdout = new PrintStream(stdout, false, StandardCharsets.ISO_8859_1);
    this.stderr = new PrintStream(stderr, false, StandardCharsets.ISO_8859_1);
  }

  @Override
  public Integer call() throws IOException {
    try {
      return run();
    } finally {
      stdout.flush();
      stderr.flush();
    }
  }

  private int run() throws IOException {
    if (parse) {
      List<String> parseArgs = new ArrayList<>(files);
      if (expressions) {
        parseArgs.add(0, "-E");
      }
      ParseCommand parser = new ParseCommand(stdin, stdout, stderr);
      return new picocli.CommandLine(parser).execute(parseArgs.toArray(new String[0]));
    }
    if (!eval) {
      stderr.println("error: instantiating derivations is not supported by six yet; use --eval to evaluate");
      return 1;
    }
    String cwd = System.getProperty("user.dir");
    Map<String, String> environment = System.getenv();
    EvalSettings settings = EvalSettings.defaults()
        .withEnvironment(environment)
        .withSearchPath(SearchPaths.of(includes, environment.get("NIX_PATH"), cwd))
        .withMaxCallDepth(maxCallDepth)
        .withCurrentTime(System.currentTimeMillis() / 1000);
    Evaluator evaluator = new Evaluator(settings, new DiskIO(), stderr);
    ValueOutput output = new ValueOutput(evaluator, format, strict, !noLocation);
    try {
      Map<String, AutoArgs.Arg> autoArgs = autoArgs();
      for (Input input : inputs(cwd)) {
        Value root = input.evaluate(evaluator, cwd, stdin);
        for (String path : attrPaths.isEmpty() ? List.of("") : attrPaths) {
          Value value = AttrPathSelection.select(evaluator, root, path, autoArgs, cwd);
          stdout.print(output.render(value));
        }
      }
      return 0;
    } catch (NixError e) {
      stdout.flush();
      stderr.print(EvalErrorRenderer.render(e, showTrace));
      return 1;
    }
  }

  private Map<String, AutoArgs.Arg> autoArgs() {
    Map<String, AutoArgs.Arg> result = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.size(); i += 2) {
      result.put(args.get(i), new AutoArgs.Arg(args.get(i + 1), false));
    }
    for (int i = 0; i + 1 < argstrs.size(); i += 2) {
      result.put(argstrs.get(i), new AutoArgs.Arg(argstrs.get(i + 1), true));
    }
    return result;
  }

  private List<Input> inputs(String cwd) {
    List<Input> inputs = new ArrayList<>();
    if (expressions) {
      for (String e : files) {
        inputs.add(new Input(Input.Kind.EXPRESSION, e));
      }
      return inputs;
    }
    if (files.isEmpty()) {
      inputs.add(new Input(Input.Kind.FILE, "./default.nix"));
    }
    for (String f : files) {
      inputs.add(new Input(f.equals("-") ? Input.Kind.STDIN : Input.Kind.FILE, f));
    }
    return inputs;
  }

  /** One thing to evaluate: a file argument, standard input or an expression. */
  record Input(Kind kind, String text) {
    enum Kind {
      FILE,
      STDIN,
      EXPRESSION
    }

    Value evaluate(Evaluator evaluator, String cwd, InputStream stdin) throws IOException {
      switch (kind) {
        case EXPRESSION:
          return evaluator.evalText(SourceInput.bytewise("«string»"), SourceFile.Origin.STRING,
              SourceInput.decode(text.getBytes(StandardCharsets.UTF_8)), SourceInput.bytewise(cwd));
        case STDIN:
          return evaluator.evalText(SourceInput.bytewise("«stdin»"), SourceFile.Origin.STDIN,
              SourceInput.decode(stdin.readAllBytes()), SourceInput.bytewise(cwd));
        default:
          return evaluator.evalFile(FileArguments.resolve(evaluator, text, cwd));
      }
    }
  }
}
