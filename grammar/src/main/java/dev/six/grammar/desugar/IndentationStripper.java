package dev.six.grammar.desugar;

import dev.six.grammar.desugar.NixExpr.ExprConcatStrings;
import dev.six.grammar.desugar.NixExpr.ExprString;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTree;
import java.util.ArrayList;
import java.util.List;

/**
 * Nix's indentation stripping for {@code ''indented strings''}: the smallest indentation of the
 * lines is removed from every line, measured on literal text only (escapes and interpolations end a
 * line's leading whitespace), and a final line of only spaces is dropped. Mirrors
 * {@code stripIndentation} in Nix's parser, quirks included: escapes are stripped like text.
 */
final class IndentationStripper {
  private IndentationStripper() {}

  static NixExpr strip(Desugarer desugarer, SyntaxTree tree, int n) {
    int[] parts = tree.children(n);
    if (parts.length == 0) {
      return new ExprString("", tree.start(n));
    }
    int minIndent = minimumIndentation(tree, parts);

    List<NixExpr> out = new ArrayList<>(parts.length);
    List<Integer> positions = new ArrayList<>(parts.length);
    boolean atStartOfLine = true;
    int curDropped = 0;
    for (int index = 0; index < parts.length; index++) {
      int part = parts[index];
      SyntaxKind kind = tree.kind(part);
      if (kind == SyntaxKind.INTERP) {
        atStartOfLine = false;
        curDropped = 0;
        out.add(desugarer.part(part));
        positions.add(tree.start(part));
        continue;
      }
      String text = kind == SyntaxKind.IND_ESCAPE ? desugarer.escapedText(part) : tree.string(part);
      StringBuilder s2 = new StringBuilder(text.length());
      for (int j = 0; j < text.length(); j++) {
        char c = text.charAt(j);
        if (atStartOfLine) {
          if (c == ' ') {
            if (curDropped++ >= minIndent) {
              s2.append(c);
            }
          } else if (c == '\n') {
            curDropped = 0;
            s2.append(c);
          } else {
            atStartOfLine = false;
            curDropped = 0;
            s2.append(c);
          }
        } else {
          s2.append(c);
          if (c == '\n') {
            atStartOfLine = true;
          }
        }
      }
      if (index == parts.length - 1) {
        int p = s2.lastIndexOf("\n");
        if (p >= 0 && onlySpacesAfter(s2, p + 1)) {
          s2.setLength(p + 1);
        }
      }
      out.add(desugarer.literal(s2.toString(), tree.start(part), tree.end(part)));
      positions.add(tree.start(part));
    }
    if (out.size() == 1 && out.get(0) instanceof ExprString) {
      return out.get(0);
    }
    return new ExprConcatStrings(true, out, tree.start(n), positions);
  }

  private static boolean onlySpacesAfter(CharSequence s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** Whitespace-only final lines do not count, as in Nix. */
  private static int minimumIndentation(SyntaxTree tree, int[] parts) {
    boolean atStartOfLine = true;
    int minIndent = 1000000;
    int curIndent = 0;
    for (int part : parts) {
      if (tree.kind(part) != SyntaxKind.IND_TEXT) {
        if (atStartOfLine) {
          atStartOfLine = false;
          if (curIndent < minIndent) {
            minIndent = curIndent;
          }
        }
        continue;
      }
      String text = tree.string(part);
      for (int j = 0; j < text.length(); j++) {
        char c = text.charAt(j);
        if (atStartOfLine) {
          if (c == ' ') {
            curIndent++;
          } else if (c == '\n') {
            curIndent = 0;
          } else {
            atStartOfLine = false;
            if (curIndent < minIndent) {
              minIndent = curIndent;
            }
          }
        } else if (c == '\n') {
          atStartOfLine = true;
          curIndent = 0;
        }
      }
    }
    return minIndent;
  }
}
