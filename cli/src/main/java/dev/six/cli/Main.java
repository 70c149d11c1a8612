package dev.six.cli;

import dev.six.eval.runtime.Evaluator;

/** Entry point of the {@code six} launcher. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0 && SixCommand.evaluates(args[0])) {
      // on the second core, while picocli reads the command line on this one
      Evaluator.prepareInBackground();
    }
    System.exit(SixCommand.execute(args));
  }
}
