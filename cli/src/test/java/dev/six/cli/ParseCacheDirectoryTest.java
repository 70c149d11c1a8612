package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.eval.io.DiskIO;
import dev.six.eval.print.ValuePrinter;
import dev.six.eval.runtime.DeepForce;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.runtime.ParsedFileStore;
import dev.six.eval.runtime.ParsedFiles;
import dev.six.eval.value.Value;
import dev.six.grammar.desugar.ExprPrinter;
import dev.six.grammar.desugar.NixExpr;
import dev.six.grammar.desugar.SourceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parse cache keeps a file's tree across runs and gives it back only for the same path, text,
 * HOME and build; damaged or unwritable entries never fail a run; and an evaluation that reads its
 * files from the cache gives the same value as one that parses them.
 */
class ParseCacheDirectoryTest {
  private static final String TEXT = "{ a = 1; b = x: x + a; c = ~/p; d = \"s${toString 2}\"; }";

  @TempDir
  Path dir;

  @Test
  void aSavedTreeComesBackForTheSameFile() {
    ParseCacheDirectory cache = cache("build 1");
    NixExpr expr = parse(TEXT);
    cache.save("/src/a.nix", "/home/u", TEXT.toCharArray(), expr);
    NixExpr back = cache.load("/src/a.nix", "/home/u", TEXT.toCharArray());
    assertNotNull(back);
    assertEquals(ExprPrinter.print(expr), ExprPrinter.print(back));
  }

  @Test
  void anythingTheTreeDependsOnChangingMakesItAbsent() {
    ParseCacheDirectory cache = cache("build 1");
    cache.save("/src/a.nix", "/home/u", TEXT.toCharArray(), parse(TEXT));
    assertNull(cache.load("/src/a.nix", "/home/u", TEXT.replace('1', '2').toCharArray()), "same length, other text");
    assertNull(cache.load("/src/a.nix", "/home/u", (TEXT + " ").toCharArray()), "longer text");
    assertNull(cache.load("/src/a.nix", "/home/v", TEXT.toCharArray()), "other HOME");
    assertNull(cache.load("/src/b.nix", "/home/u", TEXT.toCharArray()), "other path");
    assertNull(cache("build 2").load("/src/a.nix", "/home/u", TEXT.toCharArray()), "other build");
    assertNotNull(cache.load("/src/a.nix", "/home/u", TEXT.toCharArray()), "still there for the original");
  }

  @Test
  void damagedEntriesAreAbsent() throws IOException {
    ParseCacheDirectory cache = cache("build 1");
    cache.save("/src/a.nix", "/home/u", TEXT.toCharArray(), parse(TEXT));
    Path entry = entries().get(0);
    byte[] whole = Files.readAllBytes(entry);
    for (int length = 0; length < whole.length; length += 7) {
      Files.write(entry, Arrays.copyOf(whole, length));
      assertNull(cache.load("/src/a.nix", "/home/u", TEXT.toCharArray()), "cut at " + length);
    }
    for (int at = 0; at < whole.length; at++) {
      byte[] flipped = whole.clone();
      flipped[at] ^= (byte) 0x5A;
      Files.write(entry, flipped);
      assertNull(cache.load("/src/a.nix", "/home/u", TEXT.toCharArray()), "byte " + at + " changed");
    }
  }

  @Test
  void anUnwritableCacheKeepsNothingAndFailsNothing() throws IOException {
    Files.writeString(dir.resolve("parsed"), "a file where the directory should be");
    ParseCacheDirectory cache = new ParseCacheDirectory(dir.resolve("parsed"), "build 1");
    cache.save("/src/a.nix", "/home/u", TEXT.toCharArray(), parse(TEXT));
    assertNull(cache.load("/src/a.nix", "/home/u", TEXT.toCharArray()));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void theEnvironmentChoosesTheDirectoryOrTurnsItOff() {
    assertNull(ParseCacheDirectory.open(Map.of()), "no HOME and no XDG_CACHE_HOME: no cache");
    assertNull(ParseCacheDirectory.open(Map.of("HOME", "relative/home")), "a relative HOME is not used");
    assertNull(ParseCacheDirectory.open(Map.of("HOME", dir.toString(), "SIX_PARSE_CACHE", "0")), "turned off");
    assertNull(ParseCacheDirectory.open(Map.of("HOME", dir.toString(), "SIX_PARSE_CACHE", "off")), "turned off");
  }

  @Test
  void anEvaluationFromTheCacheGivesTheSameValues() throws IOException {
    Path source = dir.resolve("src");
    Files.createDirectories(source);
    Path lib = source.resolve("lib.nix");
    Path main = source.resolve("main.nix");
    Files.writeString(lib, "rec { double = x: x * 2; names = [ \"a\" \"b\" ]; here = ./.; }");
    Files.writeString(main, "let lib = import ./lib.nix; in { v = map lib.double [ 1 2 ]; inherit (lib) names; "
        + "pos = (builtins.unsafeGetAttrPos \"v\" { v = 1; }).line; }");
    CountingStore store = new CountingStore(cache("build 1"));
    String first = evaluate(main, store);
    assertEquals(2, entries().size(), "both files kept");
    assertEquals(0, store.found);
    assertEquals(first, evaluate(main, store), "read back from the cache");
    assertEquals(2, store.found, "both files came from the cache");
    Files.writeString(lib, "rec { double = x: x * 3; names = [ \"a\" \"b\" ]; here = ./.; }");
    String changed = evaluate(main, store);
    assertEquals(3, store.found, "main.nix from the cache, the changed lib.nix parsed");
    assertTrue(changed.contains("[ 3 6 ]"), changed);
    assertEquals(changed, evaluate(main, store));
    assertEquals(5, store.found);
  }

  /** Counts the files a store gives back. */
  private static final class CountingStore implements ParsedFileStore {
    private final ParsedFileStore store;
    int found;

    CountingStore(ParsedFileStore store) {
      this.store = store;
    }

    @Override
    public NixExpr load(String path, String home, char[] text) {
      NixExpr expr = store.load(path, home, text);
      found += expr == null ? 0 : 1;
      return expr;
    }

    @Override
    public void save(String path, String home, char[] text, NixExpr expr) {
      store.save(path, home, text, expr);
    }
  }

  private String evaluate(Path file, ParsedFileStore store) {
    Evaluator evaluator = new Evaluator(EvalSettings.defaults(), new DiskIO(),
        new PrintStream(OutputStream.nullOutputStream()), new ParsedFiles(store));
    Value value = evaluator.evalFile(file.toString());
    evaluator.run(() -> DeepForce.force(evaluator.state(), value));
    return evaluator.run(() -> ValuePrinter.print(evaluator.state(), value, false));
  }

  private ParseCacheDirectory cache(String build) {
    return new ParseCacheDirectory(dir.resolve("cache"), build);
  }

  private List<Path> entries() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
      return files.filter(p -> p.getFileName().toString().matches("[0-9a-f]{16}")).sorted().toList();
    }
  }

  private static NixExpr parse(String text) {
    return ParsedFiles.parse(text.toCharArray(), SourceContext.file("/src/a.nix", "/home/u"))
        .expr();
  }
}
