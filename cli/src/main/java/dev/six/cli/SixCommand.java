package dev.six.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code six} command; the work is done by its subcommands. picocli reads a
 * command's annotations when it is added, which costs tens of milliseconds each, so a run builds
 * only the subcommand it names, on its own under the name {@code six <name>} (and the top-level
 * command with all of them when it names none, for help and errors).
 */
@Command(
    name = "six",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Tooling for sixos service expressions: parse, evaluate, instantiate and build Nix, and build sixos sites into s6-rc databases.")
public final class SixCommand implements Runnable {
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

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

  /**
   * Runs {@code args} and returns the exit status. A named subcommand runs on its own, as if it
   * had been added to this command (the same usage and messages), without building this one, whose
   * help options, version provider and annotations such a run does not need.
   */
  static int execute(String[] args) {
    Supplier<Object> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
    if (named == null) {
      return commandLine(args).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
    CommandLine subcommand = new CommandLine(named.get()).setCommandName("six " + args[0]);
    return subcommand.setCaseInsensitiveEnumValuesAllowed(true).execute(Arrays.copyOfRange(args, 1, args.length));
  }

  /** The command line for {@code args}: this command with the subcommands the arguments need. */
  static CommandLine commandLine(String[] args) {
    CommandLine cli = new CommandLine(new SixCommand());
    Supplier<Object> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
    if (named != null) {
      cli.addSubcommand(args[0], named.get());
    } else {
      SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
    }
    return cli;
  }

  @Override
  public void run() {
    System.err.println("six: a subcommand is required; see 'six --help'.");
  }
}
