package dev.six.lsp.ide;

import dev.six.grammar.lexer.NixNames;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The edits the quick fixes are made of, found in the syntax tree: removing a {@code let} binding,
 * a formal (its comma with it), an {@code @} name, a {@code with e;} or a {@code rec}, and where a
 * key ends. A removal that leaves a line empty takes the whole line, so fixed text reads as if
 * written that way.
 */
final class SourceEdits {
  /** A formal's removal; {@code safe} when the formals end in {@code ...}, so callers may still pass it. */
  record FormalRemoval(boolean safe, List<QuickFixes.Edit> edits) {}

  private final SyntaxTree tree;
  private final char[] text;
  private final int length;
  private int[] parents;

  SourceEdits(DocumentAnalysis analysis) {
    this.tree = analysis.parse().tree();
    this.text = analysis.source().bytewise();
    this.length = analysis.source().length();
  }

  String at(int start, int end) {
    return new String(text, start, end - start);
  }

  /** Every binding of {@code name} in the {@code let} that declares it at {@code start}. */
  Optional<List<QuickFixes.Edit>> removeLetBinding(int start, String name) {
    int attr = node(start, SyntaxKind.ATTR_ID, SyntaxKind.ATTR_STRING);
    if (attr < 0) {
      return Optional.empty();
    }
    int holder = parent(attr);
    boolean inherited = tree.kind(holder) == SyntaxKind.INHERIT;
    int binding = inherited ? holder : parent(holder);
    int let = parent(binding);
    if (let < 0 || tree.kind(let) != SyntaxKind.LET) {
      return Optional.empty();
    }
    List<Span> removed = new ArrayList<>();
    int[] children = tree.children(let);
    int kept = 0;
    for (int i = 0; i < children.length - 1; i++) {
      int child = children[i];
      if (tree.kind(child) == SyntaxKind.BIND && name.equals(firstName(child))) {
        removed.add(new Span(tree.start(child), tree.end(child)));
      } else if (child == binding && inherited && names(child).size() > 1) {
        int from = tree.start(attr);
        while (from > 0 && (text[from - 1] == ' ' || text[from - 1] == '\t')) {
          from--;
        }
        removed.add(new Span(from, tree.end(attr)));
        kept++;
      } else if (child == binding) {
        removed.add(new Span(tree.start(child), tree.end(child)));
      } else {
        kept++;
      }
    }
    if (kept == 0) {
      // nothing left to bind: the whole `let ... in` goes
      int body = children[children.length - 1];
      return Optional.of(List.of(new QuickFixes.Edit(new Span(tree.start(let), tree.start(body)), "")));
    }
    return Optional.of(removed.stream().map(this::removal).toList());
  }

  /** The name a binding {@code a.b = …;} binds first ({@code a}), as written. */
  private String firstName(int bind) {
    int path = tree.child(bind, 0);
    int first = path >= 0 && tree.kind(path) == SyntaxKind.ATTRPATH ? tree.child(path, 0) : -1;
    if (first < 0 || tree.kind(first) == SyntaxKind.ATTR_DYNAMIC) {
      return null;
    }
    String written = at(tree.start(first), tree.end(first));
    return tree.kind(first) == SyntaxKind.ATTR_ID ? tree.string(first) : written.substring(1, written.length() - 1);
  }

  private List<Integer> names(int inherit) {
    List<Integer> names = new ArrayList<>();
    for (int child : tree.children(inherit)) {
      SyntaxKind kind = tree.kind(child);
      if (kind == SyntaxKind.ATTR_ID || kind == SyntaxKind.ATTR_STRING || kind == SyntaxKind.ATTR_DYNAMIC) {
        names.add(child);
      }
    }
    return names;
  }

  /** The formal declared at {@code start}, with the comma that separates it from its neighbours. */
  Optional<FormalRemoval> removeFormal(int start) {
    int formal = node(start, SyntaxKind.FORMAL);
    if (formal < 0) {
      return Optional.empty();
    }
    int formals = parent(formal);
    boolean ellipsis = tree.data(formals) == 1;
    int[] all = tree.children(formals);
    int index = 0;
    while (all[index] != formal) {
      index++;
    }
    Span span;
    if (index + 1 < all.length) {
      span = new Span(start, tree.start(all[index + 1])); // "b, " of "{ a, b, c }"
    } else if (ellipsis) {
      span = new Span(start, find("...", tree.end(formal))); // "b, " of "{ a, b, ... }"
    } else if (index > 0) {
      span = new Span(tree.end(all[index - 1]), tree.end(formal)); // ", b" of "{ a, b }"
    } else {
      int end = tree.end(formal);
      while (end < length && Character.isWhitespace(text[end])) {
        end++;
      }
      span = new Span(start, end); // "b " of "{ b }"
    }
    return Optional.of(new FormalRemoval(ellipsis, List.of(new QuickFixes.Edit(span, ""))));
  }

  /** The name of an {@code args@{ … }} or {@code { … }@args} pattern at {@code start..end}, with its {@code @}. */
  Optional<List<QuickFixes.Edit>> removeAtPattern(int start, int end) {
    for (int node = 0; node < tree.nodeCount(); node++) {
      if (tree.kind(node) != SyntaxKind.LAMBDA || tree.start(node) > start || tree.end(node) < end) {
        continue;
      }
      int formals = tree.child(node, 0);
      if (formals < 0 || tree.kind(formals) != SyntaxKind.FORMALS || tree.data(node) < 0) {
        continue;
      }
      if (start < tree.start(formals) && tree.start(node) == start) {
        return Optional.of(List.of(new QuickFixes.Edit(new Span(start, tree.start(formals)), "")));
      }
      if (start >= tree.end(formals) && at(tree.end(formals), start).strip().equals("@")) {
        return Optional.of(List.of(new QuickFixes.Edit(new Span(tree.end(formals), end), "")));
      }
    }
    return Optional.empty();
  }

  /** {@code with e; } of the {@code with} at {@code start}, up to its body. */
  Optional<List<QuickFixes.Edit>> removeWith(int start) {
    int with = node(start, SyntaxKind.WITH);
    if (with < 0 || tree.childCount(with) < 2) {
      return Optional.empty();
    }
    return Optional.of(List.of(new QuickFixes.Edit(new Span(start, tree.start(tree.child(with, 1))), "")));
  }

  /** The {@code rec} of the set at {@code start}, up to its brace. */
  Optional<List<QuickFixes.Edit>> removeRec(int start) {
    if (node(start, SyntaxKind.REC_ATTRSET) < 0) {
      return Optional.empty();
    }
    return Optional.of(List.of(new QuickFixes.Edit(new Span(start, find("{", start)), "")));
  }

  /** Where the key at {@code start..end} ends (after its closing quote), when an {@code =} follows it. */
  Optional<Integer> afterKey(int start, int end) {
    int after = end < length && text[end] == '"' && start > 0 && text[start - 1] == '"' ? end + 1 : end;
    int i = after;
    while (i < length && Character.isWhitespace(text[i])) {
      i++;
    }
    return i < length && text[i] == '=' && (i + 1 >= length || text[i + 1] != '=') ? Optional.of(after) : Optional.empty();
  }

  /** Whether {@code _name} is written nowhere in the document, so renaming to it captures nothing. */
  boolean freeToPrefix(String name) {
    String prefixed = "_" + name;
    for (int i = 0; i + prefixed.length() <= length; i++) {
      if (at(i, i + prefixed.length()).equals(prefixed) && (i == 0 || !NixNames.isIdPart(text[i - 1]))
          && (i + prefixed.length() == length || !NixNames.isIdPart(text[i + prefixed.length()]))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Removes {@code span}: the whole line when nothing else is on it (a trailing comment goes with
   * it), else the span and the blanks after it.
   */
  private QuickFixes.Edit removal(Span span) {
    int lineStart = span.start();
    while (lineStart > 0 && (text[lineStart - 1] == ' ' || text[lineStart - 1] == '\t')) {
      lineStart--;
    }
    int end = span.end();
    while (end < length && (text[end] == ' ' || text[end] == '\t')) {
      end++;
    }
    boolean aloneBefore = lineStart == 0 || text[lineStart - 1] == '\n';
    int lineEnd = end;
    if (lineEnd < length && text[lineEnd] == '#') {
      while (lineEnd < length && text[lineEnd] != '\n') {
        lineEnd++;
      }
    }
    if (aloneBefore && (lineEnd == length || text[lineEnd] == '\n')) {
      return new QuickFixes.Edit(new Span(lineStart, Math.min(length, lineEnd + 1)), "");
    }
    return new QuickFixes.Edit(new Span(span.start(), end), "");
  }

  /** The node of one of {@code kinds} that starts at {@code start}, innermost; -1 if none. */
  private int node(int start, SyntaxKind... kinds) {
    for (int node = 0; node < tree.nodeCount(); node++) {
      if (tree.start(node) == start) {
        for (SyntaxKind kind : kinds) {
          if (tree.kind(node) == kind) {
            return node;
          }
        }
      }
    }
    return -1;
  }

  private int parent(int node) {
    if (parents == null) {
      parents = tree.parents();
    }
    return node < 0 ? -1 : parents[node];
  }

  /** Where {@code token} is next written from {@code from}; the end of the text if nowhere. */
  private int find(String token, int from) {
    for (int i = from; i + token.length() <= length; i++) {
      if (at(i, i + token.length()).equals(token)) {
        return i;
      }
    }
    return length;
  }
}
