package dev.six.lsp.ide;

import dev.six.grammar.parse.DeepRecursion;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTree;
import dev.six.lsp.ide.AttributePathRoles.Role;
import dev.six.lsp.ide.AttributePathRoles.State;
import dev.six.lsp.ide.AttributePathRoles.Step;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Semantic highlighting of one document: every name classified by how the resolver binds it
 * (parameter, {@code let} variable, attribute, a {@code with}'s name, a built-in, a function where
 * the value is written as one), sixos's vocabulary on top (services, targets, infuse sugars, see
 * {@link AttributePathRoles}; a by-name {@code service.nix}'s formal naming another service), and
 * path literals. Keywords, strings, numbers and comments are left to the editor's grammar. The
 * tokens are in document order and never overlap.
 */
public final class SemanticTokens {
  private final SyntaxTree tree;
  private final ServiceCatalog services;
  private final Map<Integer, Occurrence> uses = new HashMap<>();
  private final Map<Integer, Occurrence> declarations = new HashMap<>();
  private final Set<Binding> serviceFormals = new HashSet<>();
  private final List<SemanticToken> tokens = new ArrayList<>();

  private SemanticTokens(SyntaxTree tree, ServiceCatalog services) {
    this.tree = tree;
    this.services = services;
  }

  /**
   * The tokens of {@code analysis}; {@code services} are the by-name services of the workspace,
   * {@code document} the file (null for an untitled buffer), which tells a by-name service.
   */
  public static List<SemanticToken> of(DocumentAnalysis analysis, ServiceCatalog services, Path document) {
    SyntaxTree tree = analysis.parse().tree();
    if (tree.nodeCount() == 0) {
      return List.of();
    }
    SemanticTokens classifier = new SemanticTokens(tree, services);
    NameResolution resolution = NameResolver.resolve(analysis);
    for (Occurrence o : resolution.occurrences()) {
      (o.declaration() ? classifier.declarations : classifier.uses).putIfAbsent(o.span().start(), o);
      if (o.declaration() && o.binding().kind() == Binding.Kind.ARGUMENT) {
        classifier.add(o.span(), TokenType.PARAMETER, TokenModifier.DECLARATION);
      }
    }
    if (document != null && ServiceCatalog.serviceDefinedBy(document).isPresent()) {
      classifier.findServiceFormals();
    }
    return DeepRecursion.call(() -> {
      classifier.visit(tree.root());
      return classifier.sorted();
    }, List::of);
  }

  /** The formals of a by-name service's function that name another service: callPackage passes it. */
  private void findServiceFormals() {
    int root = unparenthesized(tree.root());
    if (tree.kind(root) != SyntaxKind.LAMBDA || tree.childCount(root) < 2
        || tree.kind(tree.child(root, 0)) != SyntaxKind.FORMALS) {
      return;
    }
    for (int formal : tree.children(tree.child(root, 0))) {
      Occurrence o = declarations.get(tree.start(formal));
      if (o != null && services.contains(o.binding().name())) {
        serviceFormals.add(o.binding());
      }
    }
  }

  private void visit(int node) {
    switch (tree.kind(node)) {
      case VAR -> variable(node);
      case LET -> bindings(node, tree.childCount(node) - 1, true, State.PLAIN);
      case REC_ATTRSET, LEGACY_LET -> bindings(node, tree.childCount(node), true, State.PLAIN);
      case ATTRSET -> bindings(node, tree.childCount(node), false, State.PLAIN);
      case SELECT, HAS_ATTR -> selection(node);
      case FORMAL -> {
        Occurrence o = declarations.get(tree.start(node));
        if (o != null) {
          add(o.span(), binding(o.binding()), TokenModifier.DECLARATION);
        }
        visitChildren(node);
      }
      case PATH -> {
        for (int part : tree.children(node)) {
          if (tree.kind(part) == SyntaxKind.INTERP) {
            visit(part);
          } else {
            add(span(part), TokenType.PATH);
          }
        }
      }
      case SEARCH_PATH -> add(span(node), TokenType.PATH);
      case URI -> add(span(node), TokenType.STRING, TokenModifier.DEPRECATED);
      default -> visitChildren(node);
    }
  }

  private void visitChildren(int node) {
    for (int child : tree.children(node)) {
      visit(child);
    }
  }

  /** A variable: what the resolver bound it to, or one of Nix's globals. */
  private void variable(int node) {
    Occurrence use = uses.get(tree.start(node));
    if (use != null) {
      add(use.span(), binding(use.binding()), use.binding().kind() == Binding.Kind.WITH ? TokenModifier.FROM_WITH : null);
    } else if (BuiltinNames.isGlobal(tree.string(node))) {
      builtin(span(node), tree.string(node), false);
    }
  }

  /** A built-in: {@code attribute} when written {@code builtins.<name>}, else a global. */
  private void builtin(Span span, String name, boolean attribute) {
    if (!attribute && name.equals("builtins")) {
      add(span, TokenType.NAMESPACE, TokenModifier.DEFAULT_LIBRARY);
      return;
    }
    boolean constant = BuiltinNames.isConstant(name, attribute);
    Set<TokenModifier> modifiers = EnumSet.of(TokenModifier.DEFAULT_LIBRARY);
    if (constant) {
      modifiers.add(TokenModifier.READONLY);
    }
    if (BuiltinNames.isDeprecated(name, attribute)) {
      modifiers.add(TokenModifier.DEPRECATED);
    }
    tokens.add(new SemanticToken(span, constant ? TokenType.VARIABLE : TokenType.FUNCTION, modifiers));
  }

  /**
   * The first {@code count} children of a set or {@code let} are its bindings; {@code scoped}: the
   * first name of each binds a variable ({@code let}, {@code rec}); {@code state}: where in a
   * sixos path the set's keys are (the keys of {@code services = { … }} are services).
   */
  private void bindings(int set, int count, boolean scoped, State state) {
    int[] children = tree.children(set);
    for (int i = 0; i < children.length; i++) {
      int child = children[i];
      if (i >= count) {
        visit(child); // a let's body
      } else if (tree.kind(child) == SyntaxKind.BIND) {
        bind(child, scoped, state);
      } else if (tree.kind(child) == SyntaxKind.INHERIT) {
        inherit(child, scoped, state);
      } else {
        visit(child);
      }
    }
  }

  private void bind(int bind, boolean scoped, State state) {
    int path = tree.child(bind, 0);
    int value = tree.childCount(bind) > 1 ? tree.child(bind, 1) : -1;
    State at = state;
    if (path >= 0 && tree.kind(path) == SyntaxKind.ATTRPATH) {
      int[] names = tree.children(path);
      for (int i = 0; i < names.length; i++) {
        String name = staticName(names[i]);
        Step step = AttributePathRoles.step(at, name, services);
        if (name == null) {
          visit(names[i]);
        } else if (step.role() != Role.PROPERTY) {
          add(span(names[i]), type(step.role()), TokenModifier.DECLARATION);
        } else if (i == 0 && scoped && declarations.containsKey(tree.start(names[i]))) {
          add(span(names[i]), binding(declarations.get(tree.start(names[i])).binding()), TokenModifier.DECLARATION);
        } else {
          boolean function = i == names.length - 1 && value >= 0 && isFunction(value);
          add(span(names[i]), function ? TokenType.FUNCTION : TokenType.PROPERTY, TokenModifier.DECLARATION);
        }
        at = step.next();
      }
    } else if (path >= 0) {
      visit(path);
    }
    if (value < 0) {
      return;
    }
    switch (tree.kind(value)) {
      case ATTRSET -> bindings(value, tree.childCount(value), false, at);
      case REC_ATTRSET -> bindings(value, tree.childCount(value), true, at);
      default -> visit(value);
    }
  }

  private void inherit(int inherit, boolean scoped, State state) {
    for (int child : tree.children(inherit)) {
      SyntaxKind kind = tree.kind(child);
      if (kind != SyntaxKind.ATTR_ID && kind != SyntaxKind.ATTR_STRING) {
        visit(child); // the (from) expression, or a dynamic name
        continue;
      }
      String name = staticName(child);
      Step step = AttributePathRoles.step(state, name, services);
      Occurrence declared = declarations.get(tree.start(child));
      if (name == null) {
        visit(child);
      } else if (step.role() != Role.PROPERTY) {
        add(span(child), type(step.role()), TokenModifier.DECLARATION);
      } else if (scoped && declared != null) {
        add(span(child), binding(declared.binding()), TokenModifier.DECLARATION);
      } else {
        add(span(child), TokenType.PROPERTY, TokenModifier.DECLARATION);
      }
    }
  }

  /** {@code e.a.b}, {@code e.a or d}, {@code e ? a.b}: the subject, then each name of the path. */
  private void selection(int node) {
    int[] children = tree.children(node);
    if (children.length == 0) {
      return;
    }
    int subject = children[0];
    visit(subject);
    boolean builtins = tree.kind(subject) == SyntaxKind.VAR && tree.string(subject).equals("builtins")
        && !uses.containsKey(tree.start(subject)) && BuiltinNames.isGlobal("builtins");
    State at = stateAfter(subject);
    if (children.length > 1 && tree.kind(children[1]) == SyntaxKind.ATTRPATH) {
      int[] names = tree.children(children[1]);
      for (int i = 0; i < names.length; i++) {
        String name = staticName(names[i]);
        if (name == null) {
          visit(names[i]);
          at = State.PLAIN;
        } else if (i == 0 && builtins && BuiltinNames.isAttribute(name)) {
          builtin(span(names[i]), name, true);
          at = State.PLAIN;
        } else {
          Step step = AttributePathRoles.step(at, name, services);
          add(span(names[i]), type(step.role()));
          at = step.next();
        }
      }
    } else if (children.length > 1) {
      visit(children[1]);
    }
    for (int i = 2; i < children.length; i++) {
      visit(children[i]); // the default after `or`
    }
  }

  /**
   * Where in a sixos path the value of {@code expr} is: after {@code targets} for
   * {@code prev.targets} (so {@code prev.targets ? global} names a target), plain for anything
   * but a variable or a selection.
   */
  private State stateAfter(int expr) {
    int node = unparenthesized(expr);
    if (tree.kind(node) == SyntaxKind.VAR) {
      return AttributePathRoles.after(tree.string(node));
    }
    if (tree.kind(node) != SyntaxKind.SELECT || tree.childCount(node) != 2
        || tree.kind(tree.child(node, 1)) != SyntaxKind.ATTRPATH) {
      return State.PLAIN;
    }
    State at = stateAfter(tree.child(node, 0));
    for (int name : tree.children(tree.child(node, 1))) {
      at = AttributePathRoles.step(at, staticName(name), services).next();
    }
    return at;
  }

  private TokenType binding(Binding b) {
    if (serviceFormals.contains(b)) {
      return TokenType.SERVICE;
    }
    return switch (b.kind()) {
      case LET -> b.value() >= 0 && isFunction(b.value()) ? TokenType.FUNCTION : TokenType.VARIABLE;
      case REC, ATTRIBUTE -> b.value() >= 0 && isFunction(b.value()) ? TokenType.FUNCTION : TokenType.PROPERTY;
      case FORMAL, ARGUMENT -> TokenType.PARAMETER;
      case WITH -> TokenType.VARIABLE;
    };
  }

  private static TokenType type(Role role) {
    return switch (role) {
      case PROPERTY -> TokenType.PROPERTY;
      case SERVICE -> TokenType.SERVICE;
      case TARGET -> TokenType.TARGET;
      case SUGAR -> TokenType.SUGAR;
    };
  }

  private boolean isFunction(int value) {
    return tree.kind(unparenthesized(value)) == SyntaxKind.LAMBDA;
  }

  private int unparenthesized(int node) {
    int inner = node;
    while (tree.kind(inner) == SyntaxKind.PAREN && tree.childCount(inner) == 1) {
      inner = tree.child(inner, 0);
    }
    return inner;
  }

  /** The name an attribute written {@code x} or {@code "x"} stands for; null when it is computed. */
  private String staticName(int node) {
    return AttributeNames.staticName(tree, node);
  }

  private Span span(int node) {
    return new Span(tree.start(node), tree.end(node));
  }

  private void add(Span span, TokenType type) {
    add(span, type, null);
  }

  private void add(Span span, TokenType type, TokenModifier modifier) {
    if (span.end() > span.start()) {
      tokens.add(new SemanticToken(span, type, modifier == null ? Set.of() : Set.of(modifier)));
    }
  }

  /** In document order; should two ever overlap, the one starting first (then the longer) is kept. */
  private List<SemanticToken> sorted() {
    tokens.sort(Comparator.comparingInt((SemanticToken t) -> t.span().start())
        .thenComparing(Comparator.comparingInt((SemanticToken t) -> t.span().end()).reversed()));
    List<SemanticToken> out = new ArrayList<>(tokens.size());
    int end = -1;
    for (SemanticToken t : tokens) {
      if (t.span().start() >= end) {
        out.add(t);
        end = t.span().end();
      }
    }
    return out;
  }
}
