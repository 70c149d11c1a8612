package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.six.grammar.oracle.NixInstantiate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code eval-okay} case through {@code six instantiate --eval --strict --read-write-mode}
 * and the real {@code nix-instantiate} with the same flags, each registering into an empty store
 * of its own ({@link ScratchStore}): the same exit status and output (or first error line), and
 * the same store afterwards, path for path, as Nix records them and byte for byte on disk. This
 * holds six's registration to everything the golden cases make: derivations of every shape,
 * sources, filtered copies and texts. Cases in {@code read-write-divergences.txt} differ for a
 * documented reason and are asserted to still differ.
 */
class ReadWriteEvalDifferentialTest {
  private static final Path CASES = Path.of("..", "evaluator", "src", "test", "resources", "eval").toAbsolutePath()
      .normalize();
  private static final Path DIVERGENCES = Path.of("src", "test", "resources", "read-write-divergences.txt");
  private static final Map<String, Integer> compared = new TreeMap<>();

  @TempDir
  static Path scratch;

  @TestFactory
  List<DynamicTest> okayCasesRegisterWhatNixRegisters() throws IOException {
    Path nix = NixInstantiate.require();
    Map<String, String> divergences = DifferentialCases.divergences(DIVERGENCES);
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(CASES)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.startsWith("eval-okay-") || !name.endsWith(".nix") || name.contains("-modern-")) {
          continue;
        }
        String reason = divergences.get(name.substring(0, name.length() - 4));
        tests.add(DynamicTest.dynamicTest(name, file.toUri(), () -> {
          if (reason == null) {
            compare(nix, file, name);
          } else {
            assertNotEquals(null, mismatch(nix, file, name), "listed as diverging (" + reason + ") but agrees with Nix");
          }
        }));
      }
    }
    return tests;
  }

  /** An exit status with what was printed, or the first error line. */
  record Outcome(int status, String output) {
    static Outcome of(ScratchStore.Run run) {
      return new Outcome(run.exitCode(), run.exitCode() == 0 ? run.stdout() : DifferentialCases.errorLine(run.stderr()));
    }
  }

  private static void compare(Path nix, Path file, String name) throws Exception {
    AssertionError mismatch = mismatch(nix, file, name);
    if (mismatch != null) {
      throw mismatch;
    }
  }

  /** How six differs from Nix on this case, or null. */
  private static AssertionError mismatch(Path nix, Path file, String name) throws Exception {
    Path dir = Files.createDirectories(scratch.resolve(name));
    ScratchStore theirs = new ScratchStore(dir.resolve("nix-store"));
    ScratchStore ours = new ScratchStore(dir.resolve("six-store"));
    Map<String, String> env = environment();
    String cwd = CASES.toString();

    List<String> command = new ArrayList<>(List.of(nix.toString(), "--store", theirs.url()));
    command.addAll(args(file));
    Outcome expected = Outcome.of(ScratchStore.run(command, env, cwd));
    List<String> sixArgs = new ArrayList<>(List.of("--store", ours.url()));
    sixArgs.addAll(args(file));
    Outcome actual = Outcome.of(InProcess.run(InstantiateCommand::new, env, cwd, sixArgs));
    try {
      assertEquals(expected, actual);
      if (hasObjects(theirs) || hasObjects(ours)) {
        Map<String, String> paths = ours.assertSameAs(theirs, env);
        record(name, (int) paths.keySet().stream().filter(p -> p.endsWith(".drv")).count());
      }
      return null;
    } catch (AssertionError e) {
      return e;
    } finally {
      ours.delete();
      theirs.delete();
    }
  }

  /** Whether anything was stored (a store that was never opened has no directory at all). */
  private static boolean hasObjects(ScratchStore store) throws IOException {
    Path dir = store.dir().resolve("nix/store");
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.anyMatch(p -> !p.getFileName().toString().equals(".links"));
    }
  }

  private static synchronized void record(String name, int derivations) {
    compared.put(name, derivations);
  }

  @AfterAll
  static void report() {
    int derivations = compared.values().stream().mapToInt(Integer::intValue).sum();
    System.out.println("ReadWriteEvalDifferentialTest: " + compared.size() + " cases registered store objects; "
        + derivations + " .drv files compared byte for byte");
  }

  /** The upstream harness's environment, with a PATH for Nix and no binary caches. */
  private static Map<String, String> environment() {
    Map<String, String> env = ScratchStore.environment(Path.of("/fake-home"));
    env.put("TEST_VAR", "foo");
    env.put("NIX_PATH", CASES + "/dir3:" + CASES + "/dir4");
    return env;
  }

  private static List<String> args(Path file) {
    return List.of("--eval", "--strict", "--read-write-mode", file.toAbsolutePath().normalize().toString());
  }
}
