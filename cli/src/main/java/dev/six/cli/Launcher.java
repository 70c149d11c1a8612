package dev.six.cli;

import java.nio.file.Path;

/**
 * Facts the {@code ./six} launcher passes in: where the repository (and with it the bundled
 * corpus) is. Falls back to the working directory when run without the launcher.
 */
final class Launcher {
  private Launcher() {}

  static Path repositoryRoot() {
    String root = System.getProperty("six.root");
    return Path.of(root != null ? root : System.getProperty("user.dir")).toAbsolutePath();
  }
}
