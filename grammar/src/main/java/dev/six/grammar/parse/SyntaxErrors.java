package dev.six.grammar.parse;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.diagnostic.DiagnosticKind;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.IParseResult;

/**
 * Xtext's syntax errors as our {@link Diagnostic}s. Our message provider files each error under a
 * {@link DiagnosticKind} code and the range of the offending token; errors from elsewhere fall back
 * to the range of the node Xtext attached them to.
 */
final class SyntaxErrors {
  private SyntaxErrors() {}

  static List<Diagnostic> of(IParseResult parsed) {
    List<Diagnostic> result = new ArrayList<>();
    for (INode node : parsed.getSyntaxErrors()) {
      SyntaxErrorMessage error = node.getSyntaxErrorMessage();
      String[] data = error.getIssueData();
      int start = node.getOffset();
      int end = node.getEndOffset();
      if (data != null && data.length == 2) {
        start = Integer.parseInt(data[0]);
        end = Integer.parseInt(data[1]);
      }
      Diagnostic diagnostic =
          Diagnostic.of(start, Math.max(start, end), kind(error.getIssueCode()), error.getMessage());
      // One error per token, as the index parser reports: ANTLR's recovery can report a token twice
      // (an invalid character: by the rule that met it and again as a node-model leaf).
      if (result.isEmpty() || result.get(result.size() - 1).start() != diagnostic.start()) {
        result.add(diagnostic);
      }
    }
    return result;
  }

  private static DiagnosticKind kind(String code) {
    for (DiagnosticKind kind : DiagnosticKind.values()) {
      if (kind.code().equals(code)) {
        return kind;
      }
    }
    return DiagnosticKind.SYNTAX_ERROR;
  }
}
