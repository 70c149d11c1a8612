package dev.six.lsp.values;

import dev.six.lsp.ide.AttributeNames;
import dev.six.lsp.ide.SelectionRanges;
import dev.six.eval.probe.SiteKind;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTree;
import dev.six.lsp.ide.Binding;
import dev.six.lsp.ide.DocumentAnalysis;
import dev.six.lsp.ide.NameResolution;
import dev.six.lsp.ide.NameResolver;
import dev.six.lsp.ide.Occurrence;
import dev.six.lsp.ide.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Says which recorded binding holds the value of what is under the cursor, from the syntax alone:
 * an attribute or {@code let} name being defined (any name of its path), an inherited name, a
 * formal or argument, a variable (through the binding the static scoping gives it, or where it is
 * used when only a {@code with} provides it), and a name
 * selected from a variable ({@code x.y.z}). The positions are those the evaluator records: a
 * binding's attribute path start, a formal's name, a function's start for its argument.
 */
public final class ValueLocator {
  private final DocumentAnalysis analysis;
  private final SyntaxTree tree;

  public ValueLocator(DocumentAnalysis analysis) {
    this.analysis = analysis;
    this.tree = analysis.parse().tree();
  }

  /** The query for byte {@code offset}, or empty when nothing there has a recorded value. */
  public Optional<ValueQuery> at(int offset) {
    List<Integer> path = nodesAt(offset);
    if (path.isEmpty()) {
      return Optional.empty();
    }
    int leaf = path.get(path.size() - 1);
    int parent = path.size() > 1 ? path.get(path.size() - 2) : -1;
    if (isName(tree.kind(leaf)) && parent >= 0) {
      int owner = path.size() > 2 ? path.get(path.size() - 3) : -1;
      if (tree.kind(parent) == SyntaxKind.ATTRPATH && owner >= 0 && tree.kind(owner) == SyntaxKind.BIND) {
        return definedName(parent, leaf, path.size() > 3 ? path.get(path.size() - 4) : -1);
      }
      if (tree.kind(parent) == SyntaxKind.ATTRPATH && owner >= 0 && tree.kind(owner) == SyntaxKind.SELECT) {
        return selected(owner, parent, leaf);
      }
      if (tree.kind(parent) == SyntaxKind.INHERIT && owner >= 0) {
        String name = staticName(leaf);
        if (name != null) {
          Span span = new Span(tree.start(leaf), tree.end(leaf));
          return Optional.of(ValueQuery.binding(tree.start(leaf), letOwner(owner) ? SiteKind.LET : SiteKind.ATTRIBUTE,
              name, span));
        }
      }
      return Optional.empty();
    }
    return variable(offset);
  }

  /**
   * A name of {@code a.b.c = ...} in a set or a {@code let}: its site, at the start of the first
   * binding of the set that defines it ({@code a.x = 1; a.y = 2;} define {@code a} once, at the
   * first), which is where the evaluator records it.
   */
  private Optional<ValueQuery> definedName(int attrpath, int name, int bindings) {
    List<String> names = staticNames(attrpath);
    int index = -1;
    int[] parts = tree.children(attrpath);
    for (int i = 0; i < names.size(); i++) {
      if (parts[i] == name) {
        index = i;
      }
    }
    if (index < 0) {
      return Optional.empty(); // a dynamic name at or before the cursor: no site at a known offset
    }
    int defining = attrpath;
    List<String> definingNames = names;
    if (bindings >= 0) {
      for (int binding : tree.children(bindings)) {
        if (tree.kind(binding) != SyntaxKind.BIND || tree.kind(tree.child(binding, 0)) != SyntaxKind.ATTRPATH) {
          continue;
        }
        List<String> other = staticNames(tree.child(binding, 0));
        if (other.size() > index && other.subList(0, index + 1).equals(names.subList(0, index + 1))) {
          defining = tree.child(binding, 0);
          definingNames = other;
          break;
        }
      }
    }
    Set<SiteKind> kinds = bindings >= 0 && letOwner(bindings)
        ? Set.of(SiteKind.LET, SiteKind.ATTRIBUTE) : Set.of(SiteKind.ATTRIBUTE);
    return Optional.of(new ValueQuery(tree.start(defining), kinds, List.copyOf(definingNames), index, List.of(),
        new Span(tree.start(name), tree.end(name))));
  }

  /** The static names an attribute path starts with (up to its first dynamic one). */
  private List<String> staticNames(int attrpath) {
    List<String> names = new ArrayList<>();
    for (int part : tree.children(attrpath)) {
      String n = staticName(part);
      if (n == null) {
        break;
      }
      names.add(n);
    }
    return names;
  }

  /** {@code x.y.z} with the cursor on {@code y} or {@code z}: the binding of {@code x}, then the names. */
  private Optional<ValueQuery> selected(int select, int attrpath, int name) {
    int base = tree.child(select, 0);
    if (tree.kind(base) != SyntaxKind.VAR) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    for (int part : tree.children(attrpath)) {
      String n = staticName(part);
      if (n == null) {
        return Optional.empty();
      }
      names.add(n);
      if (part == name) {
        return variable(tree.start(base)).map(q -> q.select(names, new Span(tree.start(name), tree.end(name))));
      }
    }
    return Optional.empty();
  }

  /** A variable, formal or argument: the site of the binding the static scoping resolves it to. */
  private Optional<ValueQuery> variable(int offset) {
    NameResolution resolution = NameResolver.resolve(analysis);
    Optional<Occurrence> found = resolution.at(offset);
    if (found.isEmpty() || found.get().binding().definitions().isEmpty()) {
      return Optional.empty();
    }
    Binding binding = found.get().binding();
    Span span = found.get().span();
    int defined = binding.definitions().get(0).start();
    return switch (binding.kind()) {
      case LET -> Optional.of(ValueQuery.binding(defined, SiteKind.LET, binding.name(), span));
      case REC, ATTRIBUTE -> Optional.of(ValueQuery.binding(defined, SiteKind.ATTRIBUTE, binding.name(), span));
      case FORMAL -> Optional.of(ValueQuery.binding(defined, SiteKind.FORMAL, binding.name(), span));
      case ARGUMENT -> lambdaOf(binding).map(start -> ValueQuery.binding(start, SiteKind.ARGUMENT, binding.name(), span));
      // recorded where the name is used: the value the with's lookup found there
      case WITH -> Optional.of(ValueQuery.binding(span.start(), SiteKind.WITH, binding.name(), span));
    };
  }

  /** The start of the function whose argument {@code binding} is (where the evaluator records it). */
  private Optional<Integer> lambdaOf(Binding binding) {
    Span name = binding.definitions().get(0);
    int best = -1;
    for (int node = 0; node < tree.nodeCount(); node++) {
      if (tree.kind(node) == SyntaxKind.LAMBDA && tree.data(node) >= 0 && tree.start(node) <= name.start()
          && name.end() <= tree.end(node) && binding.name().equals(tree.string(node))
          && (best < 0 || tree.start(node) >= tree.start(best))) {
        best = node;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(tree.start(best));
  }

  /** The nodes from the root down to the innermost one at {@code offset} (a name's end counts). */
  List<Integer> nodesAt(int offset) {
    return SelectionRanges.nodesAt(tree, offset);
  }

  private boolean letOwner(int node) {
    return tree.kind(node) == SyntaxKind.LET || tree.kind(node) == SyntaxKind.LEGACY_LET;
  }

  private static boolean isName(SyntaxKind kind) {
    return kind == SyntaxKind.ATTR_ID || kind == SyntaxKind.ATTR_STRING;
  }

  /** The name an attribute written as {@code x} or {@code "x"} stands for; null for anything dynamic. */
  String staticName(int node) {
    return AttributeNames.staticName(tree, node);
  }
}
