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
 * The compiler against skarnet's s6-rc-compile 0.5.4.1 on the golden data set: every {@code ok}
 * case compiles to a directory whose manifest (every entry's type, mode, size and SHA-256) equals
 * the real compiler's, so {@code n}, {@code db}, {@code resolve.cdb} and every generated service
 * directory are byte-identical; every {@code err} case gives the real compiler's exit status,
 * warnings and first error, word for word, and leaves no output directory.
 */
class CompileGoldenTest {
  @TempDir
  Path temp;

  @TestFactory
  List<DynamicTest> okCasesCompileByteIdentically() {
    List<GoldenCase> cases = GoldenCase.all("ok");
    assertTrue(cases.size() >= 30, "too few ok cases: " + cases.size());
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), c.dir.toUri(), () -> {
      Path work = c.setUp(temp.resolve(c.name()));
      List<String> warnings = new ArrayList<>();
      Compilation compilation = S6RcCompiler.compile(sources(c, work), warnings);
      Path compiled = work.resolve("compiled");
      CompiledWriter.write(compilation, c.options(), compiled);
      assertEquals(List.of(), warnings, "an ok case compiles without warnings");
      assertEquals(Files.readString(c.dir.resolve("expected/manifest.txt"), StandardCharsets.ISO_8859_1),
          TreeManifest.of(compiled));
    })).toList();
  }

  @TestFactory
  List<DynamicTest> errCasesFailAsS6RcCompileDoes() {
    List<GoldenCase> cases = GoldenCase.all("err");
    assertTrue(cases.size() >= 45, "too few err cases: " + cases.size());
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), c.dir.toUri(), () -> {
      Path work = c.setUp(temp.resolve(c.name()));
      Path compiled = work.resolve("compiled");
      List<String> warnings = new ArrayList<>();
      StringBuilder stderr = new StringBuilder();
      int exit = 0;
      try {
        CompiledWriter.write(S6RcCompiler.compile(sources(c, work), warnings), c.options(), compiled);
      } catch (CompileError e) {
        exit = e.exitCode();
        stderr.append(e.compilerLine()).append('\n');
      }
      StringBuilder actual = new StringBuilder("exit " + exit + "\n");
      for (String w : warnings) {
        actual.append("s6-rc-compile: warning: ").append(w).append('\n');
      }
      actual.append(stderr);
      assertEquals(Files.readString(c.dir.resolve("expected.txt"), StandardCharsets.ISO_8859_1), actual.toString());
      if (exit != 0) {
        assertFalse(Files.exists(compiled), "a failed compilation leaves nothing");
      }
    })).toList();
  }

  private static List<ServiceSource> sources(GoldenCase c, Path work) throws IOException {
    List<ServiceSource> sources = new ArrayList<>();
    for (String label : c.labels(work)) {
      sources.add(new DiskServiceSource(work.resolve(label), label));
    }
    return sources;
  }
}
