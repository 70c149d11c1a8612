package dev.six.lsp.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nix's static scoping where it surprises: each fixture marks the cursor with {@code $0}, and the
 * expected text is the fixture with every definition found there bracketed {@code <like this>}.
 */
class NameResolverTest {

  private static void check(String fixture, String expected) {
    int cursor = fixture.indexOf("$0");
    String text = fixture.substring(0, cursor) + fixture.substring(cursor + 2);
    Navigation navigation = new Navigation(DocumentAnalysis.parseOnly(SourceText.of(text)), null);
    List<Destination> found = navigation.definition(cursor);
    StringBuilder marked = new StringBuilder(text);
    // From the end, so that earlier offsets stay valid (ASCII fixtures: bytes are chars).
    found.stream().map(Destination::span).sorted((a, b) -> b.start() - a.start()).forEach(span -> {
      marked.insert(span.end(), '>');
      marked.insert(span.start(), '<');
    });
    assertEquals(expected, marked.toString());
  }

  @Test
  void attributesOfAPlainSetBindNothing() {
    check("let a = 1; in { a = 2; b = $0a; }", "let <a> = 1; in { a = 2; b = a; }");
  }

  @Test
  void dynamicAttributeOfARecSetSeesItsNames() {
    check("rec { n = \"x\"; ${$0n} = 1; }", "rec { <n> = \"x\"; ${n} = 1; }");
  }

  @Test
  void inheritFromInARecSetEvaluatesInside() {
    check("let s = {}; in rec { inherit ($0s) a; s = { a = 1; }; }", "let s = {}; in rec { inherit (s) a; <s> = { a = 1; }; }");
  }

  @Test
  void plainInheritInARecSetReadsOutside() {
    check("let x = 1; in rec { x = 2; y = { inherit $0x; }; }", "let x = 1; in rec { <x> = 2; y = { inherit x; }; }");
  }

  @Test
  void formalShadowsOuterLambdaArgument() {
    check("x: { x ? 1 }: $0x", "x: { <x> ? 1 }: x");
  }

  @Test
  void formalWinsOverAnInnerWith() {
    check("{ hello }: with { hello = 2; }; $0hello", "{ <hello> }: with { hello = 2; }; hello");
  }

  @Test
  void legacyLetIsRecursive() {
    check("let { a = 1; body = $0a; }", "let { <a> = 1; body = a; }");
  }

  @Test
  void withScopeIsReadOutsideTheWith() {
    check("w: with $0w; w", "<w>: with w; w");
  }

  @Test
  void selectedAttributeNamesAreNotVariables() {
    check("let b = 1; in { }.$0b", "let b = 1; in { }.b");
  }

  @Test
  void atArgumentAfterAComment() {
    check("{ a ? $0args }@ /* c */ # d\n args: a", "{ a ? args }@ /* c */ # d\n <args>: a");
  }

  @Test
  void inheritFromAParenthesizedSet() {
    check("{ inherit (({ a = 1; })) $0a; }", "{ inherit (({ <a> = 1; })) a; }");
  }

  @Test
  void inheritFromFollowsOnlyPlainBindings() {
    check("let s.a = 1; in { inherit (s) $0a; }", "let s.a = 1; in { inherit (s) a; }");
  }
}
