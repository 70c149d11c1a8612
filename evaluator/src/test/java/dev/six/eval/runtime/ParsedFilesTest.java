package dev.six.eval.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.six.eval.io.MemoryIO;
import dev.six.eval.print.ValuePrinter;
import dev.six.eval.value.Value;
import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** Parsed files are reused only while their text and home directory are the same. */
class ParsedFilesTest {
  @Test
  void sameTextIsParsedOnce() {
    ParsedFiles files = new ParsedFiles();
    ParsedFiles.Parsed first = files.file("/a.nix", "1 + 2".toCharArray(), "/home");
    assertSame(first, files.file("/a.nix", "1 + 2".toCharArray(), "/home"));
  }

  @Test
  void changedTextOrHomeIsParsedAgain() {
    ParsedFiles files = new ParsedFiles();
    ParsedFiles.Parsed first = files.file("/a.nix", "~/x".toCharArray(), "/home");
    assertNotSame(first, files.file("/a.nix", "~/y".toCharArray(), "/home"));
    assertNotSame(files.file("/a.nix", "~/y".toCharArray(), "/home"),
        files.file("/a.nix", "~/y".toCharArray(), "/other"));
  }

  @Test
  void evaluationsSharingParsedFilesSeeEditedFiles() {
    ParsedFiles shared = new ParsedFiles();
    MemoryIO io = new MemoryIO().file("/site/default.nix", "{ a = import ./a.nix; }").file("/site/a.nix", "1");
    assertEquals("{ a = 1; }", evaluate(io, shared));
    io.file("/site/a.nix", "2");
    assertEquals("{ a = 2; }", evaluate(io, shared));
  }

  private static String evaluate(MemoryIO io, ParsedFiles shared) {
    PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
    Evaluator evaluator = new Evaluator(EvalSettings.defaults(), io, silent, shared);
    Value v = evaluator.evalFile("/site/default.nix");
    return evaluator.run(() -> {
      DeepForce.force(evaluator.state(), v);
      return ValuePrinter.print(evaluator.state(), v, true);
    });
  }
}
