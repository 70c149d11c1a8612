package dev.six.lsp.ide;

import dev.six.grammar.desugar.ScopeChecker;
import dev.six.grammar.parse.DeepRecursion;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves every variable of a syntax tree to its binding, by the rules of Nix's static scoping
 * ({@code bindVars}, as {@link ScopeChecker} checks them) but keeping where each name is written:
 * {@code let} and {@code rec} names are visible in all their values, a plain {@code inherit x;}
 * reads {@code x} from outside, {@code inherit (e) x;} evaluates {@code e} inside (Nix 2.8), formal
 * defaults see every formal and the {@code @} argument, a lexical binding or a global wins over any
 * {@code with}, and only a name nothing else binds may come from the enclosing {@code with}s.
 * The names of an {@code inherit (e) x;} whose {@code e} is a set written in the file (directly or
 * through one variable) lead to that set's attribute.
 */
public final class NameResolver {
  private final SyntaxTree tree;
  private final char[] text;
  /** For {@link #scopeAt}: the offset whose variable's scope is wanted, and that scope. */
  private int probe = -1;
  private Scope probed;
  private final List<Occurrence> occurrences = new ArrayList<>();
  /** The names each {@code rec} set binds, by its node. */
  private final Map<Integer, Map<String, Binding>> recursiveSets = new HashMap<>();
  /** The names of {@code inherit (set) ...;} to resolve once every set is declared. */
  private final List<InheritedFrom> inheritedFrom = new ArrayList<>();
  /** Attributes of plain sets that some {@code inherit (set)} reads, by set node and name. */
  private final Map<String, Binding> attributes = new HashMap<>();

  /** A name of {@code inherit (set) name;}, where {@code set} is the node of a set literal. */
  private record InheritedFrom(int set, String name, Span span) {}

  /** A static scope: the names one construct binds, or a {@code with} (whose names are unknown). */
  private static final class Scope {
    final Scope parent;
    final Map<String, Binding> names;
    final Span with;
    /** For a {@code with}: the binding shared by the uses of each name it provides. */
    final Map<String, Binding> provided = new HashMap<>();

    Scope(Scope parent, Map<String, Binding> names, Span with) {
      this.parent = parent;
      this.names = names;
      this.with = with;
    }
  }

  private NameResolver(SyntaxTree tree, char[] text) {
    this.tree = tree;
    this.text = text;
  }

  /** Every declaration and resolved use in the document. */
  public static NameResolution resolve(DocumentAnalysis analysis) {
    return resolve(analysis.parse().tree(), analysis.source().bytewise());
  }

  /** Every declaration and resolved use in {@code tree}, parsed from {@code text} (one char per byte). */
  static NameResolution resolve(SyntaxTree tree, char[] text) {
    NameResolver resolver = new NameResolver(tree, text);
    if (resolver.tree.nodeCount() == 0) {
      return new NameResolution(List.of());
    }
    return DeepRecursion.call(() -> {
      resolver.visit(resolver.tree.root(), null);
      resolver.resolveInheritedFrom();
      Map<Span, List<Binding>> recSets = new HashMap<>();
      resolver.recursiveSets.forEach((node, names) -> recSets.put(
          new Span(resolver.tree.start(node), resolver.tree.end(node)), List.copyOf(names.values())));
      return new NameResolution(resolver.occurrences, recSets);
    }, () -> new NameResolution(List.of()));
  }

  private void visit(int node, Scope scope) {
    int[] children = tree.children(node);
    switch (tree.kind(node)) {
      case VAR -> use(new Span(tree.start(node), tree.end(node)), tree.string(node), scope);
      case LET -> {
        int count = children.length - 1;
        Scope inner = new Scope(scope, declare(children, count, Binding.Kind.LET), null);
        bindings(children, count, inner, scope);
        if (count >= 0) {
          visit(children[count], inner);
        }
      }
      case REC_ATTRSET, LEGACY_LET -> {
        Scope inner = new Scope(scope, declare(children, children.length, Binding.Kind.REC), null);
        recursiveSets.put(node, inner.names);
        bindings(children, children.length, inner, scope);
      }
      case ATTRSET -> bindings(children, children.length, scope, scope);
      case LAMBDA -> lambda(node, children, scope);
      case WITH -> {
        if (children.length > 0) {
          visit(children[0], scope);
        }
        if (children.length > 1) {
          int with = children[0];
          visit(children[1], new Scope(scope, Map.of(), new Span(tree.start(with), tree.end(with))));
        }
      }
      default -> {
        for (int child : children) {
          visit(child, scope);
        }
      }
    }
  }

  /** Declares the names of the first {@code count} bindings of a {@code let} or {@code rec} set. */
  private Map<String, Binding> declare(int[] children, int count, Binding.Kind kind) {
    Map<String, List<Span>> spans = new LinkedHashMap<>();
    Map<String, Integer> values = new HashMap<>();
    collectNames(children, count, spans, values);
    Map<String, Binding> names = new HashMap<>();
    for (Map.Entry<String, List<Span>> entry : spans.entrySet()) {
      Binding binding = new Binding(entry.getKey(), kind, entry.getValue(), values.getOrDefault(entry.getKey(), -1));
      names.put(entry.getKey(), binding);
      for (Span span : entry.getValue()) {
        occurrences.add(new Occurrence(span, binding, true));
      }
    }
    return names;
  }

  /**
   * The names the first {@code count} bindings bind, each with where it is written, and the value
   * of each name bound by a plain {@code name = value;}.
   */
  private void collectNames(int[] children, int count, Map<String, List<Span>> spans, Map<String, Integer> values) {
    for (int i = 0; i < count; i++) {
      int binding = children[i];
      if (tree.kind(binding) == SyntaxKind.BIND) {
        int path = tree.child(binding, 0);
        boolean isPath = path >= 0 && tree.kind(path) == SyntaxKind.ATTRPATH;
        String name = addName(isPath ? tree.child(path, 0) : -1, spans);
        if (name != null && tree.childCount(path) == 1 && tree.childCount(binding) == 2) {
          values.putIfAbsent(name, tree.child(binding, 1));
        }
      } else if (tree.kind(binding) == SyntaxKind.INHERIT) {
        for (int name : tree.children(binding)) {
          addName(name, spans);
        }
      }
    }
  }

  private String addName(int node, Map<String, List<Span>> spans) {
    String name = node >= 0 ? staticName(node) : null;
    if (name != null) {
      spans.computeIfAbsent(name, n -> new ArrayList<>()).add(new Span(tree.start(node), tree.end(node)));
    }
    return name;
  }

  /** The name an attribute written as {@code x} or {@code "x"} binds; null for anything dynamic. */
  private String staticName(int node) {
    return AttributeNames.staticName(tree, node);
  }

  /**
   * The bindings of a set or {@code let}: values, dynamic names and {@code inherit (e)} sources are
   * read in {@code inner}, the names of a plain {@code inherit} in {@code outer}.
   */
  private void bindings(int[] children, int count, Scope inner, Scope outer) {
    for (int i = 0; i < count; i++) {
      int binding = children[i];
      if (tree.kind(binding) != SyntaxKind.INHERIT) {
        visit(binding, inner);
        continue;
      }
      boolean from = false;
      int set = -1;
      for (int child : tree.children(binding)) {
        SyntaxKind kind = tree.kind(child);
        if (kind != SyntaxKind.ATTR_ID && kind != SyntaxKind.ATTR_STRING && kind != SyntaxKind.ATTR_DYNAMIC) {
          from = true;
          visit(child, inner);
          set = setLiteral(child, inner);
        } else if (from) {
          String name = staticName(child);
          if (name != null && set >= 0) {
            inheritedFrom.add(new InheritedFrom(set, name, new Span(tree.start(child), tree.end(child))));
          }
        } else {
          String name = staticName(child);
          if (name != null) {
            use(new Span(tree.start(child), tree.end(child)), name, outer);
          } else {
            visit(child, outer);
          }
        }
      }
    }
  }

  /** The set literal {@code expr} is (in parentheses, or the value of a variable), or -1. */
  private int setLiteral(int expr, Scope scope) {
    int node = unparenthesized(expr);
    if (tree.kind(node) == SyntaxKind.VAR) {
      Binding binding = lexical(tree.string(node), scope);
      node = binding == null || binding.value() < 0 ? -1 : unparenthesized(binding.value());
    }
    return node >= 0 && (tree.kind(node) == SyntaxKind.ATTRSET || tree.kind(node) == SyntaxKind.REC_ATTRSET) ? node : -1;
  }

  private int unparenthesized(int node) {
    int inner = node;
    while (tree.kind(inner) == SyntaxKind.PAREN && tree.childCount(inner) == 1) {
      inner = tree.child(inner, 0);
    }
    return inner;
  }

  /** The lexical binding of {@code name} in {@code scope}, ignoring {@code with}s; null if none. */
  private static Binding lexical(String name, Scope scope) {
    for (Scope s = scope; s != null; s = s.parent) {
      if (s.with == null && s.names.containsKey(name)) {
        return s.names.get(name);
      }
    }
    return null;
  }

  /** Each name of an {@code inherit (set)} becomes a use of the set's attribute, when it has one. */
  private void resolveInheritedFrom() {
    for (InheritedFrom inherited : inheritedFrom) {
      Binding attribute = tree.kind(inherited.set()) == SyntaxKind.REC_ATTRSET
          ? recursiveSets.getOrDefault(inherited.set(), Map.of()).get(inherited.name())
          : attribute(inherited.set(), inherited.name());
      if (attribute != null) {
        occurrences.add(new Occurrence(inherited.span(), attribute, false));
      }
    }
  }

  /** The attribute {@code name} of the plain set literal {@code set}, declared on first use; null if absent. */
  private Binding attribute(int set, String name) {
    String key = set + ":" + name;
    if (!attributes.containsKey(key)) {
      Map<String, List<Span>> spans = new LinkedHashMap<>();
      Map<String, Integer> values = new HashMap<>();
      int[] children = tree.children(set);
      collectNames(children, children.length, spans, values);
      Binding binding = null;
      if (spans.containsKey(name)) {
        binding = new Binding(name, Binding.Kind.ATTRIBUTE, spans.get(name), values.getOrDefault(name, -1));
        for (Span span : spans.get(name)) {
          occurrences.add(new Occurrence(span, binding, true));
        }
      }
      attributes.put(key, binding);
    }
    return attributes.get(key);
  }

  private void lambda(int node, int[] children, Scope scope) {
    Map<String, Binding> names = new HashMap<>();
    int formals = children.length > 1 && tree.kind(children[0]) == SyntaxKind.FORMALS ? children[0] : -1;
    String arg = tree.data(node) >= 0 ? tree.string(node) : null;
    if (arg != null) {
      int start = formals >= 0 && tree.start(formals) == tree.start(node) ? argumentAfter(tree.end(formals), arg) : tree.start(node);
      if (start >= 0) {
        Binding binding = new Binding(arg, Binding.Kind.ARGUMENT, List.of(new Span(start, start + arg.length())));
        names.put(arg, binding);
        occurrences.add(new Occurrence(binding.definitions().get(0), binding, true));
      }
    }
    if (formals >= 0) {
      for (int formal : tree.children(formals)) {
        String name = tree.string(formal);
        Span span = new Span(tree.start(formal), tree.start(formal) + name.length());
        Binding binding = new Binding(name, Binding.Kind.FORMAL, List.of(span));
        names.putIfAbsent(name, binding);
        occurrences.add(new Occurrence(span, binding, true));
      }
    }
    Scope inner = new Scope(scope, names, null);
    for (int child : children) {
      visit(child, inner);
    }
  }

  /** Where the name after {@code @} starts, searching from the end of the formals; -1 if absent. */
  private int argumentAfter(int from, String name) {
    int i = from;
    while (i < text.length && text[i] != '@') {
      i++;
    }
    i++;
    while (i < text.length) {
      if (Character.isWhitespace(text[i])) {
        i++;
      } else if (text[i] == '#') {
        while (i < text.length && text[i] != '\n') {
          i++;
        }
      } else if (text[i] == '/' && i + 1 < text.length && text[i + 1] == '*') {
        int close = new String(text, i + 2, text.length - i - 2).indexOf("*/");
        i = close < 0 ? text.length : i + 2 + close + 2;
      } else {
        break;
      }
    }
    return i + name.length() <= text.length && new String(text, i, name.length()).equals(name) ? i : -1;
  }

  /**
   * The names visible to a variable at byte {@code offset} (a variable must be written there),
   * innermost scope first, each once; and whether some {@code with} may provide more.
   */
  static ScopeNames scopeAt(DocumentAnalysis analysis, int offset) {
    NameResolver resolver = new NameResolver(analysis.parse().tree(), analysis.source().bytewise());
    resolver.probe = offset;
    if (resolver.tree.nodeCount() > 0) {
      DeepRecursion.call(() -> {
        resolver.visit(resolver.tree.root(), null);
        return null;
      }, () -> null);
    }
    List<Binding> names = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    boolean underWith = false;
    for (Scope s = resolver.probed; s != null; s = s.parent) {
      underWith |= s.with != null;
      for (Binding b : s.names.values()) {
        if (seen.add(b.name())) {
          names.add(b);
        }
      }
    }
    return new ScopeNames(List.copyOf(names), underWith, resolver.probed != null);
  }

  /** What {@link #scopeAt} found: the bindings in scope, whether under a with, whether a variable was there. */
  record ScopeNames(List<Binding> bindings, boolean underWith, boolean found) {}

  private void use(Span span, String name, Scope scope) {
    if (probe >= span.start() && probe <= span.end()) {
      probed = scope;
    }
    Scope innermostWith = null;
    List<Span> withs = new ArrayList<>();
    for (Scope s = scope; s != null; s = s.parent) {
      if (s.with != null) {
        if (innermostWith == null) {
          innermostWith = s;
        }
        withs.add(s.with);
      } else if (s.names.containsKey(name)) {
        occurrences.add(new Occurrence(span, s.names.get(name), false));
        return;
      }
    }
    if (innermostWith == null || ScopeChecker.globalNames().contains(name)) {
      return;
    }
    Binding provided = innermostWith.provided.computeIfAbsent(name, n -> new Binding(n, Binding.Kind.WITH, withs));
    occurrences.add(new Occurrence(span, provided, false));
  }
}
