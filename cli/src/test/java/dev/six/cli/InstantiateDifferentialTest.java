package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.grammar.oracle.NixInstantiate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code six instantiate} against the real {@code nix-instantiate}, each registering into an empty
 * store of its own ({@link ScratchStore}), on every fixture in {@code instantiate/}: the same exit
 * status, standard output and error (paths, {@code !output}, the {@code --add-root} warning,
 * errors with their positions), and the same store afterwards: the same paths, recorded with the
 * same references, deriver, content address and archive hash, and the same bytes on disk. A
 * fixture's first line may give arguments: {@code # args: -A x --argstr y z}.
 */
class InstantiateDifferentialTest {
  private static final Path FIXTURES = Path.of("src", "test", "resources", "instantiate").toAbsolutePath();
  private static int derivationsCompared;

  @TempDir
  static Path scratch;

  @TestFactory
  List<DynamicTest> fixturesInstantiateAsNixInstantiatesThem() throws IOException {
    Path nix = NixInstantiate.require();
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(FIXTURES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".nix")).sorted().toList()) {
        String name = file.getFileName().toString();
        tests.add(DynamicTest.dynamicTest(name, file.toUri(), () -> compare(nix, file, name)));
      }
    }
    return tests;
  }

  private static void compare(Path nix, Path file, String name) throws Exception {
    Path dir = Files.createDirectories(scratch.resolve(name));
    Map<String, String> env = ScratchStore.environment(Files.createDirectories(dir.resolve("home")));
    ScratchStore theirs = new ScratchStore(dir.resolve("nix-store"));
    ScratchStore ours = new ScratchStore(dir.resolve("six-store"));
    List<String> args = new ArrayList<>(arguments(file));
    args.add(file.toString());

    List<String> nixCommand = new ArrayList<>(List.of(nix.toString(), "--store", theirs.url()));
    nixCommand.addAll(args);
    ScratchStore.Run expected = ScratchStore.run(nixCommand, env, FIXTURES.toString());
    List<String> sixArgs = new ArrayList<>(List.of("--store", ours.url()));
    sixArgs.addAll(args);
    ScratchStore.Run actual = InProcess.run(InstantiateCommand::new, env, FIXTURES.toString(), sixArgs);

    assertEquals(expected, actual);
    count(ours.assertSameAs(theirs, env));
  }

  @Test
  void addRootMakesIndirectRootsAsNixDoes(@TempDir Path dir) throws Exception {
    NixInstantiate.require();
    Path file = FIXTURES.resolve("list-of-derivations.nix");
    Map<String, String> env = ScratchStore.environment(Files.createDirectories(dir.resolve("home")));
    List<String> printed = new ArrayList<>();
    List<Map<String, String>> roots = new ArrayList<>();
    for (String tool : List.of("nix", "six")) {
      ScratchStore store = new ScratchStore(dir.resolve(tool + "-store"));
      Path cwd = Files.createDirectories(dir.resolve(tool + "-cwd"));
      List<String> args = List.of("--store", store.url(), "--add-root", "roots/result", "--indirect", file.toString());
      ScratchStore.Run run;
      if (tool.equals("nix")) {
        List<String> command = new ArrayList<>(List.of(ScratchStore.nix("nix-instantiate")));
        command.addAll(args);
        run = ScratchStore.run(command, env, cwd.toString());
      } else {
        run = InProcess.run(InstantiateCommand::new, env, cwd.toString(), args);
      }
      assertEquals(0, run.exitCode(), run.stderr());
      assertEquals("", run.stderr(), "no warning with --add-root");
      printed.add(run.stdout().replace(cwd.toString(), "CWD"));
      roots.add(roots(store, env, cwd));
    }
    assertEquals(printed.get(0), printed.get(1));
    assertEquals(roots.get(0), roots.get(1));
    assertTrue(roots.get(1).size() >= 2, "roots " + roots.get(1));
  }

  /** The store's garbage-collector roots, link (relative to {@code cwd}) to store path. */
  private static Map<String, String> roots(ScratchStore store, Map<String, String> env, Path cwd)
      throws IOException, InterruptedException {
    ScratchStore.Run run = ScratchStore.run(List.of(ScratchStore.nix("nix-store"), "--store", store.url(), "--gc",
        "--print-roots"), env, "/");
    assertEquals(0, run.exitCode(), run.stderr());
    Map<String, String> roots = new TreeMap<>();
    for (String line : run.stdout().split("\n")) {
      String[] parts = line.split(" -> ");
      if (parts.length == 2 && parts[0].startsWith(cwd.toString())) {
        roots.put(parts[0].substring(cwd.toString().length()), parts[1]);
        assertEquals(parts[1], Files.readSymbolicLink(Path.of(parts[0])).toString());
      }
    }
    return roots;
  }

  @AfterAll
  static void report() {
    System.out.println("InstantiateDifferentialTest: " + derivationsCompared + " .drv files compared byte for byte");
  }

  private static synchronized void count(Map<String, String> paths) {
    derivationsCompared += (int) paths.keySet().stream().filter(p -> p.endsWith(".drv")).count();
  }

  /** {@code # args: ...} on the first line, split at spaces. */
  private static List<String> arguments(Path file) throws IOException {
    String first = Files.readAllLines(file, StandardCharsets.ISO_8859_1).get(0);
    if (!first.startsWith("# args:")) {
      return List.of();
    }
    return Arrays.stream(first.substring("# args:".length()).trim().split(" +")).filter(s -> !s.isEmpty()).toList();
  }
}
