package dev.six.grammar.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.diagnostic.DiagnosticKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The invariant that lets six use either parser: on valid input the Xtext parser ({@link
 * FullParser}) and the {@link IndexParser} build identical syntax trees with identical
 * diagnostics, and on any input they agree whether it is valid, and neither throws.
 *
 * <p>Inputs: the cases of the differential suite, generated expressions, edge cases, mutations of
 * all of those, and a corpus of real files: every .nix file of the repository, or the folder named
 * by the system property {@code six.corpus}.
 */
class ParserEquivalenceTest {
  private static final FullParser FULL = new FullParser();
  private static final int GENERATED = 3000;
  private static final int MUTATIONS_PER_CASE = 20;
  private static final int MUTATIONS_PER_FILE = Integer.getInteger("six.corpus.mutations", 2);

  private final Failures failures = new Failures();

  @Test
  void casesOfTheDifferentialSuite() throws IOException {
    for (String text : cases()) {
      check(text, "case " + text);
    }
    failures.assertNone();
  }

  @Test
  void edgeCases() {
    String[] texts = {
      "", " ", "# only a comment\n", "/* unterminated", "a\0b", "\"a\0b\"", "{ inherit ; }",
      "let inherit; in 1", "./a/", "./a/${x}/", "99999999999999999999", "1.0e999", "1e-400 + 0.0",
      "a\r\nb", "''\r\n  x\r\n''", "{ a = 1; }.a or 2", "x: x.${\"a\"}", "{ \"${a}\" = 1; }",
      "let { body = 1; }", "rec { a = b; b = 1; }", "a: b: !a + !b", "-(-1)", "a - - - b", "[ (a b) c ]",
      "f (x: y: x) 1", "{ }: 1", "{ ... }: 1", "{ a, b ? 1, ... }@c: a", "c@{ a }: a", "a.\"b\".${c}",
      "<nixpkgs>", "http://x:8080/p?q=1#f", "~/.config", "a//b", "a/b", "a-b-c", "a'b", "_x",
      "\"\\u\"", "''''\\u''", "''${\"x\"}''", "'''''''", "\"$\"", "\"$${x}\"", "''$${x}''", "#",
      "%", "a %", "'", "\"", "''", "${", "}", "a:b", "a :b", "1..2", ". 5", "0x10",
    };
    for (String text : texts) {
      check(text, "edge case " + text);
    }
    failures.assertNone();
  }

  @Test
  void generatedExpressions() {
    RandomNix generator = new RandomNix(42);
    for (int i = 0; i < GENERATED; i++) {
      String text = generator.expression(1 + i % 6);
      if (hasSyntaxErrors(IndexParser.parse(text))) {
        failures.add("the generator made an invalid expression: " + text);
      }
      check(text, "generated " + text);
    }
    failures.assertNone();
  }

  @Test
  void mutatedCasesAndGeneratedExpressions() throws IOException {
    List<String> texts = new ArrayList<>(cases());
    RandomNix generator = new RandomNix(7);
    for (int i = 0; i < 300; i++) {
      texts.add(generator.expression(4));
    }
    Mutator mutator = new Mutator(1);
    for (String text : texts) {
      for (int i = 0; i < MUTATIONS_PER_CASE; i++) {
        String mutant = mutator.mutate(text);
        check(mutant, "mutant " + mutant);
      }
    }
    failures.assertNone();
  }

  @Test
  void corpusFilesAndTheirMutations() throws IOException {
    // The repository's own files by default; -Dsix.corpus=DIR checks a folder of real-world files.
    Path corpus = Path.of(System.getProperty("six.corpus", ".."));
    assertTrue(Files.isDirectory(corpus), "no corpus at " + corpus.toAbsolutePath());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(p -> p.toString().endsWith(".nix") && !p.toString().contains("/target/"))
          .sorted().collect(Collectors.toList());
    }
    Mutator mutator = new Mutator(3);
    int mutants = 0;
    int rejected = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.ISO_8859_1);
      check(text, file.toString());
      for (int i = 0; i < MUTATIONS_PER_FILE; i++) {
        rejected += check(mutator.mutate(text), "mutant of " + file) ? 1 : 0;
        mutants++;
      }
    }
    // Reported on stderr: test output never goes to stdout.
    System.err.printf("corpus: %d files and %d mutants (%d of them invalid) checked, %d differences%n",
        files.size(), mutants, rejected, failures.count());
    failures.assertNone();
  }

  /** The cases of {@code parser/equivalence-cases.txt}: one per line, or more for a {@code ''} string. */
  private static List<String> cases() throws IOException {
    List<String> cases = new ArrayList<>();
    try (InputStream in = ParserEquivalenceTest.class.getResourceAsStream("/parser/equivalence-cases.txt")) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      StringBuilder pending = null;
      for (String line : all.split("\n", -1)) {
        pending = pending == null ? new StringBuilder(line) : pending.append('\n').append(line);
        if (!opensIndentedString(pending.toString())) {
          if (pending.length() > 0) {
            cases.add(pending.toString());
          }
          pending = null;
        }
      }
    }
    return cases;
  }

  private static boolean opensIndentedString(String text) {
    return IndexParser.parse(text).diagnostics().stream()
        .anyMatch(d -> d.kind() == DiagnosticKind.UNTERMINATED_STRING && text.startsWith("''", d.start()));
  }

  /** Checks one text; returns whether the index parser rejects it. */
  private boolean check(String text, String what) {
    ParseResult index;
    ParseResult full;
    try {
      index = IndexParser.parse(text);
      full = FULL.parse(text);
    } catch (RuntimeException e) {
      failures.add(what + ": threw " + e);
      return true;
    }
    boolean indexRejects = hasSyntaxErrors(index);
    boolean fullRejects = hasSyntaxErrors(full);
    if (indexRejects != fullRejects) {
      failures.add(what + ": index parser " + (indexRejects ? "rejects" : "accepts") + " it, Xtext parser "
          + (fullRejects ? "rejects" : "accepts") + "; " + index.diagnostics() + " / " + full.diagnostics());
    } else if (!indexRejects) {
      String difference = TreeDiff.firstDifference(index.tree(), full.tree());
      if (difference != null) {
        failures.add(what + ": trees differ at " + difference);
      } else if (!index.diagnostics().equals(full.diagnostics())) {
        failures.add(what + ": diagnostics differ: " + index.diagnostics() + " / " + full.diagnostics());
      }
    }
    return indexRejects;
  }

  static boolean hasSyntaxErrors(ParseResult result) {
    for (Diagnostic d : result.diagnostics()) {
      switch (d.kind()) {
        case SYNTAX_ERROR, INVALID_CHARACTER, UNTERMINATED_STRING, UNTERMINATED_COMMENT -> {
          return true;
        }
        default -> {
          // a lexical value or a later check: not about the syntax
        }
      }
    }
    return false;
  }

  /** Collects disagreements so that one run reports how many there are and shows the first few. */
  private static final class Failures {
    private static final int SHOWN = 10;
    private final List<String> messages = new ArrayList<>();

    void add(String message) {
      messages.add(message);
    }

    int count() {
      return messages.size();
    }

    void assertNone() {
      assertTrue(messages.isEmpty(), () -> messages.size() + " disagreements, the first ones:\n"
          + String.join("\n", messages.subList(0, Math.min(SHOWN, messages.size()))));
    }
  }
}
