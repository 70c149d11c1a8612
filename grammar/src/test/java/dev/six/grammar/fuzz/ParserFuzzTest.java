package dev.six.grammar.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.six.grammar.desugar.ExprPrinter;
import dev.six.grammar.desugar.SourceContext;
import dev.six.grammar.desugar.StaticCheck;
import dev.six.grammar.desugar.SymbolTable;
import dev.six.grammar.parse.IndexParser;
import dev.six.grammar.parse.ParseResult;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Property tests of the parser, sized for CI (about 110,000 inputs; {@code -Dfuzz.scale=N}
 * multiplies that):
 *
 * <ul>
 *   <li>random well-formed expressions print, parse without diagnostics into the same shape, and
 *       print again to the same text;
 *   <li>random mutations of real files never throw, never take a second, and every ERROR node the
 *       parser leaves is backed by a diagnostic.
 * </ul>
 * Seeds are fixed so that a failure reproduces; an input that fails belongs in parser/fuzz/.
 */
class ParserFuzzTest {
  private static final int SCALE = Integer.getInteger("fuzz.scale", 1);
  private static final long SLOW_NANOS = 1_000_000_000L;

  @Test
  void generatedExpressionsRoundTrip() {
    int iterations = 60_000 * SCALE;
    ShapeGenerator generator = new ShapeGenerator(20261126L);
    for (int i = 0; i < iterations; i++) {
      Shape shape = generator.expr(1 + i % 6);
      String text = ShapePrinter.print(shape);
      ParseResult result = IndexParser.parse(text);
      if (result.hasErrors()) {
        fail("generated input #" + i + " does not parse: " + result.diagnostics() + "\n" + text);
      }
      Shape parsed = Shape.fromTree(result.tree(), result.tree().root());
      if (!parsed.equals(shape)) {
        assertEquals(shape.toString(), parsed.toString(), "parsed shape differs for input #" + i + ":\n" + text);
      }
      assertEquals(text, ShapePrinter.print(parsed), "round trip changed the text of input #" + i);
      // Nix's own shapes must be derivable from any tree that parses.
      ExprPrinter.print(StaticCheck.run(result, new SymbolTable(), SourceContext.stdin("/", "/")).expr());
    }
  }

  @Test
  void mutatedFilesNeverBreakTheParser() throws IOException {
    List<String> seeds = seedTexts();
    assertFalse(seeds.isEmpty(), "no .nix files to mutate");
    int iterations = 50_000 * SCALE;
    Random random = new Random(42);
    Mutator mutator = new Mutator(random);
    int rejected = 0;
    for (int i = 0; i < iterations; i++) {
      String seed = seeds.get(random.nextInt(seeds.size()));
      String input = mutator.mutate(seed, 1 + random.nextInt(3));
      long start = System.nanoTime();
      ParseResult result;
      try {
        result = IndexParser.parse(input);
        StaticCheck.run(result, new SymbolTable(), SourceContext.stdin("/", "/"));
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("parser threw on mutation #" + i + ":\n" + input, e);
      }
      long elapsed = System.nanoTime() - start;
      assertTrue(elapsed < SLOW_NANOS, "mutation #" + i + " took " + elapsed / 1_000_000 + " ms:\n" + input);
      if (hasErrorNode(result.tree())) {
        assertTrue(result.hasErrors(), "an ERROR node without a diagnostic for mutation #" + i + ":\n" + input);
      }
      if (result.hasErrors()) {
        rejected++;
      }
    }
    assertTrue(rejected > iterations / 4, "mutations should mostly break files, only " + rejected + " did");
  }

  private static boolean hasErrorNode(SyntaxTree tree) {
    for (int n = 0; n < tree.nodeCount(); n++) {
      if (tree.kind(n) == SyntaxKind.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** Every .nix file of the repository: parser cases, and the corpus once it exists. */
  static List<String> seedTexts() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> texts = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".nix") && !p.toString().contains("/target/")).toList()) {
        texts.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    return texts;
  }
}
