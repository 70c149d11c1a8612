package dev.six.cli;

import picocli.CommandLine.Command;

/** The top-level {@code six} command; the work is done by its subcommands. */
@Command(
    name = "six",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Tooling for sixos service expressions: parse and evaluate Nix, and (in later versions) build s6-rc databases.",
    subcommands = {ParseCommand.class, CheckCommand.class, InstantiateCommand.class, EvalCommand.class})
public final class SixCommand implements Runnable {
  @Override
  public void run() {
    System.err.println("six: a subcommand is required; see 'six --help'.");
  }
}
