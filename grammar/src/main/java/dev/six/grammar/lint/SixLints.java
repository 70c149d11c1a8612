package dev.six.grammar.lint;

import dev.six.grammar.desugar.NixExpr;
import dev.six.grammar.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sixos lints of a file that parses, in source order: infusions ({@link InfuseLint}, {@link InitExistingLint}) and the
 * by-name rules ({@link ByNameLint}). What both the command line and the language server report
 * besides the static checks.
 */
public final class SixLints {
  private SixLints() {}

  /** The lints of {@code expr}, parsed from {@code text}, the file at {@code path}. */
  public static List<Diagnostic> check(String path, char[] text, int length, NixExpr expr) {
    List<Diagnostic> all = new ArrayList<>(ByNameLint.check(path, expr));
    all.addAll(InfuseLint.check(text, length, expr));
    all.addAll(InitExistingLint.check(text, length, expr));
    all.sort(Comparator.comparingInt(Diagnostic::start));
    return all;
  }
}
