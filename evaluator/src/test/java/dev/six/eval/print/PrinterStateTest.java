package dev.six.eval.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.NixError;
import dev.six.eval.io.MemoryIO;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixString;
import dev.six.eval.value.StringContext;
import dev.six.eval.value.Value;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the JSON and XML printers do with the evaluation's state, which a golden case shows only
 * as printed text: the string contexts they collect, the store a path is copied to, and the
 * call-depth limit on nesting.
 */
class PrinterStateTest {
  private static final String STORE_PATH = "/nix/store/kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk-data";

  private final Evaluator evaluator = new Evaluator(EvalSettings.defaults(), new MemoryIO().file("/src/data", "x\n"),
      new PrintStream(new ByteArrayOutputStream()));

  private Value eval(String text) {
    return evaluator.evalText("(string)", SourceFile.Origin.STRING, text.toCharArray(), "/src");
  }

  private static NixString withContext(String s) {
    return new NixString(s, StringContext.of(List.of(STORE_PATH)));
  }

  @Test
  void jsonKeepsTheContextOfStrings() {
    ContextCollector context = new ContextCollector();
    String json = evaluator.run(() -> JsonPrinter.print(evaluator.state(), NixList.of(withContext(STORE_PATH)), true,
        true, null, context));
    assertEquals("[\"" + STORE_PATH + "\"]", json);
    assertEquals(List.of(STORE_PATH), List.copyOf(context.build().elements()));
  }

  @Test
  void xmlKeepsTheContextOfStrings() {
    ContextCollector context = new ContextCollector();
    evaluator.run(() -> XmlPrinter.print(evaluator.state(), NixList.of(withContext("x")), true, false, context));
    assertEquals(List.of(STORE_PATH), List.copyOf(context.build().elements()));
  }

  @Test
  void jsonCopiesPathsToTheStore() {
    Value paths = eval("[ /src/data ]");
    ContextCollector context = new ContextCollector();
    String json = evaluator.run(() -> JsonPrinter.print(evaluator.state(), paths, true, true, null, context));
    String storePath = json.substring(2, json.length() - 2);
    assertTrue(storePath.matches("/nix/store/[0-9a-z]{32}-data"), json);
    assertEquals(List.of(storePath), List.copyOf(context.build().elements()));
  }

  @Test
  void jsonDoesNotCopyAPathThatToStringReturned() {
    Value value = eval("{ __toString = self: /src/absent; }");
    String json = evaluator.run(() -> JsonPrinter.print(evaluator.state(), value, true, true, null, new ContextCollector()));
    assertEquals("\"/src/absent\"", json);
  }

  /** A list nested {@code levels} deep, built without deep recursion in the evaluator. */
  private Value nested(int levels) {
    return eval("builtins.foldl' (acc: i: [ acc ]) 1 (builtins.genList (x: x) " + levels + ")");
  }

  @Test
  void jsonWritesNestingNixCanWrite() {
    String json = evaluator.run(() -> JsonPrinter.print(evaluator.state(), nested(60_000), true, true, null,
        new ContextCollector()));
    assertEquals(120_001, json.length());
  }

  @Test
  void jsonGivesUpOnACycleAsNixDoes() {
    Value cycle = eval("let x = [ x ]; in x");
    NixError e = assertThrows(NixError.class, () -> evaluator.run(
        () -> JsonPrinter.print(evaluator.state(), cycle, true, true, null, new ContextCollector())));
    assertEquals(ErrorKind.STACK_OVERFLOW, e.kind());
    assertEquals("stack overflow (possible infinite recursion)", e.getMessage());
  }

  @Test
  void xmlGivesUpOnACycleAsNixDoes() {
    Value cycle = eval("let x = [ x ]; in x");
    NixError e = assertThrows(NixError.class, () -> evaluator.run(
        () -> XmlPrinter.print(evaluator.state(), cycle, true, false, new ContextCollector())));
    assertEquals(ErrorKind.STACK_OVERFLOW, e.kind());
  }
}
