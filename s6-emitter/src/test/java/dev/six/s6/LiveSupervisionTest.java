package dev.six.s6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import dev.six.s6.compile.CompileOptions;
import dev.six.s6.compile.Compilation;
import dev.six.s6.compile.CompiledWriter;
import dev.six.s6.compile.InstallPrefixes;
import dev.six.s6.compile.S6RcCompiler;
import dev.six.s6.live.DebianS6;
import dev.six.s6.live.LiveExpectation;
import dev.six.s6.live.StartOrder;
import dev.six.s6.live.SupervisionTree;
import dev.six.s6.source.DiskServiceSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The longruns of a database compiled by our s6-rc-compile really run under Debian's s6: for each
 * case under {@code live/}, its {@code src/} is compiled, every longrun's service directory is
 * supervised by s6-svscan, brought up in dependency order (ready by its notification fd where it
 * has one), the case's {@code expect} lines are checked, everything is brought down again in
 * reverse order, and s6-svscan must exit leaving no process behind.
 *
 * <p>Pipelined longruns work as under s6-rc: the compiled {@code s6rc-fdholder} service holds the
 * pipes, and producers and loggers take their ends from it. Filling it needs s6-rc's internal
 * {@code s6-rc-fdholder-filler}, which Debian lacks (it has no s6-rc), so the database is compiled
 * with Debian's execline and s6 prefixes but with the libexec prefix pointing at a stand-in,
 * {@code live-libexec/s6-rc-fdholder-filler}, written for this test with s6's fd holder clients.
 */
class LiveSupervisionTest {
  private static final Path CASES = Path.of("src", "test", "resources", "live").toAbsolutePath();
  private static final Path FILLER = Path.of("src", "test", "resources", "live-libexec", "s6-rc-fdholder-filler")
      .toAbsolutePath();
  /** How long the services may take to leave the traces an {@code up} expectation looks for. */
  private static final Duration TRACE_LIMIT = Duration.ofSeconds(10);
  /** A backstop for a whole case: every single wait has a smaller limit of its own. */
  private static final Duration CASE_LIMIT = Duration.ofSeconds(120);

  @TempDir
  Path temp;

  @TestFactory
  List<DynamicTest> compiledLongrunsRunUnderS6() throws IOException {
    try (Stream<Path> cases = Files.list(CASES)) {
      return cases.sorted()
          .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)))
          .toList();
    }
  }

  private void check(Path caseDir) throws Exception {
    DebianS6.require();
    String name = caseDir.getFileName().toString();
    Path work = Files.createDirectories(temp.resolve(name));
    List<LiveExpectation> expectations = LiveExpectation.read(caseDir.resolve("expect"));

    Compilation compilation = S6RcCompiler.compile(List.of(new DiskServiceSource(caseDir.resolve("src"), name)));
    assertEquals(List.of(), compilation.warnings(), "compiler warnings");
    Path compiled = work.resolve("compiled");
    CompiledWriter.write(compilation, CompileOptions.of(prefixes(work)), compiled);
    List<String> order = StartOrder.of(compilation.database());

    try (SupervisionTree tree = new SupervisionTree(work)) {
      assertTimeoutPreemptively(CASE_LIMIT, () -> run(tree, compiled.resolve("servicedirs"), order, expectations),
          name + " took longer than " + CASE_LIMIT.toSeconds() + " s");
    }
  }

  /** Debian's prefixes, but for s6-rc's libexec, which holds only our fd holder filler. */
  private static InstallPrefixes prefixes(Path work) throws IOException {
    Path libexec = Files.createDirectories(work.resolve("libexec"));
    Path filler = libexec.resolve(FILLER.getFileName());
    Files.copy(FILLER, filler, StandardCopyOption.COPY_ATTRIBUTES);
    Files.setPosixFilePermissions(filler, PosixFilePermissions.fromString("rwxr-xr-x"));
    InstallPrefixes debian = InstallPrefixes.debian();
    return new InstallPrefixes(debian.shebangDir(), debian.execlineBin(), debian.s6Bin(), libexec + "/");
  }

  private static void run(SupervisionTree tree, Path servicedirs, List<String> order,
      List<LiveExpectation> expectations) throws Exception {
    for (String service : order) {
      tree.install(servicedirs, service);
    }
    tree.start();
    for (String service : order) {
      tree.up(service);
    }
    awaitTraces(tree, expectations, LiveExpectation.Phase.UP, TRACE_LIMIT);
    List<String> reverse = new ArrayList<>(order);
    Collections.reverse(reverse);
    for (String service : reverse) {
      tree.down(service);
    }
    // s6-svwait -D has returned once every finish script ended: the traces must be there now.
    awaitTraces(tree, expectations, LiveExpectation.Phase.DOWN, Duration.ZERO);
    tree.stop();
  }

  private static void awaitTraces(SupervisionTree tree, List<LiveExpectation> expectations,
      LiveExpectation.Phase phase, Duration limit) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    for (LiveExpectation expectation : expectations) {
      if (expectation.when() != phase) {
        continue;
      }
      while (!expectation.holdsIn(tree.out())) {
        if (System.nanoTime() >= deadline) {
          fail("not seen: " + expectation + tree.diagnostics());
        }
        Thread.sleep(20);
      }
    }
  }
}
