package dev.six.lsp.index;

import dev.six.grammar.desugar.NixExpr;
import dev.six.grammar.desugar.NixExprWalk;
import dev.six.grammar.desugar.SourceContext;
import dev.six.grammar.desugar.StaticCheck;
import dev.six.grammar.desugar.Symbol;
import dev.six.grammar.desugar.SymbolTable;
import dev.six.grammar.parse.IndexParser;
import dev.six.grammar.parse.ParseResult;
import dev.six.grammar.syntax.LineMap;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTree;
import dev.six.lsp.ide.SixReference;
import dev.six.lsp.ide.SixReferences;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one file contributes to the workspace index: its definitions (attributes with the attribute
 * path they sit under, {@code let} bindings, lambda formals with their defaults, the service a
 * by-name {@code service.nix} defines) and its {@link SixReference}s (services, targets, parameters,
 * packages, files). Reads the index parser's tree, parsed once for both, so no editor model is
 * built; a file that does not parse contributes what its recovered tree still holds.
 */
final class SymbolExtractor {
  private static final Pattern SERVICE = Pattern.compile("(?:^|/)by-name/[^/]+/([^/]+)/service\\.nix$");
  /** A generated file can define very many names; the index keeps the first ones. */
  private static final int MAX_SYMBOLS = 20_000;
  /** References are kept further: all-packages.nix alone writes some 15,000 path literals. */
  private static final int MAX_REFERENCES = 100_000;

  private SymbolExtractor() {}

  /** A file's definitions and references. */
  record Extraction(List<IndexedSymbol> symbols, List<SixReference> references) {}

  /** The longest default shown for a formal. */
  private static final int MAX_DETAIL = 80;

  /** {@code text} is the file's bytes, one char each, as the grammar reads them. */
  static Extraction extract(String file, char[] text) {
    ParseResult parse = IndexParser.parse(text, text.length);
    SymbolTable table = new SymbolTable();
    table.create(file);
    StaticCheck.Outcome outcome = StaticCheck.run(parse, table, SourceContext.file(file, "/"));
    List<SixReference> references;
    try {
      references = SixReferences.of(parse.tree(), Path.of(file));
      if (references.size() > MAX_REFERENCES) {
        references = references.subList(0, MAX_REFERENCES);
      }
    } catch (InvalidPathException e) {
      references = List.of();
    }
    SyntaxTree tree = parse.tree();
    return new Extraction(symbols(file, text, outcome, defaults(tree, text), attributeNames(tree)), references);
  }

  /**
   * Where each attribute name is written, by the start of the binding that writes it: Nix places a
   * nested definition ({@code after} in {@code passthru.after = …}) at the start of its binding.
   */
  private static Map<Integer, List<int[]>> attributeNames(SyntaxTree tree) {
    Map<Integer, List<int[]>> names = new HashMap<>();
    for (int n = 0; n < tree.nodeCount(); n++) {
      if (tree.kind(n) != SyntaxKind.ATTRPATH || tree.childCount(n) < 2) {
        continue;
      }
      List<int[]> spans = new ArrayList<>();
      for (int element : tree.children(n)) {
        spans.add(new int[] {tree.start(element), tree.end(element)});
      }
      names.put(tree.start(n), spans);
    }
    return names;
  }

  /** The source of each formal's default, by the formal's offset. */
  private static Map<Integer, String> defaults(SyntaxTree tree, char[] text) {
    Map<Integer, String> defaults = new HashMap<>();
    for (int n = 0; n < tree.nodeCount(); n++) {
      if (tree.kind(n) == SyntaxKind.FORMAL && tree.childCount(n) > 0) {
        int d = tree.child(n, 0);
        String source = new String(text, tree.start(d), tree.end(d) - tree.start(d)).replaceAll("\\s+", " ");
        source = new String(source.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        defaults.put(tree.start(n), source.length() > MAX_DETAIL ? source.substring(0, MAX_DETAIL) + "…" : source);
      }
    }
    return defaults;
  }

  private static List<IndexedSymbol> symbols(String file, char[] text, StaticCheck.Outcome outcome,
      Map<Integer, String> defaults, Map<Integer, List<int[]>> attributeNames) {
    LineMap lines = LineMap.of(text, text.length);
    List<IndexedSymbol> out = new ArrayList<>();
    Matcher service = SERVICE.matcher(file);
    if (service.find()) {
      out.add(new IndexedSymbol(service.group(1), IndexedSymbol.Kind.SERVICE, "", file, 1, 1));
    }
    Deque<Object[]> todo = new ArrayDeque<>(); // {expression, container}
    todo.push(new Object[] {outcome.expr(), ""});
    while (!todo.isEmpty() && out.size() < MAX_SYMBOLS) {
      Object[] item = todo.pop();
      NixExpr e = (NixExpr) item[0];
      String container = (String) item[1];
      if (e instanceof NixExpr.ExprLet let) {
        bindings(let.attrs(), container, IndexedSymbol.Kind.LET, file, lines, out, todo, false, text, attributeNames);
        todo.push(new Object[] {let.body(), container});
      } else if (e instanceof NixExpr.ExprAttrs attrs) {
        bindings(attrs, container, IndexedSymbol.Kind.ATTRIBUTE, file, lines, out, todo, true, text, attributeNames);
      } else if (e instanceof NixExpr.ExprLambda lambda) {
        if (lambda.formals() != null) {
          for (NixExpr.Formal f : lambda.formals().formals()) {
            String name = f.name().name();
            out.add(new IndexedSymbol(name, IndexedSymbol.Kind.FORMAL, container, file, lines.line(f.pos()),
                lines.column(f.pos()), f.pos(), f.pos() + name.length(), defaults.getOrDefault(f.pos(), "")));
            if (f.fallback() != null) {
              todo.push(new Object[] {f.fallback(), container});
            }
          }
        }
        todo.push(new Object[] {lambda.body(), container});
      } else {
        for (NixExpr child : NixExprWalk.children(e)) {
          todo.push(new Object[] {child, container});
        }
      }
    }
    return out;
  }

  private static void bindings(NixExpr.ExprAttrs attrs, String container, IndexedSymbol.Kind kind, String file,
      LineMap lines, List<IndexedSymbol> out, Deque<Object[]> todo, boolean nests, char[] text,
      Map<Integer, List<int[]>> attributeNames) {
    for (Map.Entry<Symbol, NixExpr.AttrDef> a : attrs.attrs().entrySet()) {
      NixExpr.AttrDef def = a.getValue();
      String name = a.getKey().name();
      if (!def.inherited()) {
        out.add(symbol(name, kind, container, file, lines, namePosition(def.pos(), name, text, attributeNames)));
      }
      String inner = nests ? (container.isEmpty() ? name : container + "." + name) : container;
      todo.push(new Object[] {def.value(), inner});
    }
    for (NixExpr.DynamicAttrDef d : attrs.dynamicAttrs()) {
      todo.push(new Object[] {d.value(), container});
    }
  }

  /** The offset of {@code name} in the binding at {@code pos}: its last element written so, else {@code pos}. */
  private static int namePosition(int pos, String name, char[] text, Map<Integer, List<int[]>> attributeNames) {
    List<int[]> spans = attributeNames.get(pos);
    if (spans == null) {
      return pos;
    }
    for (int i = spans.size() - 1; i >= 0; i--) {
      int[] span = spans.get(i);
      if (span[1] - span[0] == name.length() && new String(text, span[0], name.length()).equals(name)) {
        return span[0];
      }
    }
    return pos;
  }

  private static IndexedSymbol symbol(String name, IndexedSymbol.Kind kind, String container, String file,
      LineMap lines, int pos) {
    return new IndexedSymbol(name, kind, container, file, lines.line(pos), lines.column(pos), pos,
        pos + name.length(), "");
  }
}
