package dev.six.lsp.ide;

import dev.six.grammar.parse.DeepRecursion;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTree;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a document's outline from its syntax tree: every binding of an attribute set, {@code rec}
 * set or {@code let}, and every inherited name, each with the bindings found in its value as
 * children. Bindings in other places (a function's body, a list element) belong to the nearest
 * enclosing binding, so the outline follows the attribute paths a reader navigates by.
 */
public final class OutlineBuilder {
  private final SyntaxTree tree;
  private final SourceText source;

  private OutlineBuilder(DocumentAnalysis analysis) {
    this.tree = analysis.parse().tree();
    this.source = analysis.source();
  }

  /** The outline of a parsed document; a broken document gives the bindings that did parse. */
  public static List<OutlineSymbol> outline(DocumentAnalysis analysis) {
    OutlineBuilder builder = new OutlineBuilder(analysis);
    if (builder.tree.nodeCount() == 0) {
      return List.of();
    }
    // Nesting can be far deeper than the default stack; DeepRecursion retries on a larger one.
    return DeepRecursion.call(() -> builder.symbolsIn(builder.tree.root()), List::of);
  }

  private List<OutlineSymbol> symbolsIn(int node) {
    SyntaxKind kind = tree.kind(node);
    int[] children = tree.children(node);
    List<OutlineSymbol> result = new ArrayList<>();
    switch (kind) {
      case ATTRSET, REC_ATTRSET, LEGACY_LET -> bindings(children, children.length, false, result);
      case LET -> {
        bindings(children, children.length - 1, true, result);
        if (children.length > 0) {
          result.addAll(symbolsIn(children[children.length - 1]));
        }
      }
      default -> {
        for (int child : children) {
          result.addAll(symbolsIn(child));
        }
      }
    }
    return result;
  }

  private void bindings(int[] children, int count, boolean let, List<OutlineSymbol> result) {
    for (int i = 0; i < count; i++) {
      int binding = children[i];
      switch (tree.kind(binding)) {
        case BIND -> bind(binding, let, result);
        case INHERIT -> inherit(binding, result);
        default -> result.addAll(symbolsIn(binding));
      }
    }
  }

  private void bind(int binding, boolean let, List<OutlineSymbol> result) {
    int path = tree.child(binding, 0);
    int value = tree.child(binding, 1);
    List<OutlineSymbol> nested = value >= 0 ? symbolsIn(value) : List.of();
    String name = path >= 0 ? name(path) : "";
    if (name.isEmpty()) {
      // A binding whose name did not parse has nothing to show; keep what is inside it.
      result.addAll(nested);
      return;
    }
    result.add(new OutlineSymbol(name, kindOf(value, let), tree.start(binding), tree.end(binding),
        tree.start(path), tree.end(path), nested));
  }

  private void inherit(int inherit, List<OutlineSymbol> result) {
    for (int child : tree.children(inherit)) {
      SyntaxKind kind = tree.kind(child);
      if (kind == SyntaxKind.ATTR_ID || kind == SyntaxKind.ATTR_STRING || kind == SyntaxKind.ATTR_DYNAMIC) {
        String name = name(child);
        if (!name.isEmpty()) {
          result.add(new OutlineSymbol(name, OutlineSymbol.Kind.INHERITED, tree.start(child), tree.end(child),
              tree.start(child), tree.end(child), List.of()));
        }
      }
    }
  }

  private OutlineSymbol.Kind kindOf(int value, boolean let) {
    SyntaxKind kind = value >= 0 ? tree.kind(value) : SyntaxKind.ERROR;
    if (kind == SyntaxKind.ATTRSET || kind == SyntaxKind.REC_ATTRSET) {
      return OutlineSymbol.Kind.SET;
    }
    if (kind == SyntaxKind.LAMBDA) {
      return OutlineSymbol.Kind.FUNCTION;
    }
    return let ? OutlineSymbol.Kind.VARIABLE : OutlineSymbol.Kind.ATTRIBUTE;
  }

  /**
   * A name as written: each element of an attribute path as in the source, joined by dots, so that
   * a path split over lines reads as one and a quoted element keeps its spaces.
   */
  private String name(int node) {
    if (tree.kind(node) != SyntaxKind.ATTRPATH) {
      return source.slice(tree.start(node), tree.end(node));
    }
    StringBuilder name = new StringBuilder();
    for (int element : tree.children(node)) {
      if (name.length() > 0) {
        name.append('.');
      }
      name.append(source.slice(tree.start(element), tree.end(element)));
    }
    return name.toString();
  }
}
