package dev.six.grammar.lint;

import dev.six.grammar.desugar.NixExpr;
import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.diagnostic.DiagnosticKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The by-name rules of a {@code …/by-name/<xx>/<name>/service.nix} file, which discovery enforces
 * when it evaluates: the stem directory is the first two characters of the service's name, and the
 * file is a function (a callPackage-style service).
 */
public final class ByNameLint {
  private static final Pattern SERVICE = Pattern.compile("(?:^|/)by-name/([^/]+)/([^/]+)/service\\.nix$");

  private ByNameLint() {}

  /** Problems of {@code expr}, the file at {@code path} (none unless it is a by-name service file). */
  public static List<Diagnostic> check(String path, NixExpr expr) {
    List<Diagnostic> out = new ArrayList<>();
    Matcher m = SERVICE.matcher(path);
    if (!m.find()) {
      return out;
    }
    String stem = m.group(1);
    String name = m.group(2);
    String expected = name.length() >= 2 ? name.substring(0, 2) : name;
    if (!stem.equals(expected)) {
      out.add(Diagnostic.of(0, 0, DiagnosticKind.BY_NAME_WRONG_STEM, "service \"" + name + "\" is under by-name/"
          + stem + "; it belongs in by-name/" + expected + "/" + name));
    }
    NixExpr body = expr;
    // a let or with around the function is fine: the file's value is what must be a function
    while (body instanceof NixExpr.ExprLet || body instanceof NixExpr.ExprWith || body instanceof NixExpr.ExprAssert) {
      body = body instanceof NixExpr.ExprLet l ? l.body()
          : body instanceof NixExpr.ExprWith w ? w.body() : ((NixExpr.ExprAssert) body).body();
    }
    boolean function = body instanceof NixExpr.ExprLambda;
    boolean unknown = body instanceof NixExpr.ExprCall || body instanceof NixExpr.ExprVar
        || body instanceof NixExpr.ExprSelect || body instanceof NixExpr.ExprIf || body instanceof NixExpr.ExprError;
    if (!function && !unknown) {
      out.add(Diagnostic.of(0, 0, DiagnosticKind.BY_NAME_NOT_A_FUNCTION, "a by-name service.nix must be a function"
          + " of the targets scope ({ six, targets, ... }: six.mkFunnel { ... }), not a " + describe(body)));
    }
    return out;
  }

  private static String describe(NixExpr e) {
    if (e instanceof NixExpr.ExprAttrs) {
      return "set";
    }
    if (e instanceof NixExpr.ExprList) {
      return "list";
    }
    if (e instanceof NixExpr.ExprString || e instanceof NixExpr.ExprConcatStrings) {
      return "string";
    }
    return "value that is not a function";
  }
}
