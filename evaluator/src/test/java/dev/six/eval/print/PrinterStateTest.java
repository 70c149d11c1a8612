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
 * What the JSON and XML printers do with the evaluation's state, which no golden case can show
 * yet: string contexts (six cannot make one from Nix code without a store), the store a path is
 * copied to, and the call-depth limit on nesting.
 */
class PrinterStateTest {
  private static final String STORE_PATH = "/nix/store/kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk-data";

  private final Evaluator evaluator = new Evaluator(EvalSettings.defaults().withMaxCallDepth(40), new MemoryIO(),
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
    evaluator.state().setStore((st, path, context, pos) -> {
      context.add(STORE_PATH);
      return STORE_PATH;
    });
    Value paths = eval("[ /src/data ]");
    ContextCollector context = new ContextCollector();
    String json = evaluator.run(() -> JsonPrinter.print(evaluator.state(), paths, true, true, null, context));
    assertEquals("[\"" + STORE_PATH + "\"]", json);
    assertTrue(context.build().elements().contains(STORE_PATH));
  }

  @Test
  void jsonDoesNotCopyAPathThatToStringReturned() {
    evaluator.state().setStore((st, path, context, pos) -> {
      throw new AssertionError("copied " + path);
    });
    Value value = eval("{ __toString = self: /src/data; }");
    String json = evaluator.run(() -> JsonPrinter.print(evaluator.state(), value, true, true, null, new ContextCollector()));
    assertEquals("\"/src/data\"", json);
  }

  @Test
  void jsonNestingCountsAgainstTheCallDepth() {
    Value deep = eval("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ 1 ]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]");
    NixError e = assertThrows(NixError.class, () -> evaluator.run(
        () -> JsonPrinter.print(evaluator.state(), deep, true, true, null, new ContextCollector())));
    assertEquals(ErrorKind.STACK_OVERFLOW, e.kind());
  }

  @Test
  void xmlNestingCountsAgainstTheCallDepth() {
    Value deep = eval("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ 1 ]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]");
    NixError e = assertThrows(NixError.class, () -> evaluator.run(
        () -> XmlPrinter.print(evaluator.state(), deep, true, false, new ContextCollector())));
    assertEquals(ErrorKind.STACK_OVERFLOW, e.kind());
  }
}
