package dev.six.eval.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.eval.io.MemoryIO;
import dev.six.eval.print.ValuePrinter;
import dev.six.eval.runtime.DeepForce;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.runtime.Thunk;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.Value;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recording hook: what an evaluation bound in watched files, and infuse's applications. */
class ValueRecorderTest {
  private static final String LIB = """
      rec {
        double = x: x * 2;
        infuse = target: infusion: target // infusion;
      }
      """;
  private static final String SITE = """
      let
        lib = import ./lib.nix;
        unused = throw "never forced";
        svc = { port ? 22, name }: { inherit name; port = lib.double port; };
      in {
        a = svc { name = "a"; };
        b = svc { name = "b"; port = 80; };
        c = lib.infuse { x = 1; } { y = 2; };
      }
      """;

  private static Evaluator evaluator(ValueRecorder recorder) {
    MemoryIO io = new MemoryIO().file("/site/default.nix", SITE).file("/site/lib.nix", LIB);
    Evaluator evaluator = new Evaluator(EvalSettings.defaults(), io, new PrintStream(OutputStream.nullOutputStream()));
    if (recorder != null) {
      evaluator.state().record(recorder);
    }
    return evaluator;
  }

  private static String strict(Evaluator evaluator) {
    return evaluator.run(() -> {
      EvalState st = evaluator.state();
      Value v = st.imports().evalTopLevelFile("/site/default.nix");
      return ValuePrinter.print(st, DeepForce.force(st, v), true);
    });
  }

  private static RecordedSite only(ValueRecorder recorder, String file, String text, String name) {
    int offset = (file.endsWith("lib.nix") ? LIB : SITE).indexOf(text);
    List<RecordedSite> sites = recorder.sitesAt(file, offset);
    assertEquals(1, sites.size(), "sites at " + text);
    assertEquals(name, sites.get(0).name());
    return sites.get(0);
  }

  @Test
  void recordsBindingsOfWatchedFilesOnly() {
    ValueRecorder recorder = new ValueRecorder(name -> name.equals("/site/default.nix"));
    Evaluator evaluator = evaluator(recorder);
    strict(evaluator);
    assertTrue(recorder.sitesOf("/site/lib.nix").isEmpty());

    RecordedSite port = only(recorder, "/site/default.nix", "port ?", "port");
    assertEquals(SiteKind.FORMAL, port.kind());
    assertEquals(2, port.count());
    // the default, then the value given: what each call received
    assertEquals("22", print(evaluator, port.values()[0]));
    assertEquals("80", print(evaluator, port.values()[1]));

    RecordedSite unused = only(recorder, "/site/default.nix", "unused", "unused");
    assertEquals(SiteKind.LET, unused.kind());
    assertTrue(unused.values()[0] instanceof Thunk t && !t.isEvaluated(), "recording forces nothing");

    RecordedSite a = only(recorder, "/site/default.nix", "a = svc", "a");
    assertEquals(SiteKind.ATTRIBUTE, a.kind());
    assertEquals("{ name = \"a\"; port = 44; }", print(evaluator, a.values()[0]));
  }

  @Test
  void eachValueRemembersThePhaseItWasBoundIn() {
    ValueRecorder recorder = new ValueRecorder(name -> name.equals("/site/default.nix"));
    Evaluator evaluator = evaluator(recorder);
    Value top = evaluator.run(() -> evaluator.state().force(evaluator.state().imports().evalTopLevelFile("/site/default.nix")));
    recorder.phase("a");
    evaluator.run(() -> DeepForce.force(evaluator.state(), ((NixAttrs) top).get("a")));
    recorder.phase("b");
    evaluator.run(() -> DeepForce.force(evaluator.state(), ((NixAttrs) top).get("b")));
    RecordedSite port = only(recorder, "/site/default.nix", "port ?", "port");
    assertEquals(List.of("a", "b"), List.of(port.phases()));
  }

  @Test
  void recordsInfuseApplicationsWhereverInfuseIsDefined() {
    ValueRecorder recorder = new ValueRecorder(name -> name.equals("/site/default.nix"));
    Evaluator evaluator = evaluator(recorder);
    strict(evaluator);
    assertEquals(1, recorder.infusionCount());
    InfuseApplication application = recorder.infusions().get(0);
    assertEquals("{ x = 1; }", print(evaluator, application.target()));
    NixAttrs infusion = (NixAttrs) evaluator.run(() -> evaluator.state().force(application.infusion()));
    assertEquals(SITE.indexOf("{ y = 2; }"), infusion.pos().offset(), "the literal's position");
    Value again = evaluator.run(() -> evaluator.state().call(application.function(), application.infusion(), null));
    assertEquals("{ x = 1; y = 2; }", print(evaluator, again));
  }

  @Test
  void aCounterfactualRecorderAppliesOneInfusionAsEmpty() {
    ValueRecorder recorder = new ValueRecorder(name -> true)
        .withoutInfusionAt("/site/default.nix", SITE.indexOf("{ y = 2; }"));
    Evaluator evaluator = evaluator(recorder);
    String printed = strict(evaluator);
    assertTrue(printed.contains("c = { x = 1; };"), printed);
  }

  @Test
  void recordsWhatAWithProvidesWhereTheNameIsUsed() {
    ValueRecorder recorder = new ValueRecorder(name -> true);
    String text = "with { greeting = \"hi\"; }; [ greeting greeting ]";
    Evaluator evaluator = new Evaluator(EvalSettings.defaults(), new MemoryIO().file("/w.nix", text),
        new PrintStream(OutputStream.nullOutputStream()));
    evaluator.state().record(recorder);
    evaluator.run(() -> DeepForce.force(evaluator.state(), evaluator.state().imports().evalTopLevelFile("/w.nix")));
    RecordedSite second = recorder.sitesAt("/w.nix", text.lastIndexOf("greeting")).get(0);
    assertEquals(SiteKind.WITH, second.kind());
    assertEquals("\"hi\"", print(evaluator, second.values()[0]));
  }

  @Test
  void aSessionWithoutRecorderEvaluatesTheSame() {
    assertEquals(strict(evaluator(null)), strict(evaluator(new ValueRecorder(name -> true))));
  }

  @Test
  void keepsAFewValuesPerSiteAndCountsTheRest() {
    ValueRecorder recorder = new ValueRecorder(name -> true);
    Evaluator evaluator = new Evaluator(EvalSettings.defaults(),
        new MemoryIO().file("/t.nix", "builtins.genList (i: i + 1) 10"), new PrintStream(OutputStream.nullOutputStream()));
    evaluator.state().record(recorder);
    evaluator.run(() -> DeepForce.force(evaluator.state(), evaluator.state().imports().evalTopLevelFile("/t.nix")));
    RecordedSite i = recorder.sitesAt("/t.nix", "builtins.genList (".length()).get(0);
    assertEquals(SiteKind.ARGUMENT, i.kind());
    assertEquals(10, i.count());
    assertEquals(RecordedSite.KEPT, i.values().length);
    assertSame(recorder.sitesAt("/t.nix", 0).isEmpty(), true);
    assertFalse(recorder.watches(new dev.six.eval.source.SourceFile("(string)", dev.six.eval.source.SourceFile.Origin.STRING, new char[0])));
  }

  private static String print(Evaluator evaluator, Value v) {
    return evaluator.run(() -> ValuePrinter.print(evaluator.state(), DeepForce.force(evaluator.state(), v), true));
  }
}
