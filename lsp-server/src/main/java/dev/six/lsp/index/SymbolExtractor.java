package dev.six.lsp.index;

import dev.six.grammar.desugar.NixExpr;
import dev.six.grammar.desugar.NixExprWalk;
import dev.six.grammar.desugar.SourceContext;
import dev.six.grammar.desugar.StaticCheck;
import dev.six.grammar.desugar.Symbol;
import dev.six.grammar.desugar.SymbolTable;
import dev.six.grammar.syntax.LineMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The definitions of one file for the workspace index: its attributes (with the attribute path
 * they sit under), {@code let} bindings, lambda formals, and the service a by-name
 * {@code service.nix} defines. Reads the index parser's tree, so no editor model is built; a
 * file that does not parse contributes what its recovered tree still holds.
 */
final class SymbolExtractor {
  private static final Pattern SERVICE = Pattern.compile("(?:^|/)by-name/[^/]+/([^/]+)/service\\.nix$");
  /** A generated file can define very many names; the index keeps the first ones. */
  private static final int MAX_SYMBOLS = 20_000;

  private SymbolExtractor() {}

  /** {@code text} is the file's bytes, one char each, as the grammar reads them. */
  static List<IndexedSymbol> extract(String file, char[] text) {
    StaticCheck.Outcome outcome = StaticCheck.parseAndCheck(text, text.length, file, new SymbolTable(),
        SourceContext.file(file, "/"));
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
        bindings(let.attrs(), container, IndexedSymbol.Kind.LET, file, lines, out, todo, false);
        todo.push(new Object[] {let.body(), container});
      } else if (e instanceof NixExpr.ExprAttrs attrs) {
        bindings(attrs, container, IndexedSymbol.Kind.ATTRIBUTE, file, lines, out, todo, true);
      } else if (e instanceof NixExpr.ExprLambda lambda) {
        if (lambda.formals() != null) {
          for (NixExpr.Formal f : lambda.formals().formals()) {
            out.add(symbol(f.name().name(), IndexedSymbol.Kind.FORMAL, container, file, lines, f.pos()));
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
      LineMap lines, List<IndexedSymbol> out, Deque<Object[]> todo, boolean nests) {
    for (Map.Entry<Symbol, NixExpr.AttrDef> a : attrs.attrs().entrySet()) {
      NixExpr.AttrDef def = a.getValue();
      String name = a.getKey().name();
      if (!def.inherited()) {
        out.add(symbol(name, kind, container, file, lines, def.pos()));
      }
      String inner = nests ? (container.isEmpty() ? name : container + "." + name) : container;
      todo.push(new Object[] {def.value(), inner});
    }
    for (NixExpr.DynamicAttrDef d : attrs.dynamicAttrs()) {
      todo.push(new Object[] {d.value(), container});
    }
  }

  private static IndexedSymbol symbol(String name, IndexedSymbol.Kind kind, String container, String file,
      LineMap lines, int pos) {
    return new IndexedSymbol(name, kind, container, file, lines.line(pos), lines.column(pos));
  }
}
