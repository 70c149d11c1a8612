package dev.six.cli;

import picocli.CommandLine;

/** Entry point of the {@code six} launcher. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int status = new CommandLine(new SixCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    System.exit(status);
  }
}
