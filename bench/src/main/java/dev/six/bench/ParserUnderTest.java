package dev.six.bench;

import dev.six.grammar.parse.IndexParser;
import java.util.List;

/** A parser the benchmark can time: it returns what it would keep, so retained heap can be measured. */
interface ParserUnderTest {
  String name();

  Object parse(SourceFile file);

  static List<ParserUnderTest> all() {
    return List.of(INDEX);
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
}
