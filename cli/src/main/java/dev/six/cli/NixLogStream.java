package dev.six.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard error as Nix's logger writes it: each string printed is one message, passed through
 * {@link NixLogFilter} (escape sequences, tabs) before it is written. Flushed at every line.
 */
final class NixLogStream extends PrintStream {
  private final boolean keepColours;

  NixLogStream(OutputStream out, boolean keepColours) {
    super(out, true, StandardCharsets.ISO_8859_1);
    this.keepColours = keepColours;
  }

  @Override
  public void print(String s) {
    super.print(NixLogFilter.filter(String.valueOf(s), keepColours));
  }

  @Override
  public void print(Object o) {
    print(String.valueOf(o));
  }

  /**
   * Whether this process's standard error shows colours, as Nix decides: a terminal (which the
   * launcher tells, {@code -Dsix.stderr.tty=true}, since Java cannot), a {@code TERM} other than
   * {@code dumb}, and no {@code NO_COLOR}.
   */
  static boolean coloursWanted(java.util.Map<String, String> environment) {
    String term = environment.get("TERM");
    return Boolean.getBoolean("six.stderr.tty") && term != null && !term.equals("dumb")
        && !environment.containsKey("NO_COLOR");
  }
}
