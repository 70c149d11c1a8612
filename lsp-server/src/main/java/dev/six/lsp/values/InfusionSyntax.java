package dev.six.lsp.values;

import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTree;
import dev.six.lsp.ide.DocumentAnalysis;
import dev.six.lsp.ide.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The shapes of infusions in the text: the set literals around a position (innermost first, any
 * of which an evaluation may have passed to infuse), the key path from such a literal to the
 * cursor, and a literal's leaves (the key paths its bindings end in: {@code targets.x.__input.port.__default}).
 * A dynamic key ends a path (its name is known only to the evaluation).
 */
final class InfusionSyntax {
  private final SyntaxTree tree;
  private final ValueLocator names;

  InfusionSyntax(DocumentAnalysis analysis) {
    this.tree = analysis.parse().tree();
    this.names = new ValueLocator(analysis);
  }

  /** The set literals ({@code { ... }}, not {@code rec}) containing {@code offset}, innermost first: their start offsets. */
  List<Integer> literalsAround(int offset) {
    List<Integer> found = new ArrayList<>();
    List<Integer> path = names.nodesAt(offset);
    for (int i = path.size() - 1; i >= 0; i--) {
      if (tree.kind(path.get(i)) == SyntaxKind.ATTRSET) {
        found.add(tree.start(path.get(i)));
      }
    }
    return found;
  }

  /** Every set literal of the file, by start offset, in text order. */
  List<Integer> literals() {
    List<Integer> found = new ArrayList<>();
    for (int node = 0; node < tree.nodeCount(); node++) {
      if (tree.kind(node) == SyntaxKind.ATTRSET) {
        found.add(tree.start(node));
      }
    }
    found.sort(Integer::compare);
    return found;
  }

  /** The node of the set literal starting at {@code start}, or -1. */
  int literalAt(int start) {
    for (int node = 0; node < tree.nodeCount(); node++) {
      if (tree.kind(node) == SyntaxKind.ATTRSET && tree.start(node) == start) {
        return node;
      }
    }
    return -1;
  }

  /** A key path and the span of its last name (what a hover describes). */
  record KeyPath(List<String> keys, Span span) {}

  /**
   * The keys from the literal at {@code literal} down to {@code offset}: the names of the
   * bindings entered, up to the name under the cursor when it is on one of an attribute path.
   */
  KeyPath pathTo(int literal, int offset) {
    List<String> keys = new ArrayList<>();
    Span span = new Span(tree.start(literal), tree.start(literal) + 1);
    int node = literal;
    descend:
    while (true) {
      for (int binding : tree.children(node)) {
        if (tree.kind(binding) != SyntaxKind.BIND || !contains(binding, offset)) {
          continue;
        }
        int attrpath = tree.child(binding, 0);
        for (int part : tree.children(attrpath)) {
          String name = names.staticName(part);
          if (name == null) {
            return new KeyPath(keys, span);
          }
          keys.add(name);
          span = new Span(tree.start(part), tree.end(part));
          if (contains(part, offset)) {
            return new KeyPath(keys, span);
          }
        }
        int value = tree.childCount(binding) > 1 ? tree.child(binding, 1) : -1;
        if (value >= 0 && tree.kind(value) == SyntaxKind.ATTRSET && contains(value, offset)) {
          node = value;
          continue descend;
        }
        return new KeyPath(keys, span);
      }
      return new KeyPath(keys, span);
    }
  }

  /** The key paths the literal's bindings end in, in text order (a nested literal is entered). */
  List<List<String>> leaves(int literal) {
    List<List<String>> out = new ArrayList<>();
    leaves(literal, new ArrayList<>(), out);
    return out;
  }

  private void leaves(int set, List<String> prefix, List<List<String>> out) {
    for (int binding : tree.children(set)) {
      if (tree.kind(binding) != SyntaxKind.BIND) {
        continue;
      }
      List<String> keys = new ArrayList<>(prefix);
      boolean dynamic = false;
      for (int part : tree.children(tree.child(binding, 0))) {
        String name = names.staticName(part);
        if (name == null) {
          dynamic = true;
          break;
        }
        keys.add(name);
      }
      int value = tree.childCount(binding) > 1 ? tree.child(binding, 1) : -1;
      if (!dynamic && value >= 0 && tree.kind(value) == SyntaxKind.ATTRSET) {
        leaves(value, keys, out);
      } else if (!keys.isEmpty()) {
        out.add(keys);
      }
    }
  }

  private boolean contains(int node, int offset) {
    return tree.start(node) <= offset && offset <= tree.end(node);
  }
}
