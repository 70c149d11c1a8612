package dev.six.grammar.parser.antlr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.grammar.diagnostic.DiagnosticKind;
import dev.six.grammar.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.junit.jupiter.api.Test;

/** What the generated parser receives from {@link NixTokenSource}: types, offsets, lines, EOF. */
class NixTokenSourceTest {
  private static final TokenTypes TYPES = TokenTypes.runtime();

  private static List<CommonToken> tokens(NixCharStream input) {
    NixTokenSource source = new NixTokenSource(input, TYPES);
    List<CommonToken> tokens = new ArrayList<>();
    for (Token t = source.nextToken(); ; t = source.nextToken()) {
      tokens.add((CommonToken) t);
      if (t.getType() == Token.EOF) {
        return tokens;
      }
    }
  }

  private static String describe(CommonToken t) {
    return TYPES.kind(t.getType()) + "@" + t.getStartIndex() + ".." + t.getStopIndex() + ":" + t.getLine() + ":"
        + t.getCharPositionInLine();
  }

  @Test
  void everyCharacterBelongsToOneTokenAndPositionsFollowLines() {
    List<String> described = new ArrayList<>();
    for (CommonToken t : tokens(new NixCharStream("let a = \"x${b}\";\n  # c\nin a"))) {
      described.add(describe(t));
    }
    assertEquals(List.of(
        "LET@0..2:1:0", "WS@3..3:1:3", "ID@4..4:1:4", "WS@5..5:1:5", "ASSIGN@6..6:1:6", "WS@7..7:1:7",
        "STR_OPEN@8..8:1:8", "STR_TEXT@9..9:1:9", "DOLLAR_CURLY@10..11:1:10", "ID@12..12:1:12",
        "RBRACE@13..13:1:13", "STR_CLOSE@14..14:1:14", "SEMI@15..15:1:15", "WS@16..18:1:16",
        "LINE_COMMENT@19..21:2:2", "WS@22..22:2:5", "IN@23..24:3:0", "WS@25..25:3:2", "ID@26..26:3:3",
        // The end of input stands where Nix reports it: at the start of the last token.
        "EOF@26..25:3:3"), described);
  }

  @Test
  void typesComeFromTheTokensFileByName() {
    assertEquals(TokenKind.ID, TYPES.kind(TYPES.type(TokenKind.ID)));
    assertEquals(TokenKind.PATH_INTERP, TYPES.kind(TYPES.type(TokenKind.PATH_INTERP)));
    assertEquals(Token.EOF, TYPES.type(TokenKind.EOF));
    assertTrue(TYPES.type(TokenKind.LBRACE) > 0);
  }

  @Test
  void aCharacterNixHasNoUseForIsAnInvalidToken() {
    List<CommonToken> tokens = tokens(new NixCharStream("%"));
    assertEquals(Token.INVALID_TOKEN_TYPE, tokens.get(0).getType());
    assertEquals(Token.EOF, tokens.get(1).getType());
  }

  @Test
  void lexerDiagnosticsReachTheCharStream() {
    NixCharStream input = new NixCharStream("./a/");
    tokens(input);
    assertEquals(1, input.lexerDiagnostics().size());
    assertEquals(DiagnosticKind.PATH_TRAILING_SLASH, input.lexerDiagnostics().get(0).kind());
  }
}
