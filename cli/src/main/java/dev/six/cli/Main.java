package dev.six.cli;

/** Entry point of the {@code six} launcher. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(SixCommand.execute(args));
  }
}
