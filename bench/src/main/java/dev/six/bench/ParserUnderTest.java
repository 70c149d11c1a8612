package dev.six.bench;

import dev.six.grammar.parse.FullParser;
import dev.six.grammar.parse.IndexParser;
import org.eclipse.emf.common.util.URI;
import java.util.List;

/** A parser the benchmark can time: it returns what it would keep, so retained heap can be measured. */
interface ParserUnderTest {
  String name();

  Object parse(SourceFile file);

  static List<ParserUnderTest> all() {
    return List.of(INDEX, FULL);
  }

  /** Index mode: the hand-written parser building the compact syntax tree, no node model. */
  ParserUnderTest INDEX = new ParserUnderTest() {
    @Override
    public String name() {
      return "index";
    }

    @Override
    public Object parse(SourceFile file) {
      return IndexParser.parse(file.text(), file.length());
    }
  };

  /**
   * Full mode: the Xtext parser as editors use it, keeping the resource (EMF model and node model)
   * next to the lowered tree.
   */
  ParserUnderTest FULL = new ParserUnderTest() {
    private final FullParser parser = new FullParser();

    @Override
    public String name() {
      return "full (Xtext)";
    }

    @Override
    public Object parse(SourceFile file) {
      return parser.parseFull(URI.createFileURI(file.path()), new String(file.text()));
    }
  };
}
