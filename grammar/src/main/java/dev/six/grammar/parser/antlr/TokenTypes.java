package dev.six.grammar.parser.antlr;

import dev.six.grammar.lexer.TokenKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.antlr.runtime.Token;

/**
 * The ANTLR token type of every {@link TokenKind}, read by name from a generated {@code .tokens}
 * file: the ids change whenever the grammar changes, and the content-assist parser has its own
 * file, so they must never be hard-coded.
 */
public final class TokenTypes {
  private static volatile TokenTypes runtime;

  private final int[] typeOfKind;
  private final TokenKind[] kindOfType;

  private TokenTypes(int[] typeOfKind, TokenKind[] kindOfType) {
    this.typeOfKind = typeOfKind;
    this.kindOfType = kindOfType;
  }

  /** The types of the runtime parser ({@code InternalNixParser.tokens}), loaded once. */
  public static TokenTypes runtime() {
    TokenTypes result = runtime;
    if (result == null) {
      try (InputStream in = new NixAntlrTokenFileProvider().getAntlrTokenFile()) {
        result = read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      runtime = result;
    }
    return result;
  }

  /** Reads a {@code .tokens} file ({@code name=id} lines); fails if a token kind is missing. */
  public static TokenTypes read(InputStream tokensFile) throws IOException {
    if (tokensFile == null) {
      throw new IOException("the .tokens resource is missing from the classpath");
    }
    Map<String, Integer> ids = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(tokensFile, StandardCharsets.UTF_8));
    int maxType = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      int eq = line.lastIndexOf('=');
      if (eq > 0) {
        int id = Integer.parseInt(line.substring(eq + 1).trim());
        ids.put(line.substring(0, eq), id);
        maxType = Math.max(maxType, id);
      }
    }
    TokenKind[] kinds = TokenKind.values();
    int[] typeOfKind = new int[kinds.length];
    TokenKind[] kindOfType = new TokenKind[maxType + 1];
    for (TokenKind kind : kinds) {
      typeOfKind[kind.ordinal()] = typeFor(kind, ids);
      if (kind.xtextName() != null) {
        kindOfType[typeOfKind[kind.ordinal()]] = kind;
      }
    }
    return new TokenTypes(typeOfKind, kindOfType);
  }

  private static int typeFor(TokenKind kind, Map<String, Integer> ids) throws IOException {
    if (kind == TokenKind.EOF) {
      return Token.EOF;
    }
    if (kind == TokenKind.INVALID) {
      // No grammar rule matches it, so the parser reports a syntax error where it stands.
      return Token.INVALID_TOKEN_TYPE;
    }
    Integer id = ids.get(kind.xtextName());
    if (id == null) {
      throw new IOException("the .tokens file has no " + kind.xtextName() + " for " + kind);
    }
    return id;
  }

  /** The ANTLR type to give a token of {@code kind}. */
  public int type(TokenKind kind) {
    return typeOfKind[kind.ordinal()];
  }

  /** The kind of an ANTLR token type: EOF and INVALID for the two types without a name. */
  public TokenKind kind(int type) {
    if (type == Token.EOF) {
      return TokenKind.EOF;
    }
    if (type <= 0 || type >= kindOfType.length || kindOfType[type] == null) {
      return TokenKind.INVALID;
    }
    return kindOfType[type];
  }
}
