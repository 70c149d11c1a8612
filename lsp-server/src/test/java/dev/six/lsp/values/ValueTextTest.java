package dev.six.lsp.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.six.eval.io.MemoryIO;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.value.Value;
import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** Values as the editor shows them: Nix's syntax, bounded, nothing forced unless asked. */
class ValueTextTest {
  private static String render(String expression, ValueText.Limits limits, boolean forceFirst) {
    Evaluator evaluator = new Evaluator(EvalSettings.defaults(), new MemoryIO().file("/w/f.nix", expression),
        new PrintStream(OutputStream.nullOutputStream()));
    return evaluator.run(() -> {
      Value v = evaluator.state().imports().evalTopLevelFile("/w/f.nix");
      if (forceFirst) {
        v = dev.six.eval.runtime.DeepForce.force(evaluator.state(), v);
      }
      return new ValueText(evaluator.state(), limits, "/w").render(v);
    });
  }

  private static String hover(String expression) {
    return render(expression, ValueText.Limits.HOVER, false);
  }

  @Test
  void scalarsAsNixPrintsThem() {
    assertEquals("{ a = 1; b = 2.5; c = true; d = null; e = \"x\\n\\${y}\"; f = /w/p; }",
        render("{ a = 1; b = 2.5; c = true; d = null; e = \"x\\n\\${y}\"; f = ./p; }", ValueText.Limits.HOVER, true));
  }

  @Test
  void partsTheEvaluationDidNotForceAreThunks() {
    assertEquals(Bytewise.of("{ a = «thunk»; }"), hover("{ a = 1 + 1; }"));
    assertEquals("{ a = 2; }", render("{ a = 1 + 1; }", ValueText.Limits.PREVIEW, false));
  }

  @Test
  void functionsSayWhereTheyAreWritten() {
    assertEquals(Bytewise.of("{ f = «lambda f @ f.nix:1:7»; }"), render("{ f = x: x; }", ValueText.Limits.HOVER, true));
  }

  @Test
  void boundedInDepthEntriesAndLength() {
    assertEquals(Bytewise.of("{ a = { b = { … }; }; }"), render("{ a.b.c = 1; }", ValueText.Limits.HOVER, true));
    assertEquals(Bytewise.of("[ 0 1 2 3 … 6 more ]"), render("builtins.genList (i: i) 10", ValueText.Limits.SUMMARY, true));
    String longString = render("builtins.concatStringsSep \"\" (builtins.genList (i: \"a\") 200)", ValueText.Limits.HOVER, true);
    assertEquals(120 + 2 + Bytewise.of("…").length(), longString.length());
  }

  @Test
  void longSetsAreLaidOutOneEntryALine() {
    assertEquals("{\n  aaaaaaaaaaaa = \"aaaaaaaaaaaaaaaaaaaa\";\n  bbbbbbbbbbbb = \"bbbbbbbbbbbbbbbbbbbb\";\n"
        + "  cccccccccccc = \"cccccccccccccccccccc\";\n}",
        render("{ aaaaaaaaaaaa = \"aaaaaaaaaaaaaaaaaaaa\"; bbbbbbbbbbbb = \"bbbbbbbbbbbbbbbbbbbb\";"
            + " cccccccccccc = \"cccccccccccccccccccc\"; }", ValueText.Limits.HOVER, true));
  }

  @Test
  void derivationsByTheirDrvPathNeverBuilt() {
    String drv = "derivation { name = \"tool\"; builder = \"/bin/sh\"; system = \"x86_64-linux\"; }";
    String full = hover(drv);
    assertEquals(true, full.matches(Bytewise.of("«derivation /nix/store/[a-z0-9]{32}-tool\\.drv»")), full);
    assertEquals(Bytewise.of("«derivation tool»"), render(drv, ValueText.Limits.SUMMARY, false));
  }

  @Test
  void typeNames() {
    assertEquals("thunk", ValueText.typeName(dev.six.eval.runtime.Thunk.of(null, null)));
    assertEquals("int", ValueText.typeName(dev.six.eval.value.NixInt.of(1)));
  }
}
