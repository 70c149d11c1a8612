package dev.six.grammar.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Data-driven golden tests: one dynamic test per {@code <case>.nix} file of a directory, comparing
 * what a function renders from it with {@code <case>.expected} next to it. With
 * {@code -Dgolden.update=true} expected files are rewritten (a missing one is written and the test
 * fails, so that someone reads it). Cases under {@code notyetpassing/} are known failures and are
 * asserted to still fail.
 */
public final class Golden {
  private Golden() {}

  public static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  /** The directory of test data {@code relative} to src/test/resources of the module under test. */
  public static Path resources(String relative) {
    return Path.of("src", "test", "resources").resolve(relative);
  }

  /** All {@code .nix} cases of {@code dir} (not recursive), sorted. */
  public static List<Path> cases(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".nix")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path expectedFile(Path nixFile) {
    String name = nixFile.getFileName().toString();
    return nixFile.resolveSibling(name.substring(0, name.length() - ".nix".length()) + ".expected");
  }

  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tests for every case of {@code dir}, plus its {@code notyetpassing/} cases. */
  public static List<DynamicTest> tests(Path dir, Function<Path, String> render) {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : cases(dir)) {
      tests.add(DynamicTest.dynamicTest(file.toString(), file.toUri(), () -> check(file, render)));
    }
    for (Path file : cases(dir.resolve("notyetpassing"))) {
      tests.add(DynamicTest.dynamicTest(file.toString(), file.toUri(), () -> checkStillFails(file, render)));
    }
    return tests;
  }

  private static void check(Path file, Function<Path, String> render) throws IOException {
    compare(expectedFile(file), render.apply(file));
  }

  /**
   * Compares {@code actual} with the file {@code expected}, or writes it there (under
   * {@code -Dgolden.update=true}, or when missing, which then fails so that someone reads it).
   */
  public static void compare(Path expected, String actual) throws IOException {
    if (!Files.exists(expected)) {
      Files.createDirectories(expected.toAbsolutePath().getParent());
      Files.writeString(expected, actual, StandardCharsets.ISO_8859_1);
      fail("wrote missing " + expected + "; review it and rerun");
    }
    if (updating()) {
      Files.writeString(expected, actual, StandardCharsets.ISO_8859_1);
      return;
    }
    assertEquals(read(expected), actual, "golden mismatch for " + expected + " (rerun with -Dgolden.update=true to accept)");
  }

  private static void checkStillFails(Path file, Function<Path, String> render) {
    Path expected = expectedFile(file);
    if (!Files.exists(expected)) {
      fail("a notyetpassing case needs the correct output in " + expected);
    }
    String actual;
    try {
      actual = render.apply(file);
    } catch (RuntimeException e) {
      return;
    }
    assertNotEquals(read(expected), actual, file + " passes now: move it out of notyetpassing/");
  }
}
