package dev.six.cli;

/** Entry point of the {@code six} launcher. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int status = SixCommand.commandLine(args).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    System.exit(status);
  }
}
