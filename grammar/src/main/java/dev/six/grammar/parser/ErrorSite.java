package dev.six.grammar.parser;

import dev.six.grammar.parser.antlr.NixTokenSource;

import dev.six.grammar.lexer.TokenKind;
import dev.six.grammar.parse.TokenDescriber;
import dev.six.grammar.parser.antlr.TokenTypes;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

/**
 * The facts a syntax error message is made of, read off ANTLR's exception and Xtext's node model
 * in our terms: the token found, the one before it, the token ANTLR expected (if it knew a single
 * one) and the grammar rule being parsed, with the part of the tree parsed so far.
 */
final class ErrorSite {
  final TokenKind found;
  final String foundText;
  final int foundStart;
  final int foundEnd;
  /** The significant token before the one found, or null at the start of the file. */
  final TokenKind previous;
  final String previousText;
  /**
   * Which token of a choice ANTLR failed on: 1 when the found token could not start any
   * alternative, 2 or more when it looked further ahead from a first token it had not consumed.
   */
  final int lookahead;
  /** The first token of that choice (the found token when {@code lookahead} is 1). */
  final TokenKind choiceStart;
  /** The single token ANTLR expected, or null when any of several would have done. */
  final TokenKind expected;
  /** The name of the grammar rule being parsed, or "" when unknown. */
  final String rule;
  /** That rule's node so far, or null. */
  final INode node;
  /** The model object being built, or null. */
  final EObject context;

  private ErrorSite(ErrorSite site, TokenKind expected, String rule, INode node) {
    this.found = site.found;
    this.foundText = site.foundText;
    this.foundStart = site.foundStart;
    this.foundEnd = site.foundEnd;
    this.previous = site.previous;
    this.previousText = site.previousText;
    this.lookahead = site.lookahead;
    this.choiceStart = site.choiceStart;
    this.expected = expected;
    this.rule = rule;
    this.node = node;
    this.context = node == null ? null : node.getSemanticElement();
  }

  private ErrorSite(Token token, int start, int end, Token before, int lookahead, TokenKind choiceStart,
      RecognitionException e, INode node, EObject context, TokenTypes types) {
    this.found = types.kind(token.getType());
    this.foundText = token.getType() == Token.EOF ? "" : token.getText();
    this.foundStart = start;
    this.foundEnd = end;
    this.previous = before == null ? null : types.kind(before.getType());
    this.previousText = before == null ? null : before.getText();
    this.lookahead = lookahead;
    this.choiceStart = choiceStart;
    this.expected = e instanceof MismatchedTokenException ? types.kind(((MismatchedTokenException) e).expecting) : null;
    this.rule = ruleName(node);
    this.node = node;
    this.context = context;
  }

  static ErrorSite of(RecognitionException e, INode node, EObject context, TokenTypes types) {
    TokenStream tokens = (TokenStream) e.input;
    Token token = e.token != null ? e.token : tokens.LT(1);
    int start;
    int end;
    int index;
    if (token.getType() == Token.EOF) {
      // ANTLR's end-of-file token may be a shared constant without a position; the end of input
      // is where our token source placed it (where Nix reports it).
      index = tokens.size();
      if (tokens.getTokenSource() instanceof NixTokenSource source && source.endOfInputOffset() >= 0) {
        start = source.endOfInputOffset();
      } else {
        start = index == 0 ? 0 : ((CommonToken) tokens.get(index - 1)).getStopIndex() + 1;
      }
      end = start;
    } else {
      // Our token source makes only CommonTokens, which know their offsets.
      index = token.getTokenIndex();
      start = ((CommonToken) token).getStartIndex();
      end = ((CommonToken) token).getStopIndex() + 1;
    }
    Token before = significantBefore(tokens, index, types);
    TokenKind choiceStart = types.kind(tokens.LT(1).getType());
    return new ErrorSite(
        token, start, end, before, lookahead(tokens, index, types), choiceStart, e, node, context, types);
  }

  /** After a failed prediction ANTLR has rewound the stream to where the choice began. */
  private static int lookahead(TokenStream tokens, int index, TokenTypes types) {
    int k = 1;
    for (int i = tokens.index(); i < index; i++) {
      if (!types.kind(tokens.get(i).getType()).isTrivia()) {
        k++;
      }
    }
    return k;
  }

  private static Token significantBefore(TokenStream tokens, int index, TokenTypes types) {
    for (int i = index - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (!types.kind(t.getType()).isTrivia()) {
        return t;
      }
    }
    return null;
  }

  private static String ruleName(INode node) {
    EObject element = node == null ? null : node.getGrammarElement();
    if (element instanceof RuleCall) {
      return ((RuleCall) element).getRule().getName();
    }
    if (element instanceof AbstractRule) {
      return ((AbstractRule) element).getName();
    }
    if (element instanceof AbstractElement) {
      return GrammarUtil.containingRule(element).getName();
    }
    return "";
  }

  /**
   * This error seen from the rule that called the one being parsed: the keyword that rule expects
   * after the call (';' after a binding's value, ')' after a parenthesised expression), or the end
   * of file at the top. Null when what follows is not a single keyword.
   *
   * <p>ANTLR chooses between a function and an operator expression by looking two tokens ahead; a
   * second token that cannot follow any expression fails that choice before anything is parsed,
   * where the index parser would have taken the first token as the whole expression and then
   * missed what comes after it. This lets both say the same.
   */
  ErrorSite asSeenByCaller() {
    INode call = node;
    while (call != null) {
      while (call != null && call.getGrammarElement() instanceof Action) {
        call = call.getParent();
      }
      if (call == null || !(call.getGrammarElement() instanceof RuleCall)) {
        return new ErrorSite(this, TokenKind.EOF, "", call);
      }
      AbstractElement next = FollowingKeyword.after((RuleCall) call.getGrammarElement());
      if (next == FollowingKeyword.NOT_A_KEYWORD) {
        return null;
      }
      INode caller = call.getParent();
      if (next != null) {
        TokenKind kind = FollowingKeyword.kind((Keyword) next);
        return kind == null ? null : new ErrorSite(this, kind, GrammarUtil.containingRule(next).getName(), caller);
      }
      call = caller;
    }
    return null;
  }

  /** The found token as a person reads it: {@code ')'}, {@code end of file}. */
  String found() {
    return TokenDescriber.describe(found, foundText);
  }

  String previous() {
    return TokenDescriber.describe(previous, previousText);
  }

  boolean foundEndOfFile() {
    return found == TokenKind.EOF;
  }

  /** Offset of the first token spelled {@code token} in the rule's node, or of the node itself. */
  int offsetOf(String token) {
    if (node == null) {
      return foundStart;
    }
    for (ILeafNode leaf : node.getLeafNodes()) {
      if (!leaf.isHidden() && token.equals(leaf.getText())) {
        return leaf.getOffset();
      }
    }
    return node.getOffset();
  }

  /**
   * "line:column" of the first {@code token} in the rule's node, as the index parser prints it
   * (Xtext counts lines and columns as {@link dev.six.grammar.syntax.LineMap} does, and keeps its
   * line breaks in the root node, so this costs no pass over the text).
   */
  String positionOf(String token) {
    if (node == null) {
      return "1:1";
    }
    LineAndColumn position = NodeModelUtils.getLineAndColumn(node, offsetOf(token));
    return position.getLine() + ":" + position.getColumn();
  }

  /** The source text from {@code start} to {@code end}. */
  String text(int start, int end) {
    return node == null ? "" : node.getRootNode().getText().substring(start, end);
  }
}
