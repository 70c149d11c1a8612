package dev.six.cli;

import dev.six.eval.runtime.EvaluatorPreparation;

/** Entry point of the {@code six} launcher. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    prepare(args);
    System.exit(SixCommand.execute(args));
  }

  /**
   * Starts preparing what the command {@code args} names will need, on the second core, while
   * picocli reads the command line on this one.
   */
  static void prepare(String[] args) {
    if (args.length > 0 && SixCommand.evaluates(args[0])) {
      EvaluatorPreparation.startInBackground();
    }
  }
}
