package dev.six.lsp.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The semantic tokens of every file of the corpus (the sixos site and its machinery, the broken
 * sites included) keep their invariants: in document order without overlap, each on a name, path
 * or literal of the text, and every name the resolver binds has its token, so no token was lost to
 * an overlap.
 */
class SemanticTokensCorpusTest {
  private static final Path CORPUS = Path.of("..", "corpus").toAbsolutePath().normalize();

  @TestFactory
  Stream<DynamicTest> everyCorpusFile() throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.walk(CORPUS)) {
      files = all.filter(p -> p.toString().endsWith(".nix")).sorted().toList();
    }
    assertTrue(files.size() > 50, "the corpus is there: " + files.size());
    ServiceCatalog services = ServiceCatalog.of(List.of("sshd", "nginx", "syslogd", "mounts", "dropbear"));
    return files.stream().map(file -> DynamicTest.dynamicTest(CORPUS.relativize(file).toString(), () -> {
      SourceText source = SourceText.of(Files.readString(file, StandardCharsets.UTF_8));
      DocumentAnalysis analysis = DocumentAnalysis.parseOnly(source);
      List<SemanticToken> tokens = SemanticTokens.of(analysis, services.withSiblingsOf(file), file);
      int end = 0;
      Set<Span> spans = new HashSet<>();
      for (SemanticToken t : tokens) {
        if (t.span().start() < end || t.span().end() <= t.span().start() || t.span().end() > source.length()) {
          fail("token " + t + " overlaps the one before it or is empty in " + file);
        }
        end = t.span().end();
        spans.add(t.span());
        String text = source.slice(t.span().start(), t.span().end());
        if (text.isBlank() || Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
          fail("token " + t + " is not on a word: '" + text + "'");
        }
      }
      for (Occurrence o : NameResolver.resolve(analysis).occurrences()) {
        if (!spans.contains(o.span())) {
          fail("no token for " + o + " ('" + source.slice(o.span().start(), o.span().end()) + "') in " + file);
        }
      }
    }));
  }
}
