package dev.six.eval.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The C library's wording for an I/O failure ({@code No such file or directory}, ...), which is
 * what Nix's messages end with; Java names the same conditions with exception types.
 */
public final class IoErrors {
  private IoErrors() {}

  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "No such file or directory";
    }
    if (e instanceof NotDirectoryException) {
      return "Not a directory";
    }
    if (e instanceof AccessDeniedException) {
      return "Permission denied";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "Directory not empty";
    }
    if (e instanceof FileSystemLoopException) {
      return "Too many levels of symbolic links";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  /**
   * Nix's message when reading the file {@code path} failed: opening a directory works in C, so
   * that failure is reported by the read, without the path.
   */
  public static String readFailure(String path, IOException e) {
    String reason = reason(e);
    if (reason.equals("Is a directory")) {
      return "reading from file: " + reason;
    }
    return "opening file '" + path + "': " + reason;
  }

  /** The failure of reading what does not exist, for {@link EvalIO} implementations. */
  public static IOException noSuchFile(String path) {
    return new NoSuchFileException(path);
  }

  /** The failure of listing what is not a directory, for {@link EvalIO} implementations. */
  public static IOException notDirectory(String path) {
    return new NotDirectoryException(path);
  }
}
