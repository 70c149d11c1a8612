package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden files for the end-to-end tests: the cases of a resource directory, and the comparison of
 * a rendered result with its expected file. {@code -Dgolden.update=true} rewrites expected files;
 * a missing one is written and the test fails, so that a reviewer reads it.
 */
final class Golden {
  private Golden() {}

  /** The {@code .nix} cases in {@code src/test/resources/<directory>}, sorted. */
  static List<Path> cases(String directory) {
    try {
      Path dir = Path.of(Golden.class.getResource("/" + directory).toURI());
      // Update mode writes into the source tree, not into target/test-classes.
      try (Stream<Path> files = Files.list(dir)) {
        return files.filter(p -> p.toString().endsWith(".nix")).sorted().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compares {@code actual} with the expected file next to {@code nixCase}, ending {@code suffix}. */
  static void check(Path nixCase, String suffix, String actual) throws IOException {
    String name = nixCase.getFileName().toString().replaceFirst("\\.nix$", suffix);
    Path expectedFile = sourceTree(nixCase).resolveSibling(name);
    boolean update = Boolean.getBoolean("golden.update");
    if (update || !Files.exists(expectedFile)) {
      boolean missing = !Files.exists(expectedFile);
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      if (missing && !update) {
        fail("wrote missing " + expectedFile + "; review it and run again");
      }
      return;
    }
    assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, expectedFile.toString());
  }

  /** The source copy of a test resource, so that updates land where git sees them. */
  private static Path sourceTree(Path resource) {
    String path = resource.toString().replace("/target/test-classes/", "/src/test/resources/");
    return Path.of(path);
  }
}
