package dev.six.cli;

import picocli.CommandLine.Model.CommandSpec;

/** A {@code six} subcommand: its command line, described in code ({@link CommandSpecs}) and bound to it. */
interface Subcommand {
  /** The command line picocli parses into this command and then runs it with. */
  CommandSpec spec();
}
