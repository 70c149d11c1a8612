package dev.six.grammar.parser;

import dev.six.grammar.diagnostic.DiagnosticKind;
import dev.six.grammar.lexer.TokenKind;
import dev.six.grammar.nix.AttrBinding;
import dev.six.grammar.nix.AttrPath;
import dev.six.grammar.parse.TokenDescriber;
import java.util.Set;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Words a syntax error the way {@link dev.six.grammar.parse.IndexParser} words the same situation:
 * what was expected, in the user's terms and after what, then what was found. ANTLR tells us the
 * one token it expected (or that several would do); the grammar rule being parsed says what that
 * token was for.
 */
final class SyntaxErrorPhrases {
  /** Rules whose every alternative is an expression. */
  private static final Set<String> EXPRESSION_RULES = Set.of(
      "Expr", "Function", "Pipe", "PipeFrom", "Implication", "Or", "And", "Equality", "Comparison",
      "Update", "NotLevel", "Additive", "MultiplicativeOrNot", "Multiplicative", "ConcatOrNot",
      "Concat", "HasAttr", "Negation", "NegationOperand", "Application", "Select", "Primary");

  private SyntaxErrorPhrases() {}

  static SyntaxErrorPhrase of(ErrorSite site) {
    if (site.expected == TokenKind.STR_CLOSE && site.foundEndOfFile()) {
      return unterminated(site, "'\"'", "string", 1, "\"");
    }
    if (site.expected == TokenKind.IND_CLOSE && site.foundEndOfFile()) {
      return unterminated(site, "\"''\"", "indented string", 2, "''");
    }
    String message = site.expected != null ? expectedToken(site) : noSingleExpectation(site);
    DiagnosticKind kind =
        site.found == TokenKind.INVALID ? DiagnosticKind.INVALID_CHARACTER : DiagnosticKind.SYNTAX_ERROR;
    return new SyntaxErrorPhrase(kind, message, site.foundStart, site.foundEnd);
  }

  /** A string still open at the end of the file: reported where Nix reports it, naming its opening. */
  private static SyntaxErrorPhrase unterminated(ErrorSite site, String closer, String what, int width, String opener) {
    return new SyntaxErrorPhrase(DiagnosticKind.UNTERMINATED_STRING,
        "unterminated " + what + ": the " + closer + " at " + site.positionOf(opener) + " is never closed",
        site.foundStart, site.foundStart);
  }

  private static String expectedToken(ErrorSite site) {
    String found = ", found " + site.found();
    String chain = endsExpressionEarly(site) ? chainMessage(site.found) : null;
    if (chain != null) {
      return chain;
    }
    return switch (site.expected) {
      case EOF -> "unexpected " + site.found() + " after the end of the expression";
      case SEMI -> semicolon(site) + found;
      case ASSIGN -> "expected '=' after the attribute name '" + attrName(site) + "'" + found;
      case COLON -> "expected ':' after the function's formal parameters" + found;
      case IN -> site.foundEndOfFile()
          ? "expected 'in' after the bindings of 'let'" + found
          : "expected an attribute name, 'inherit' or 'in'" + found;
      case THEN -> "expected 'then' after the condition of 'if'" + found;
      case ELSE -> "expected 'else': every 'if' needs one" + found;
      case RPAREN -> "expected ')' to close the '(' at " + site.positionOf("(") + found;
      case RBRACKET -> site.foundEndOfFile()
          ? "expected ']' to close the '[' at " + site.positionOf("[") + found
          : "expected a list element or ']'" + found
              + (startsOperator(site.found) ? " (put operator expressions in parentheses)" : "");
      case LBRACE -> "expected '{' after " + (site.previous != null ? site.previous() : "'rec'") + found;
      case RBRACE -> closingBrace(site) + found;
      case ID -> "expected a name after " + (site.previous != null ? site.previous() : "'@'") + found;
      default -> "expected " + describe(site.expected) + found;
    };
  }

  private static String semicolon(ErrorSite site) {
    return switch (site.rule) {
      case "AttrBinding" -> "expected ';' after the value of attribute '" + attrName(site) + "'";
      case "Inherit" -> "expected ';' after 'inherit'";
      default -> "assert".equals(firstTokenText(site.node))
          ? "expected ';' after the condition of the assertion"
          : "expected ';' after the scope of the 'with' expression";
    };
  }

  private static String closingBrace(ErrorSite site) {
    switch (site.rule) {
      case "Formals":
        if (site.previous == TokenKind.ELLIPSIS) {
          return "expected '}' after '...'";
        }
        if (site.previous == TokenKind.LBRACE || site.previous == TokenKind.COMMA) {
          return "expected a formal parameter, '...' or '}'";
        }
        return "expected ',' or '}' after a formal parameter";
      case "Primary":
        return site.foundEndOfFile()
            ? "expected '}' to close the '{' at " + site.positionOf("{")
            : "expected an attribute name, 'inherit' or '}'";
      default:
        return "expected '}' to close the '${' at " + site.positionOf("${");
    }
  }

  private static String noSingleExpectation(ErrorSite site) {
    String found = site.found();
    if (EXPRESSION_RULES.contains(site.rule)) {
      if (site.previous == null) {
        return site.foundEndOfFile()
            ? "unexpected end of file, expected an expression"
            : "expected an expression, found " + found;
      }
      if (site.lookahead > 1) {
        return failedLookahead(site);
      }
      if (site.previous == TokenKind.OR_KW) {
        return "expected a default value after 'or', found " + found;
      }
      return "expected an expression after " + site.previous() + ", found " + found;
    }
    return switch (site.rule) {
      case "AttrPath", "AttrName", "AttrId" -> "expected an attribute name"
          + (site.previous != null ? " after " + site.previous() : "") + ", found " + found;
      case "Binding", "AttrBinding", "Inherit" -> "expected an attribute name, 'inherit' or '}', found " + found;
      case "Formals", "Formal" -> "expected a formal parameter, '...' or '}', found " + found;
      default -> "unexpected " + found;
    };
  }

  /**
   * ANTLR looked past the first token to choose an alternative (a function or an attribute set
   * after '{', a function or an operator expression after a name) and no alternative fits. Says
   * what the index parser says, which decides the same way and then misses the token found.
   */
  private static String failedLookahead(ErrorSite site) {
    String found = ", found " + site.found();
    if (site.choiceStart == TokenKind.LBRACE && site.lookahead == 2) {
      return "expected an attribute name, 'inherit' or '}'" + found;
    }
    if (site.choiceStart == TokenKind.LBRACE && site.lookahead == 3
        && (site.previous == TokenKind.ID || site.previous == TokenKind.OR_KW)) {
      return "expected '=' after the attribute name '" + site.previousText + "'" + found;
    }
    if (site.choiceStart == TokenKind.LET && site.lookahead == 2) {
      return "expected an attribute name, 'inherit' or 'in'" + found;
    }
    if (endsExpression(site.previous)) {
      // The expression was complete before the token found, which can follow none.
      ErrorSite caller = site.asSeenByCaller();
      if (caller != null) {
        return expectedToken(caller);
      }
    }
    return "unexpected " + site.found();
  }

  /**
   * Whether ANTLR stopped at a token that could only have continued the expression just parsed:
   * then the expression is complete, and an operator found here is one that does not chain.
   */
  private static boolean endsExpressionEarly(ErrorSite site) {
    if (site.previous == null || !endsExpression(site.previous)) {
      return false;
    }
    return switch (site.expected) {
      case EOF, THEN, ELSE -> true;
      case SEMI -> !site.rule.equals("Inherit");
      case RPAREN, RBRACE -> Set.of("Primary", "Interp", "PathPart", "AttrName").contains(site.rule);
      default -> false;
    };
  }

  private static String chainMessage(TokenKind found) {
    return switch (found) {
      case EQ, NEQ -> "'==' and '!=' do not chain: add parentheses";
      case LT, GT, LEQ, GEQ -> "comparisons do not chain: add parentheses";
      case QUESTION -> "'?' does not chain: add parentheses";
      case PIPE_INTO, PIPE_FROM -> "'<|' and '|>' cannot be mixed without parentheses";
      default -> null;
    };
  }

  /** Tokens an expression can end with. */
  private static boolean endsExpression(TokenKind kind) {
    return switch (kind) {
      case ID, INT, FLOAT, STR_CLOSE, IND_CLOSE, PATH, HPATH, PATH_TEXT, SPATH, URI, RPAREN, RBRACE, RBRACKET, OR_KW ->
          true;
      default -> false;
    };
  }

  /** Tokens that start an expression but not a list element. */
  private static boolean startsOperator(TokenKind kind) {
    return switch (kind) {
      case BANG, MINUS, ASSERT, WITH, LET, IF -> true;
      default -> false;
    };
  }

  private static String firstTokenText(INode node) {
    if (node != null) {
      for (ILeafNode leaf : node.getLeafNodes()) {
        if (!leaf.isHidden()) {
          return leaf.getText();
        }
      }
    }
    return "";
  }

  /** The attribute path of the binding being parsed, as written. */
  private static String attrName(ErrorSite site) {
    if (site.context instanceof AttrBinding) {
      AttrPath path = ((AttrBinding) site.context).getPath();
      INode node = path == null ? null : NodeModelUtils.getNode(path);
      if (node != null) {
        return site.text(node.getOffset(), node.getEndOffset());
      }
    }
    return site.previousText == null ? "" : site.previousText;
  }

  /** A token kind named in an expectation: its spelling, or what it is. */
  private static String describe(TokenKind kind) {
    String name = kind.xtextName();
    if (name != null && name.startsWith("'")) {
      return name;
    }
    return switch (kind) {
      case EOF -> "end of file";
      case ID -> "a name";
      case STR_OPEN, STR_CLOSE, IND_OPEN, IND_CLOSE -> TokenDescriber.describe(kind, "");
      default -> "a " + kind.name().toLowerCase().replace('_', ' ');
    };
  }
}
