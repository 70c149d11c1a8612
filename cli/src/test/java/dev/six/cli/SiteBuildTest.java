package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.grammar.testing.Golden;
import dev.six.s6.db.DbTool;
import dev.six.s6.output.TreeManifest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code six build} on the bundled site (without firmware, which {@link FirmwareBuildTest} builds):
 * for every host, the written s6-rc source tree and compiled database, as manifests (every entry's
 * type, mode, size and SHA-256), equal the goldens in {@code build/<host>.source} and
 * {@code build/<host>.compiled}, and the database read back ({@code six db}) equals
 * {@code build/<host>.db}. The compiled goldens were checked byte for byte against the real
 * s6-rc-compile 0.5.4.1 run on the written source tree (see docs/s6-rc.md). A second build
 * replaces the first atomically and leaves no older generation behind.
 */
class SiteBuildTest {
  private static final Path EXPECTED = Golden.resources("build");
  private static final Path SITE = Path.of("..", "corpus", "site").toAbsolutePath().normalize();
  private static final List<String> HOSTS = List.of("router", "server", "workstation");

  @TempDir
  Path temp;

  @TestFactory
  List<DynamicTest> everyHostBuildsTheExpectedTrees() {
    ScratchStore.Run run = build();
    assertEquals(0, run.exitCode(), run.stderr());
    List<DynamicTest> tests = new ArrayList<>();
    for (String host : HOSTS) {
      tests.add(DynamicTest.dynamicTest(host, () -> {
        Path result = temp.resolve("result").resolve(host);
        assertTrue(Files.isSymbolicLink(result), "the result is a link to its generation");
        Golden.compare(EXPECTED.resolve(host + ".source"), TreeManifest.of(result.resolve("s6-rc/source")));
        Golden.compare(EXPECTED.resolve(host + ".compiled"), TreeManifest.of(result.resolve("s6-rc/compiled")));
        Golden.compare(EXPECTED.resolve(host + ".db"), dump(result.resolve("s6-rc/compiled")));
      }));
    }
    tests.add(DynamicTest.dynamicTest("rebuild replaces atomically", () -> {
      Path link = temp.resolve("result").resolve("router");
      Path before = Files.readSymbolicLink(link);
      ScratchStore.Run again = build();
      assertEquals(0, again.exitCode(), again.stderr());
      Path after = Files.readSymbolicLink(link);
      assertFalse(before.equals(after), "a new generation");
      try (Stream<Path> entries = Files.list(temp.resolve("result"))) {
        List<String> generations = entries.map(p -> p.getFileName().toString())
            .filter(n -> n.startsWith(".router-")).toList();
        assertEquals(List.of(after.toString()), generations, "only the linked generation is left");
      }
    }));
    return tests;
  }

  /**
   * The database as {@code six db} reads it back: every name with its type; per atomic service
   * its flags and dependencies (and pipeline), per bundle its contents.
   */
  private static String dump(Path compiled) throws IOException {
    StringBuilder out = new StringBuilder();
    String all = db(compiled, out, "list", "all");
    for (String name : all.split("\n")) {
      String type = db(compiled, out, "type", name).strip();
      if (type.equals("bundle")) {
        db(compiled, out, "contents", name);
      } else {
        db(compiled, out, "flags", name);
        db(compiled, out, "-u", "dependencies", name);
        if (type.equals("longrun")) {
          db(compiled, out, "pipeline", name);
        }
      }
    }
    return out.toString();
  }

  /** Runs {@code six db -c COMPILED ARGS}, appends the command and its output to {@code out}, returns the output. */
  private static String db(Path compiled, StringBuilder out, String... args) throws IOException {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    List<String> argv = new ArrayList<>(List.of("-c", compiled.toString()));
    argv.addAll(List.of(args));
    int exit = new DbTool(compiled, stdout, OutputStream.nullOutputStream()).run(argv);
    assertEquals(0, exit, "six db " + String.join(" ", args));
    String text = stdout.toString(StandardCharsets.ISO_8859_1);
    out.append("$ six db ").append(String.join(" ", args)).append('\n').append(text);
    return text;
  }

  private ScratchStore.Run build() {
    return InProcess.run(BuildCommand::new, Map.of("HOME", "/fake-home"), temp.toString(),
        List.of("--no-firmware", "-o", "result", SITE.toString()));
  }
}
