package dev.six.s6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.eval.io.DiskIO;
import dev.six.eval.runtime.DeepForce;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Value;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The written source tree of every site host is, file for file, what corpus/six's own
 * {@code files record} computes for the same host under the same evaluator, with {@code run} and
 * {@code finish} (and only they) executable, as {@code buildCommand} makes them.
 */
class SourceTreeWriterTest {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final List<String> HOSTS = List.of("router", "server", "workstation");

  @TempDir
  Path temp;

  @TestFactory
  List<DynamicTest> writtenTreeMatchesNixFiles() {
    return HOSTS.stream().map(host -> DynamicTest.dynamicTest(host, () -> check(host))).toList();
  }

  private void check(String host) throws IOException {
    Evaluator evaluator = new Evaluator(EvalSettings.defaults().withEnvironment(Map.of("HOME", "/fake-home")),
        new DiskIO(), new PrintStream(OutputStream.nullOutputStream()));
    String site = "(import " + REPO + "/corpus/site).descriptions." + host;
    Value description = eval(evaluator, site);
    Value expectedValue = eval(evaluator,
        "builtins.mapAttrs (n: r: (import " + REPO + "/corpus/six { }).files r) (" + site + ")");
    HostDescription parsed = evaluator.run(() -> HostDescription.read(evaluator.state(), description));
    SortedMap<String, String> expected = evaluator.run(() -> flatten(evaluator.state(), expectedValue));

    assertTrue(expected.size() > parsed.services().size(), host + ": a description with files");
    Path dir = temp.resolve(host);
    SourceTreeWriter.write(parsed, dir);

    assertEquals(expected, readTree(dir), host + ": written files");
    TreeSet<String> executables = new TreeSet<>();
    TreeSet<String> expectedExecutables = new TreeSet<>();
    for (String path : expected.keySet()) {
      if (Files.isExecutable(dir.resolve(path))) {
        executables.add(path);
      }
      String leaf = path.substring(path.indexOf('/') + 1);
      if (leaf.equals("run") || leaf.equals("finish")) {
        expectedExecutables.add(path);
      }
    }
    assertEquals(expectedExecutables, executables, host + ": executable files");
    try (Stream<Path> siblings = Files.list(temp)) {
      assertEquals(List.of(), siblings.filter(p -> p.getFileName().toString().startsWith(".")).toList(),
          "no temporary directory is left behind");
    }
  }

  private static Value eval(Evaluator evaluator, String text) {
    Value v = evaluator.evalText("(test)", SourceFile.Origin.STRING, text.toCharArray(), REPO.toString());
    return evaluator.run(() -> DeepForce.force(evaluator.state(), v));
  }

  /** {@code { service = { path = text; }; }} as {@code "service/path" → text}. */
  private static SortedMap<String, String> flatten(EvalState st, Value value) {
    SortedMap<String, String> out = new TreeMap<>();
    NixAttrs services = (NixAttrs) st.force(value);
    for (int i = 0; i < services.size(); i++) {
      NixAttrs files = (NixAttrs) st.force(services.valueAt(i));
      for (int j = 0; j < files.size(); j++) {
        String text = ((NixString) st.force(files.valueAt(j))).value;
        out.put(services.keyAt(i).name + "/" + files.keyAt(j).name, text);
      }
    }
    return out;
  }

  private static SortedMap<String, String> readTree(Path dir) throws IOException {
    SortedMap<String, String> out = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        String rel = dir.relativize(p).toString();
        String name = new String(rel.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        out.put(name, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    return out;
  }
}
