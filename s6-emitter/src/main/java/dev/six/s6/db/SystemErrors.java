package dev.six.s6.db;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The C library's wording of a failed system call ({@code strerror}), which s6-rc-db appends to its
 * "unable to ..." messages; Java reports the same failures as exceptions with other wording.
 */
final class SystemErrors {
  static final String SUCCESS = "Success";
  static final String BROKEN_PIPE = "Broken pipe";
  static final String NO_SUCH_FILE = "No such file or directory";
  static final String INVALID_ARGUMENT = "Invalid argument";
  static final String BUSY = "Device or resource busy";

  private SystemErrors() {}

  static String text(IOException e) {
    if (e instanceof NoSuchFileException) {
      return NO_SUCH_FILE;
    }
    if (e instanceof NotDirectoryException) {
      return "Not a directory";
    }
    if (e instanceof AccessDeniedException) {
      return "Permission denied";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return String.valueOf(e.getMessage());
  }
}
