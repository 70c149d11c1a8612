package dev.six.s6.db;

/**
 * Why an {@code s6-rc-db} run stops: the exit status it ends with and the message it prints after
 * {@code s6-rc-db: fatal: } (or {@code s6-rc-db: usage: } for a usage error). Carrying both lets the
 * reader, the query and the command line share s6-rc-db's exact wording and statuses.
 */
public final class DbFailure extends Exception {
  private static final long serialVersionUID = 1L;

  /** An unknown service or bundle name. */
  public static final int UNKNOWN_NAME = 3;
  /** A database that does not hold together. */
  public static final int CORRUPT = 4;
  /** A name of the wrong kind for the command (a bundle given to {@code timeout}, ...). */
  public static final int WRONG_TYPE = 5;
  /** A command line s6-rc-db does not accept. */
  public static final int USAGE = 100;
  /** A file that cannot be read. */
  public static final int SYSTEM = 111;

  private final int exitCode;

  public DbFailure(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  /** A usage error; its message is the usage line. */
  static DbFailure usage() {
    return new DbFailure(USAGE, DbRequest.USAGE);
  }

  public int exitCode() {
    return exitCode;
  }

  /** The whole line s6-rc-db prints on standard error, newline included. */
  public String line() {
    return "s6-rc-db: " + (exitCode == USAGE ? "usage: " : "fatal: ") + getMessage() + "\n";
  }
}
