package dev.six.s6.compile;

import dev.six.s6.source.SourceLocation;
import java.util.List;

/**
 * A source tree s6-rc-compile would refuse: its message in s6-rc-compile's words (without the
 * {@code s6-rc-compile: fatal: } prefix), the exit code it would exit with, and where the user
 * wrote the offending fact.
 */
public final class CompileError extends Exception {
  private static final long serialVersionUID = 1L;

  /** Exit code of an error in the sources. */
  public static final int SOURCE = 1;
  /** Exit code of a failed system call, which s6-rc-compile also uses for some missing files. */
  public static final int SYSTEM = 111;
  /** Exit code of an internal inconsistency. */
  public static final int INTERNAL = 101;

  private final int exitCode;
  private final String compilerText;
  private final transient SourceLocation location;
  private final transient List<Note> notes;

  public CompileError(int exitCode, String message, SourceLocation location) {
    this(exitCode, message, location, List.of());
  }

  public CompileError(int exitCode, String message, SourceLocation location, List<Note> notes) {
    this(exitCode, message, message, location, notes);
  }

  /**
   * An error whose s6-rc-compile text differs from the message six shows ({@code compilerText}
   * keeps a quirk of s6-rc-compile's output, such as the stray {@code ": "} of a missing run script).
   */
  public CompileError(int exitCode, String message, String compilerText, SourceLocation location, List<Note> notes) {
    super(message);
    this.exitCode = exitCode;
    this.compilerText = compilerText;
    this.location = location;
    this.notes = List.copyOf(notes);
  }

  /** More places that explain the error, such as every edge of a dependency cycle, in order. */
  public List<Note> notes() {
    return notes;
  }

  /** A secondary message at a place ({@code location} may be {@code null}). */
  public record Note(String message, SourceLocation location) {}

  public int exitCode() {
    return exitCode;
  }

  /** Where the problem was written, or {@code null} when no single place is to blame. */
  public SourceLocation location() {
    return location;
  }

  /** The line s6-rc-compile prints on standard error. */
  public String compilerLine() {
    return "s6-rc-compile: fatal: " + compilerText;
  }
}
