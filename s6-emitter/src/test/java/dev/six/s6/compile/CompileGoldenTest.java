package dev.six.s6.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.s6.output.TreeManifest;
import dev.six.s6.source.DiskServiceSource;
import dev.six.s6.source.ServiceSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiler against skarnet's s6-rc-compile on the golden data set, for each version it writes
 * (0.5.4.1: {@code expected/}; 0.7.0.0: {@code expected-0.7/}): every {@code ok} case compiles to
 * a directory whose manifest (every entry's type, mode, size and SHA-256) equals the real
 * compiler's, so {@code n}, {@code db}, {@code resolve.cdb} and every generated service directory
 * are byte-identical; every {@code err} case gives the real compiler's exit status, warnings and
 * first error, word for word ({@code expected-0.7.txt} where 0.7 differs), and leaves no output.
 */
class CompileGoldenTest {
  @TempDir
  Path temp;

  @TestFactory
  List<DynamicTest> okCasesCompileByteIdentically() {
    List<GoldenCase> cases = GoldenCase.all("ok");
    assertTrue(cases.size() >= 30, "too few ok cases: " + cases.size());
    List<DynamicTest> tests = new ArrayList<>();
    for (GoldenCase c : cases) {
      for (RcVersion version : RcVersion.values()) {
        Path manifest = c.dir.resolve(GoldenCase.expected(version)).resolve("manifest.txt");
        tests.add(DynamicTest.dynamicTest(c.name() + " " + version.release(), c.dir.toUri(), () -> {
          Path work = c.setUp(temp.resolve(c.name() + "-" + version));
          List<String> warnings = new ArrayList<>();
          Compilation compilation = S6RcCompiler.compile(sources(c, work), warnings, version);
          Path compiled = work.resolve("compiled");
          CompiledWriter.write(compilation, c.options(version), compiled);
          assertEquals(List.of(), warnings, "an ok case compiles without warnings");
          assertEquals(Files.readString(manifest, StandardCharsets.ISO_8859_1), TreeManifest.of(compiled));
        }));
      }
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> errCasesFailAsS6RcCompileDoes() {
    List<GoldenCase> cases = GoldenCase.all("err");
    assertTrue(cases.size() >= 45, "too few err cases: " + cases.size());
    List<DynamicTest> tests = new ArrayList<>();
    for (GoldenCase c : cases) {
      for (RcVersion version : RcVersion.values()) {
        tests.add(DynamicTest.dynamicTest(c.name() + " " + version.release(), c.dir.toUri(), () -> checkErr(c, version)));
      }
    }
    return tests;
  }

  private void checkErr(GoldenCase c, RcVersion version) throws Exception {
    Path work = c.setUp(temp.resolve(c.name() + "-" + version));
    Path compiled = work.resolve("compiled");
    List<String> warnings = new ArrayList<>();
    StringBuilder stderr = new StringBuilder();
    int exit = 0;
    try {
      CompiledWriter.write(S6RcCompiler.compile(sources(c, work), warnings, version), c.options(version), compiled);
    } catch (CompileError e) {
      exit = e.exitCode();
      stderr.append(e.compilerLine()).append('\n');
    }
    StringBuilder actual = new StringBuilder("exit " + exit + "\n");
    for (String w : warnings) {
      actual.append("s6-rc-compile: warning: ").append(w).append('\n');
    }
    actual.append(stderr);
    Path expected = c.dir.resolve("expected-0.7.txt");
    if (version == RcVersion.V0_5 || !Files.exists(expected)) {
      expected = c.dir.resolve("expected.txt");
    }
    assertEquals(Files.readString(expected, StandardCharsets.ISO_8859_1), actual.toString());
    if (exit != 0) {
      assertFalse(Files.exists(compiled), "a failed compilation leaves nothing");
    }
  }

  private static List<ServiceSource> sources(GoldenCase c, Path work) throws IOException {
    List<ServiceSource> sources = new ArrayList<>();
    for (String label : c.labels(work)) {
      sources.add(new DiskServiceSource(work.resolve(label), label));
    }
    return sources;
  }
}
