package dev.six.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The top-level {@code six} command; the work is done by its subcommands. A run builds only the
 * subcommand it names, on its own under the name {@code six <name>} (and the top-level command
 * with all of them when it names none, for help and errors).
 */
public final class SixCommand implements Runnable {
  private static final Map<String, Supplier<Subcommand>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("parse", ParseCommand::new);
    SUBCOMMANDS.put("check", CheckCommand::new);
    SUBCOMMANDS.put("instantiate", InstantiateCommand::new);
    SUBCOMMANDS.put("realise", RealiseCommand::new);
    SUBCOMMANDS.put("eval", EvalCommand::new);
    SUBCOMMANDS.put("build", BuildCommand::new);
    SUBCOMMANDS.put("db", DbCommand::new);
    SUBCOMMANDS.put("lsp", LspCommand::new);
  }

  /** The subcommands that evaluate Nix: a process running one of them can prepare an evaluator at once. */
  private static final Set<String> EVALUATING = Set.of("instantiate", "eval", "build", "check", "realise");

  /** Whether subcommand {@code name} evaluates Nix. */
  static boolean evaluates(String name) {
    return EVALUATING.contains(name);
  }

  /**
   * Runs {@code args} and returns the exit status. A named subcommand runs on its own, as if it
   * had been added to this command (the same usage and messages), without building this one or the
   * other subcommands, which such a run does not need.
   */
  static int execute(String[] args) {
    CommandLine subcommand = args.length > 0 ? subcommand(args[0]) : null;
    if (subcommand == null) {
      return configured(commandLine(args)).execute(args);
    }
    return subcommand.execute(Arrays.copyOfRange(args, 1, args.length));
  }

  /** The command line of subcommand {@code name} on its own, or null when there is none of that name. */
  static CommandLine subcommand(String name) {
    Supplier<Subcommand> named = SUBCOMMANDS.get(name);
    if (named == null) {
      return null;
    }
    return configured(new CommandLine(named.get().spec().name("six " + name)));
  }

  /**
   * Reads command lines as Nix does: an option given again overrides (or repeats) the first
   * ({@code -E -E}, {@code --eval --eval}), enum values in any case, and errors answered by
   * {@link #badCommandLine}.
   */
  static CommandLine configured(CommandLine cli) {
    return cli.setCaseInsensitiveEnumValuesAllowed(true).setOverwrittenOptionsAllowed(true)
        .setParameterExceptionHandler(SixCommand::badCommandLine);
  }

  /**
   * A command line six cannot read, answered as Nix answers one: a line starting {@code error:}
   * ({@code unrecognised flag '--x'} for an unknown option, as Nix words it), where to read the
   * usage, and exit status 1.
   */
  private static int badCommandLine(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    String message = e.getMessage();
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()
        && unmatched.getUnmatched().get(0).startsWith("-")) {
      message = "unrecognised flag '" + unmatched.getUnmatched().get(0) + "'";
    } else if (!message.isEmpty()) {
      message = Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
    cli.getErr().println("error: " + message);
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, cli.getErr());
    }
    cli.getErr().println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
    cli.getErr().flush();
    return 1;
  }

  /** The subcommands' names, in the order the usage lists them. */
  static List<String> subcommandNames() {
    return List.copyOf(SUBCOMMANDS.keySet());
  }

  /** The command line for {@code args}: this command with the subcommands the arguments need. */
  static CommandLine commandLine(String[] args) {
    CommandLine cli = new CommandLine(CommandSpecs.withHelp(CommandSpecs.command(new SixCommand(), "six",
        "Tooling for sixos service expressions: parse, evaluate, instantiate and build Nix, and build sixos sites into"
            + " s6-rc databases.")));
    Supplier<Subcommand> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
    if (named != null) {
      cli.addSubcommand(args[0], named.get().spec());
    } else {
      SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get().spec()));
    }
    return cli;
  }

  @Override
  public void run() {
    System.err.println("six: a subcommand is required; see 'six --help'.");
  }
}
