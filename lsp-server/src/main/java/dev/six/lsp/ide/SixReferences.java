package dev.six.lsp.ide;

import dev.six.grammar.syntax.BinaryOp;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a file's {@link SixReference}s in its syntax tree: selections through {@code targets},
 * {@code services} and {@code pkgs} (and {@code targets ? x}), attribute paths under
 * {@code targets} in overlays and infusions (with the parameters after {@code __input} and the
 * attributes after {@code __output}), a host's service selection, the formals of a by-name
 * {@code service.nix} or {@code package.nix}, and path literals. The same extraction serves the
 * workspace index and the cursor of a request, so both always agree on what a place refers to.
 */
public final class SixReferences {
  /** Keys that, next to {@code services}, make a set a host (corpus/six's host schema). */
  private static final Set<String> HOST_KEYS = Set.of("name", "hostname", "canonical", "tags", "service-overlays",
      "extra-by-name-dirs", "firmware", "base");
  /** What the targets scope passes every service: never another service or a package. */
  public static final Set<String> SCOPE_NAMES = Set.of("lib", "pkgs", "infuse", "host", "six", "targets", "services",
      "callService");
  private static final Set<String> DEFINING_SUGARS = Set.of("__init", "__assign", "__default");
  private static final Pattern BY_NAME = Pattern.compile("(?:^|/)by-name/([^/]+)/([^/]+)/(service|package)\\.nix$");

  private final SyntaxTree tree;
  private final Path document;
  private final int[] parents;
  private final List<SixReference> out = new ArrayList<>();

  private SixReferences(SyntaxTree tree, Path document) {
    this.tree = tree;
    this.document = document;
    this.parents = tree.parents();
  }

  /** The references of the file {@code document} (null for an untitled buffer), in text order. */
  public static List<SixReference> of(SyntaxTree tree, Path document) {
    SixReferences finder = new SixReferences(tree, document);
    finder.run();
    finder.out.sort(Comparator.comparingInt((SixReference r) -> r.span().start()));
    return List.copyOf(finder.out);
  }

  /** The reference under byte {@code offset}: one containing it, else one ending there. */
  public static Optional<SixReference> at(List<SixReference> references, int offset) {
    SixReference touching = null;
    for (SixReference r : references) {
      if (r.kind() == SixReference.Kind.INSTANCE) {
        continue; // it shares its place with the target's own reference, which is what the cursor is on
      }
      if (r.span().start() <= offset && offset < r.span().end()) {
        return Optional.of(r);
      }
      if (touching == null && r.span().end() == offset) {
        touching = r;
      }
    }
    return Optional.ofNullable(touching);
  }

  /** The service a by-name {@code service.nix} defines (or the package of a {@code package.nix}), else null. */
  public static String byNameOwner(Path document) {
    if (document == null) {
      return null;
    }
    Matcher m = BY_NAME.matcher(document.toString().replace('\\', '/'));
    return m.find() ? m.group(2) : null;
  }

  private void run() {
    if (byNameOwner(document) != null) {
      formals(unparen(tree.root()));
    }
    for (int n = 0; n < tree.nodeCount(); n++) {
      switch (tree.kind(n)) {
        case SELECT -> select(n);
        case HAS_ATTR -> hasAttr(n);
        case PATH -> path(n);
        case ATTRSET, REC_ATTRSET -> set(n);
        default -> { }
      }
    }
  }

  private void formals(int root) {
    if (root < 0 || tree.kind(root) != SyntaxKind.LAMBDA) {
      return;
    }
    for (int child : tree.children(root)) {
      if (tree.kind(child) != SyntaxKind.FORMALS) {
        continue;
      }
      for (int formal : tree.children(child)) {
        String name = tree.string(formal);
        if (name != null && !SCOPE_NAMES.contains(name)) {
          int start = tree.start(formal);
          add(SixReference.Kind.ARGUMENT, text(name), SixReference.Role.USE, start, start + name.length());
        }
      }
    }
  }

  /** {@code e.targets.a.b}, {@code services.x}, {@code pkgs.x}: the subject's name and the path, as segments. */
  private void select(int n) {
    int subject = tree.child(n, 0);
    int attrpath = tree.child(n, 1);
    if (subject < 0 || attrpath < 0 || tree.kind(attrpath) != SyntaxKind.ATTRPATH) {
      return;
    }
    int[] elements = tree.children(attrpath);
    // the variable at the head counts as the first segment: `targets.x` and `final.targets.x` alike
    String head = tree.kind(subject) == SyntaxKind.VAR ? tree.string(subject) : null;
    int from;
    String root;
    if (head != null && isRoot(head)) {
      root = head;
      from = 0;
    } else {
      root = null;
      from = -1;
      for (int i = 0; i < elements.length - 1; i++) {
        String name = staticName(elements[i]);
        if (name != null && isRoot(name)) {
          root = name;
          from = i + 1;
          break;
        }
      }
    }
    if (root == null || from >= elements.length) {
      return;
    }
    switch (root) {
      case "targets" -> targetSelection(elements, from);
      case "services" -> serviceSelection(n, elements[from]);
      default -> {
        String name = staticName(elements[from]);
        if (name != null) {
          add(SixReference.Kind.PACKAGE, text(name), SixReference.Role.USE, elements[from]);
        }
      }
    }
  }

  private static boolean isRoot(String name) {
    return name.equals("targets") || name.equals("services") || name.equals("pkgs");
  }

  private void targetSelection(int[] elements, int from) {
    StringBuilder path = new StringBuilder();
    for (int i = from; i < elements.length; i++) {
      String name = staticName(elements[i]);
      if (name == null) {
        dynamic(elements[i]);
        return;
      }
      if (name.startsWith("__")) {
        return;
      }
      path.append(path.length() == 0 ? "" : ".").append(text(name));
      add(SixReference.Kind.TARGET, path.toString(), SixReference.Role.USE, elements[i]);
    }
  }

  /** {@code services.x}, and when it is called with a set, the parameters that set passes. */
  private void serviceSelection(int select, int element) {
    String name = staticName(element);
    if (name == null) {
      dynamic(element);
      return;
    }
    add(SixReference.Kind.SERVICE, text(name), SixReference.Role.USE, element);
    int parent = parents[select];
    if (parent >= 0 && tree.kind(parent) == SyntaxKind.APPLY && tree.child(parent, 0) == select) {
      parameters(text(name), unparen(tree.child(parent, 1)));
    }
  }

  /** The keys a set literal passes to {@code target}'s service. */
  private void parameters(String target, int set) {
    if (set < 0 || tree.kind(set) != SyntaxKind.ATTRSET) {
      return;
    }
    for (int bind : binds(set)) {
      int first = tree.child(tree.child(bind, 0), 0);
      String param = first < 0 ? null : staticName(first);
      if (param != null && !param.startsWith("__")) {
        add(SixReference.Kind.PARAMETER, SixReference.memberKey(target, text(param)), SixReference.Role.USE, first);
      }
    }
  }

  /** {@code targets ? x}, {@code prev.targets ? a.b}. */
  private void hasAttr(int n) {
    int subject = tree.child(n, 0);
    int attrpath = tree.child(n, 1);
    boolean targets = subject >= 0 && (tree.kind(subject) == SyntaxKind.VAR && "targets".equals(tree.string(subject))
        || tree.kind(subject) == SyntaxKind.SELECT && lastIs(subject, "targets"));
    if (targets && attrpath >= 0 && tree.kind(attrpath) == SyntaxKind.ATTRPATH) {
      targetSelection(tree.children(attrpath), 0);
    }
  }

  private boolean lastIs(int select, String name) {
    int attrpath = tree.child(select, 1);
    if (attrpath < 0 || tree.kind(attrpath) != SyntaxKind.ATTRPATH) {
      return false;
    }
    int[] elements = tree.children(attrpath);
    return elements.length > 0 && name.equals(staticName(elements[elements.length - 1]));
  }

  /** A set literal: its bindings under {@code targets}, and when it is a host, its service selection. */
  private void set(int set) {
    List<Integer> binds = binds(set);
    boolean host = false;
    boolean selects = false;
    for (int bind : binds) {
      int[] elements = tree.children(tree.child(bind, 0));
      String first = elements.length == 0 ? null : staticName(elements[0]);
      if ("targets".equals(first)) {
        targetBinding("", elements, 1, tree.child(bind, 1));
      }
      host |= first != null && HOST_KEYS.contains(first);
      selects |= "services".equals(first);
    }
    if (host && selects) {
      for (int bind : binds) {
        int[] elements = tree.children(tree.child(bind, 0));
        if (elements.length > 0 && "services".equals(staticName(elements[0]))) {
          selection(elements, tree.child(bind, 1));
        }
      }
    }
  }

  /** A host's {@code services = { x = { p = …; }; }}, {@code services.x = …} or {@code services = [ "x" ]}. */
  private void selection(int[] elements, int value) {
    if (elements.length > 1) {
      selected(elements, 1, value);
      return;
    }
    int v = unparen(value);
    if (v >= 0 && tree.kind(v) == SyntaxKind.ATTRSET) {
      for (int bind : binds(v)) {
        selected(tree.children(tree.child(bind, 0)), 0, tree.child(bind, 1));
      }
    } else if (v >= 0 && tree.kind(v) == SyntaxKind.LIST) {
      for (int element : tree.children(v)) {
        if (tree.kind(element) != SyntaxKind.STRING) {
          continue;
        }
        String literal = literalString(element);
        if (literal != null) {
          add(SixReference.Kind.SERVICE, text(literal), SixReference.Role.USE, tree.start(element) + 1,
              tree.end(element) - 1);
        } else {
          dynamic(element);
        }
      }
    }
  }

  private void selected(int[] elements, int at, int value) {
    String name = staticName(elements[at]);
    if (name == null) {
      dynamic(elements[at]);
      return;
    }
    add(SixReference.Kind.SERVICE, text(name), SixReference.Role.USE, elements[at]);
    if (at + 1 < elements.length) {
      String param = staticName(elements[at + 1]);
      if (param != null) {
        add(SixReference.Kind.PARAMETER, SixReference.memberKey(text(name), text(param)), SixReference.Role.USE,
            elements[at + 1]);
      }
    } else {
      parameters(text(name), unparen(value));
    }
  }

  /**
   * The attribute path {@code elements[from..]} under the target {@code path} (dotted, empty at
   * {@code targets} itself), bound to {@code value}: each target segment, then what a sugar does.
   */
  private void targetBinding(String path, int[] elements, int from, int value) {
    String current = path;
    for (int i = from; i < elements.length; i++) {
      String name = staticName(elements[i]);
      if (name == null) {
        dynamic(elements[i]);
        return;
      }
      if (name.startsWith("__")) {
        if (!current.isEmpty()) {
          sugar(current, name, elements, i + 1, value);
        }
        return;
      }
      current = current.isEmpty() ? text(name) : current + "." + text(name);
      SixReference.Role role = i + 1 < elements.length ? roleOfNext(staticName(elements[i + 1])) : roleOfValue(value);
      add(SixReference.Kind.TARGET, current, role, elements[i]);
      if (role == SixReference.Role.DEFINITION && current.contains(".")) {
        instance(current, elements, i + 1, value, elements[i]);
      }
    }
    targetValue(current, value);
  }

  /**
   * A target path (below the top level, where a target is its service) defined by a call of
   * {@code services.X}, directly or through a defining sugar: which service it is an instance of.
   */
  private void instance(String target, int[] elements, int next, int value, int segment) {
    int v = unparen(value);
    if (next < elements.length) {
      if (next + 1 != elements.length) {
        return; // a deeper path: the value is not the target's
      }
    } else if (v >= 0 && tree.kind(v) == SyntaxKind.ATTRSET) {
      v = -1;
      for (int bind : binds(unparen(value))) {
        int[] keys = tree.children(tree.child(bind, 0));
        String key = keys.length == 1 ? staticName(keys[0]) : null;
        if (key != null && DEFINING_SUGARS.contains(key)) {
          v = unparen(tree.child(bind, 1));
        }
      }
    }
    if (v < 0 || tree.kind(v) != SyntaxKind.APPLY) {
      return;
    }
    int function = unparen(tree.child(v, 0));
    if (function < 0 || tree.kind(function) != SyntaxKind.SELECT) {
      return;
    }
    int attrpath = tree.child(function, 1);
    int[] path = attrpath < 0 ? new int[0] : tree.children(attrpath);
    int subject = tree.child(function, 0);
    String service = path.length == 0 ? null : staticName(path[path.length - 1]);
    String before = path.length >= 2 ? staticName(path[path.length - 2])
        : subject >= 0 && tree.kind(subject) == SyntaxKind.VAR ? tree.string(subject) : null;
    if (service != null && "services".equals(before)) {
      add(SixReference.Kind.INSTANCE, SixReference.memberKey(target, text(service)), SixReference.Role.DEFINITION,
          segment);
    }
  }

  private void targetValue(String path, int value) {
    int v = unparen(value);
    if (v < 0) {
      return;
    }
    if (tree.kind(v) == SyntaxKind.ATTRSET) {
      for (int bind : binds(v)) {
        targetBinding(path, tree.children(tree.child(bind, 0)), 0, tree.child(bind, 1));
      }
    } else if (tree.kind(v) == SyntaxKind.BINARY && BinaryOp.of(tree.data(v)) == BinaryOp.UPDATE) {
      targetValue(path, tree.child(v, 0));
      targetValue(path, tree.child(v, 1));
    }
  }

  private static SixReference.Role roleOfNext(String next) {
    if (next == null || !next.startsWith("__")) {
      return SixReference.Role.USE;
    }
    return DEFINING_SUGARS.contains(next) ? SixReference.Role.DEFINITION : SixReference.Role.OVERRIDE;
  }

  /** What binding a target to {@code value} does: a set of sugars says; plain keys only go deeper. */
  private SixReference.Role roleOfValue(int value) {
    int v = unparen(value);
    if (v < 0) {
      return SixReference.Role.DEFINITION;
    }
    if (tree.kind(v) == SyntaxKind.LAMBDA) {
      return SixReference.Role.OVERRIDE; // a function infusion receives the old target
    }
    if (tree.kind(v) == SyntaxKind.BINARY && BinaryOp.of(tree.data(v)) == BinaryOp.UPDATE) {
      return SixReference.Role.USE;
    }
    if (tree.kind(v) != SyntaxKind.ATTRSET) {
      return SixReference.Role.DEFINITION;
    }
    SixReference.Role role = SixReference.Role.USE;
    for (int bind : binds(v)) {
      int first = tree.child(tree.child(bind, 0), 0);
      String key = first < 0 ? null : staticName(first);
      if (key != null && key.startsWith("__")) {
        if (DEFINING_SUGARS.contains(key)) {
          return SixReference.Role.DEFINITION;
        }
        role = SixReference.Role.OVERRIDE;
      }
    }
    return role;
  }

  /** After {@code targets.<path>.<sugar>}: the parameter {@code __input} changes, the attributes {@code __output} does. */
  private void sugar(String target, String sugar, int[] elements, int next, int value) {
    if (sugar.equals("__input")) {
      if (next < elements.length) {
        String param = staticName(elements[next]);
        if (param != null && !param.startsWith("__")) {
          add(SixReference.Kind.PARAMETER, SixReference.memberKey(target, text(param)), SixReference.Role.OVERRIDE,
              elements[next]);
        }
      } else {
        int v = unparen(value);
        if (v >= 0 && tree.kind(v) == SyntaxKind.ATTRSET) {
          for (int bind : binds(v)) {
            int first = tree.child(tree.child(bind, 0), 0);
            String param = first < 0 ? null : staticName(first);
            if (param != null && !param.startsWith("__")) {
              add(SixReference.Kind.PARAMETER, SixReference.memberKey(target, text(param)),
                  SixReference.Role.OVERRIDE, first);
            }
          }
        }
      }
    } else if (sugar.equals("__output")) {
      output(target, "", elements, next, value);
    }
  }

  private void output(String target, String path, int[] elements, int from, int value) {
    String current = path;
    for (int i = from; i < elements.length; i++) {
      String name = staticName(elements[i]);
      if (name == null || name.startsWith("__")) {
        return;
      }
      current = current.isEmpty() ? text(name) : current + "." + text(name);
      add(SixReference.Kind.OUTPUT, SixReference.memberKey(target, current), SixReference.Role.OVERRIDE, elements[i]);
    }
    int v = unparen(value);
    if (v >= 0 && tree.kind(v) == SyntaxKind.ATTRSET) {
      for (int bind : binds(v)) {
        output(target, current, tree.children(tree.child(bind, 0)), 0, tree.child(bind, 1));
      }
    }
  }

  /** A path literal without interpolation, resolved as Nix does (relative to the file, absolute as is). */
  private void path(int n) {
    StringBuilder literal = new StringBuilder();
    for (int part : tree.children(n)) {
      SyntaxKind kind = tree.kind(part);
      if (kind != SyntaxKind.PATH_HEAD && kind != SyntaxKind.STR_TEXT) {
        return;
      }
      literal.append(tree.string(part));
    }
    String written = text(literal.toString());
    try {
      Path target;
      if (written.startsWith("/")) {
        target = Path.of(written);
      } else if (!written.startsWith("~") && document != null && document.getParent() != null) {
        target = document.getParent().resolve(written);
      } else {
        return;
      }
      add(SixReference.Kind.FILE, target.normalize().toString(), SixReference.Role.USE, tree.start(n), tree.end(n));
    } catch (InvalidPathException e) {
      // not a path this system can name: nothing to navigate to
    }
  }

  /** A key with interpolation where a service or target name goes: its literal text, for rename's check. */
  private void dynamic(int element) {
    StringBuilder literal = new StringBuilder();
    collectText(element, literal);
    if (literal.length() > 0) {
      add(SixReference.Kind.DYNAMIC, text(literal.toString()), SixReference.Role.USE, tree.start(element),
          tree.end(element));
    }
  }

  /** The literal text of the strings under {@code node}, in order (without recursion: keys can nest deeply). */
  private void collectText(int node, StringBuilder into) {
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
    todo.push(node);
    while (!todo.isEmpty()) {
      int n = todo.pop();
      if (tree.kind(n) == SyntaxKind.STR_TEXT || tree.kind(n) == SyntaxKind.IND_TEXT) {
        into.append(tree.string(n));
        continue;
      }
      int[] children = tree.children(n);
      for (int i = children.length - 1; i >= 0; i--) {
        todo.push(children[i]);
      }
    }
  }

  private List<Integer> binds(int set) {
    List<Integer> binds = new ArrayList<>();
    for (int child : tree.children(set)) {
      if (tree.kind(child) == SyntaxKind.BIND && tree.child(child, 0) >= 0
          && tree.kind(tree.child(child, 0)) == SyntaxKind.ATTRPATH) {
        binds.add(child);
      }
    }
    return binds;
  }

  /** A name written as an identifier or a string without interpolation; null otherwise. */
  private String staticName(int element) {
    return AttributeNames.staticName(tree, element);
  }

  /** The text of a string literal without interpolation, or null. */
  private String literalString(int string) {
    StringBuilder text = new StringBuilder();
    for (int part : tree.children(string)) {
      if (tree.kind(part) != SyntaxKind.STR_TEXT) {
        return null;
      }
      text.append(tree.string(part));
    }
    return text.toString();
  }

  private int unparen(int node) {
    int n = node;
    while (n >= 0 && tree.kind(n) == SyntaxKind.PAREN) {
      n = tree.child(n, 0);
    }
    return n;
  }

  /** The span of an attribute name: an identifier, or the text inside a quoted name's quotes. */
  private void add(SixReference.Kind kind, String key, SixReference.Role role, int element) {
    if (tree.kind(element) == SyntaxKind.ATTR_STRING) {
      int string = tree.child(element, 0);
      add(kind, key, role, tree.start(string) + 1, tree.end(string) - 1);
    } else {
      add(kind, key, role, tree.start(element), tree.end(element));
    }
  }

  private void add(SixReference.Kind kind, String key, SixReference.Role role, int start, int end) {
    out.add(new SixReference(kind, key, role, new Span(start, Math.max(start, end))));
  }

  /** A name from the tree (one char per byte) as text. */
  private static String text(String bytewise) {
    return new String(bytewise.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }
}
