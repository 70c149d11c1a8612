package dev.six.grammar.desugar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.six.grammar.parse.IndexParser;
import dev.six.grammar.parse.ParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link ExprCodec} gives back exactly the tree it was given: every .nix file of the repository
 * (the corpus, every golden case of the parser and the evaluator) is desugared, written, read back
 * and compared field by field, record component by record component; and bytes that are damaged
 * or of another version are refused rather than misread.
 */
class ExprCodecTest {

  @TestFactory
  List<DynamicTest> everyRepositoryFileRoundTrips() throws IOException {
    Path root = Path.of("..");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".nix") && !p.toString().contains("/target/")
              && !p.toString().contains("/node_modules/"))
          .sorted().collect(Collectors.toList());
    }
    return files.stream()
        .map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> roundTrip(read(file))))
        .collect(Collectors.toList());
  }

  @Test
  void everyKindOfNodeRoundTrips() {
    roundTrip("""
        let f = { a, b ? a + 1.5, ... }@args: x: rec { inherit a; inherit (args) b; c.d = -9223372036854775807 - 1; };
            g = y: assert y != null; with builtins; if !(y ? z.${"w"}) then y.z or [ ./p ~/q <n> ] else __curPos;
        in f { a = "s\\u00e9 ${toString 1} \uD800"; } (g { z = { "${"d"}" = 1e-300; }; } ++ [ (a: a // a) ]) -> true || false && 1 < 2
        """);
  }

  @Test
  void damagedBytesAreRefused() {
    byte[] bytes = ExprCodec.encode(desugar("{ a = [ 1 \"x\" ./p ]; b = x: x.a or null; }"));
    assertNotNull(bytes);
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      byte[] damaged = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
      if (damaged.length > 0 && random.nextBoolean()) {
        damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
      }
      try {
        ExprCodec.decode(damaged);
      } catch (IllegalArgumentException refused) {
        // The only way decoding may fail.
      }
    }
    byte[] otherVersion = bytes.clone();
    otherVersion[0] = (byte) (ExprCodec.VERSION + 1);
    assertThrows(IllegalArgumentException.class, () -> ExprCodec.decode(otherVersion));
  }

  @Test
  void aTreeDeeperThanTheStackRoundTrips() {
    NixExpr expr = new NixExpr.ExprInt(1, 0);
    for (int i = 0; i < 200_000; i++) {
      expr = new NixExpr.ExprOpNot(expr);
    }
    byte[] bytes = ExprCodec.encode(expr);
    assertNotNull(bytes, "not written");
    NixExpr back = ExprCodec.decode(bytes);
    for (int i = 0; i < 200_000; i++) {
      back = ((NixExpr.ExprOpNot) back).expr();
    }
    assertEquals(new NixExpr.ExprInt(1, 0), back);
  }

  private static void roundTrip(String text) {
    NixExpr expr = desugar(text);
    if (expr == null) {
      return;
    }
    byte[] bytes = ExprCodec.encode(expr);
    assertNotNull(bytes, "not written");
    assertSame(expr, ExprCodec.decode(bytes), "");
  }

  /** The desugared tree of {@code text}, as the evaluator makes it; null when it has syntax errors. */
  private static NixExpr desugar(String text) {
    char[] chars = text.toCharArray();
    ParseResult parse = IndexParser.parse(chars, chars.length);
    if (!parse.diagnostics().isEmpty()) {
      return null;
    }
    Desugarer.Result result = Desugarer.desugar(parse.tree(), SymbolTable.unordered(),
        SourceContext.file("/pwd/case.nix", "/home/user"), Desugarer.Dialect.CURRENT);
    return result.diagnostics().isEmpty() ? result.expr() : null;
  }

  /** Compares two trees structurally: records by every component, attribute sets by their parts. */
  private static void assertSame(Object expected, Object actual, String path) {
    if (expected == null || actual == null) {
      assertEquals(expected, actual, path);
      return;
    }
    if (!(expected instanceof List)) {
      // Lists are compared by their elements: which List class holds them does not matter.
      assertEquals(expected.getClass(), actual.getClass(), path);
    }
    if (expected instanceof NixExpr.ExprAttrs a && actual instanceof NixExpr.ExprAttrs b) {
      assertEquals(a.recursive(), b.recursive(), path + ".recursive");
      assertEquals(a.pos(), b.pos(), path + ".pos");
      assertEquals(List.copyOf(a.attrs().keySet()), List.copyOf(b.attrs().keySet()), path + ".attrs");
      for (Map.Entry<Symbol, NixExpr.AttrDef> entry : a.attrs().entrySet()) {
        assertSame(entry.getValue(), b.attrs().get(entry.getKey()), path + "." + entry.getKey());
      }
      assertSame(a.dynamicAttrs(), b.dynamicAttrs(), path + ".dynamic");
    } else if (expected instanceof List<?> a && actual instanceof List<?> b) {
      assertEquals(a.size(), b.size(), path + ".size");
      for (int i = 0; i < a.size(); i++) {
        assertSame(a.get(i), b.get(i), path + "[" + i + "]");
      }
    } else if (expected instanceof Record) {
      for (RecordComponent component : expected.getClass().getRecordComponents()) {
        assertSame(value(component, expected), value(component, actual), path + "." + component.getName());
      }
    } else if (expected instanceof Double a) {
      assertEquals(Double.doubleToRawLongBits(a), Double.doubleToRawLongBits((Double) actual), path);
    } else {
      assertEquals(expected, actual, path);
    }
  }

  private static Object value(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(e);
    }
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
