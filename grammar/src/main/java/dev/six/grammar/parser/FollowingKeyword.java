package dev.six.grammar.parser;

import dev.six.grammar.lexer.TokenKind;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;

/**
 * Reads the grammar to find the keyword that must come after a rule call ({@code ';'} after
 * {@code value=Expr} in a binding), skipping optional parts, so that an error message can say what
 * was expected after an expression that ended early.
 */
final class FollowingKeyword {
  /** Returned when a mandatory part that is not a keyword comes next. */
  static final AbstractElement NOT_A_KEYWORD = org.eclipse.xtext.XtextFactory.eINSTANCE.createKeyword();

  private FollowingKeyword() {}

  /** The keyword after {@code call} in its rule, {@link #NOT_A_KEYWORD}, or null at the rule's end. */
  static AbstractElement after(RuleCall call) {
    EObject current = call;
    while (current.eContainer() instanceof AbstractElement) {
      AbstractElement container = (AbstractElement) current.eContainer();
      if (container instanceof Group) {
        List<AbstractElement> elements = ((Group) container).getElements();
        for (int i = elements.indexOf(current) + 1; i < elements.size(); i++) {
          AbstractElement next = elements.get(i);
          if (!GrammarUtil.isOptionalCardinality(next)) {
            return next instanceof Keyword ? next : NOT_A_KEYWORD;
          }
        }
      }
      current = container;
    }
    return null;
  }

  /** The token kind spelled by {@code keyword}, or null. */
  static TokenKind kind(Keyword keyword) {
    String name = "'" + keyword.getValue() + "'";
    for (TokenKind kind : TokenKind.values()) {
      if (name.equals(kind.xtextName())) {
        return kind;
      }
    }
    return null;
  }
}
