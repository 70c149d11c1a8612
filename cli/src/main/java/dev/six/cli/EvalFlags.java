package dev.six.cli;

import dev.six.eval.io.DiskIO;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.runtime.HostSystem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The evaluation flags {@code six instantiate} and {@code six eval} share, with nix-instantiate's
 * names and meanings: the search path, arguments for a top-level function, attribute paths to
 * select, traces and the call-depth limit.
 */
final class EvalFlags {
  @Option(names = "-I", paramLabel = "PATH", description = "Add PATH (or PREFIX=PATH) to the search path for <...> lookups, before NIX_PATH.")
  private List<String> includes = new ArrayList<>();

  @Option(names = "--arg", arity = "2", paramLabel = "NAME EXPR", description = "Pass argument NAME with the value of Nix expression EXPR to the top-level function.")
  private List<String> args = new ArrayList<>();

  @Option(names = "--argstr", arity = "2", paramLabel = "NAME STRING", description = "Pass argument NAME as the string STRING.")
  private List<String> argstrs = new ArrayList<>();

  @Option(names = {"-A", "--attr"}, paramLabel = "PATH", description = "Select attribute PATH (like a.b.0.c) of the value; repeatable.")
  private List<String> attrPaths = new ArrayList<>();

  @Option(names = "--show-trace", description = "Show the trace of what was being evaluated when an error happened.")
  boolean showTrace;

  @Option(names = "--max-call-depth", paramLabel = "N", description = "The maximum depth of function calls (default: ${DEFAULT-VALUE}).")
  private int maxCallDepth = EvalSettings.DEFAULT_MAX_CALL_DEPTH;

  /** The settings of an evaluation in {@code cwd} under {@code environment} (NIX_PATH, HOME). */
  EvalSettings settings(String cwd, Map<String, String> environment) {
    return EvalSettings.defaults()
        .withEnvironment(environment)
        .withSearchPath(SearchPaths.of(includes, environment.get("NIX_PATH"), cwd))
        .withMaxCallDepth(maxCallDepth)
        .withCurrentSystem(HostSystem.current())
        .withCurrentTime(System.currentTimeMillis() / 1000);
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

  /** {@code --arg} and {@code --argstr} by name; a later one of the same name wins. */
  Map<String, AutoArgs.Arg> autoArgs() {
    Map<String, AutoArgs.Arg> result = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.size(); i += 2) {
      result.put(args.get(i), new AutoArgs.Arg(args.get(i + 1), false));
    }
    for (int i = 0; i + 1 < argstrs.size(); i += 2) {
      result.put(argstrs.get(i), new AutoArgs.Arg(argstrs.get(i + 1), true));
    }
    return result;
  }
}
