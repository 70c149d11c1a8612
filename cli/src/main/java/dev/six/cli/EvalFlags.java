package dev.six.cli;

import static dev.six.cli.CommandSpecs.flag;
import static dev.six.cli.CommandSpecs.repeatable;
import static dev.six.cli.CommandSpecs.value;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.io.DiskIO;
import dev.six.eval.io.IoErrors;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.runtime.HostSystem;
import dev.six.grammar.desugar.PathNames;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The evaluation flags {@code six instantiate}, {@code eval}, {@code build} and {@code realise}
 * share, with nix-instantiate's names and meanings: the search path, arguments for a top-level
 * function, attribute paths to select, traces and the call-depth limit; and Nix's common options
 * ({@link NixCommonOptions}), of which the settings {@code system}, {@code nix-path} (and
 * {@code extra-nix-path}) and {@code show-trace}, and the verbosity, change the evaluation.
 */
final class EvalFlags {
  private final List<String> includes = new ArrayList<>();
  // Where picocli puts the --arg-like options' values; autoArgs reads argsInOrder instead.
  private final List<String> args = new ArrayList<>();
  private final List<String> argstrs = new ArrayList<>();
  private final List<String> argFiles = new ArrayList<>();
  private final List<String> argStdin = new ArrayList<>();
  private final List<String> attrPaths = new ArrayList<>();
  private boolean showTrace;
  private int maxCallDepth = EvalSettings.DEFAULT_MAX_CALL_DEPTH;
  /**
   * The {@code --arg}-like options as given, each its option and values, in command-line order
   * (what autoArgs reads: the lists picocli binds them to above do not keep the order across them).
   */
  private final List<List<String>> argsInOrder = new ArrayList<>();
  private final NixCommonOptions nix = new NixCommonOptions((option, values) -> {
    if (option.startsWith("--arg")) {
      List<String> occurrence = new ArrayList<>(List.of(option));
      occurrence.addAll(values);
      argsInOrder.add(occurrence);
    }
  });

  /** Adds these flags to a command's options. */
  void addTo(CommandSpec spec) {
    spec.addOption(repeatable(includes, 1, "PATH",
        "Add PATH (or PREFIX=PATH) to the search path for <...> lookups, before NIX_PATH.", "-I", "--include"));
    spec.addOption(repeatable(args, 2, "NAME EXPR",
        "Pass argument NAME with the value of Nix expression EXPR to the top-level function.", "--arg"));
    spec.addOption(repeatable(argstrs, 2, "NAME STRING", "Pass argument NAME as the string STRING.", "--argstr"));
    spec.addOption(repeatable(argFiles, 2, "NAME PATH", "Pass argument NAME as the string the file PATH holds.",
        "--arg-from-file"));
    spec.addOption(repeatable(argStdin, 1, "NAME", "Pass argument NAME as the string standard input holds.",
        "--arg-from-stdin"));
    spec.addOption(repeatable(attrPaths, 1, "PATH",
        "Select attribute PATH (like a.b.0.c) of the value; repeatable.", "-A", "--attr"));
    spec.addOption(flag(on -> showTrace = on,
        "Show the trace of what was being evaluated when an error happened.", "--show-trace"));
    spec.addOption(value(int.class, depth -> maxCallDepth = depth, "N",
        "The maximum depth of function calls (default: " + EvalSettings.DEFAULT_MAX_CALL_DEPTH + ").",
        "--max-call-depth"));
    spec.preprocessor(nix);
  }

  /** Nix's settings given on the command line, as {@code --option} arguments for another Nix command. */
  List<String> nixSettingsAsOptions() {
    return nix.asOptions();
  }

  /** Whether Nix's warning about results without a garbage-collector root is wanted (no {@code --no-gc-warning}). */
  boolean gcWarning() {
    return !nix.noGcWarning();
  }

  /** Whether errors show their traces: the setting {@code show-trace} as last given ({@code --show-trace} among them). */
  boolean showTrace() {
    return nix.setting("show-trace") != null ? nix.isTrue("show-trace") : showTrace;
  }

  /**
   * Prints what Nix would warn about the command line's settings; returns false (after an error
   * line) when one asks for what six cannot do: pure or restricted evaluation.
   */
  boolean reportNixOptions(PrintStream stderr) {
    for (String warning : nix.warnings()) {
      stderr.println(warning);
    }
    for (String unsupported : List.of("pure-eval", "restrict-eval")) {
      if (nix.isTrue(unsupported)) {
        stderr.println("error: six does not evaluate in " + (unsupported.equals("pure-eval") ? "pure" : "restricted")
            + " mode (the setting '" + unsupported + "')");
        return false;
      }
    }
    return true;
  }

  /** The settings of an evaluation in {@code cwd} under {@code environment} (NIX_PATH, HOME). */
  EvalSettings settings(String cwd, Map<String, String> environment) {
    String system = nix.setting("system");
    return EvalSettings.defaults()
        .withEnvironment(environment)
        .withSearchPath(SearchPaths.of(includes, nixPath(environment), cwd))
        .withMaxCallDepth(maxCallDepth)
        .withCurrentSystem(system != null ? system : HostSystem.current())
        .withVerbosity(nix.verbosity())
        .withCurrentTime(System.currentTimeMillis() / 1000);
  }

  /**
   * The {@code nix-path} setting's entries: given (whitespace-separated), else NIX_PATH's; then
   * what {@code extra-nix-path} added.
   */
  private List<String> nixPath(Map<String, String> environment) {
    List<String> entries = new ArrayList<>();
    String given = nix.setting("nix-path");
    if (given != null) {
      entries.addAll(words(given));
    } else if (environment.get("NIX_PATH") != null) {
      entries.addAll(SearchPaths.split(environment.get("NIX_PATH")));
    }
    for (String extra : nix.extras("nix-path")) {
      entries.addAll(words(extra));
    }
    return entries;
  }

  private static List<String> words(String value) {
    List<String> words = new ArrayList<>();
    for (String word : value.trim().split("\\s+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * An evaluator for a command run in {@code terminal}: these settings in its directory and
   * environment, reading files from disk, warnings to its standard error, and the parse cache.
   */
  Evaluator evaluator(Terminal terminal) {
    return new Evaluator(settings(terminal.cwd(), terminal.environment()), new DiskIO(), terminal.stderr(),
        ParseCacheDirectory.parsedFiles(terminal.environment()));
  }

  /** The attribute paths to print, or the whole value (the empty path) when none was given. */
  List<String> attrPaths() {
    return attrPaths.isEmpty() ? List.of("") : attrPaths;
  }

  /**
   * {@code --arg}, {@code --argstr}, {@code --arg-from-file} and {@code --arg-from-stdin} by name,
   * the last one given for a name winning, as in Nix. Files are read now, relative to the working
   * directory, and standard input once; an unreadable file is an evaluation error, as in Nix.
   */
  Map<String, AutoArgs.Arg> autoArgs(Terminal terminal) {
    Map<String, AutoArgs.Arg> result = new LinkedHashMap<>();
    String stdin = null;
    for (List<String> given : argsInOrder) {
      String name = given.get(1);
      switch (given.get(0)) {
        case "--arg" -> result.put(name, new AutoArgs.Arg(given.get(2), AutoArgs.Kind.EXPRESSION));
        case "--argstr" -> result.put(name, new AutoArgs.Arg(given.get(2), AutoArgs.Kind.STRING));
        case "--arg-from-file" -> result.put(name, new AutoArgs.Arg(fileContents(given.get(2), terminal),
            AutoArgs.Kind.BYTES));
        default -> {
          if (stdin == null) {
            stdin = stdinContents(terminal);
          }
          result.put(name, new AutoArgs.Arg(stdin, AutoArgs.Kind.BYTES));
        }
      }
    }
    return result;
  }

  private static String fileContents(String file, Terminal terminal) {
    String path = PathNames.absolute(file, terminal.cwd());
    try {
      return new String(Files.readAllBytes(Path.of(path)), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new EvalError(ErrorKind.IO_ERROR, "opening file '" + path + "': " + IoErrors.reason(e), null);
    }
  }

  private static String stdinContents(Terminal terminal) {
    try {
      return new String(terminal.stdin().readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new EvalError(ErrorKind.IO_ERROR, "reading standard input: " + IoErrors.reason(e), null);
    }
  }
}
