package dev.six.eval.formats.json;

import dev.six.eval.formats.FormatException;
import dev.six.eval.formats.NixStrings;
import dev.six.eval.formats.json.JsonLexer.Token;
import dev.six.eval.value.AttrsBuilder;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixBool;
import dev.six.eval.value.NixFloat;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixNull;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code builtins.fromJSON}: a JSON text to a Nix value, objects to sets (a repeated name keeps its
 * last value), arrays to lists, integers to integers (64-bit; larger positive numbers are an
 * error, larger negative ones become floats), other numbers to floats. It accepts exactly what
 * Nix's JSON library accepts and words every rejection as the library does, position included.
 * Nesting is handled with an explicit stack, so depth costs no Java stack.
 */
public final class JsonParser {
  private final JsonLexer lexer;
  private Token last = Token.UNINITIALIZED;
  /** The containers being filled, innermost first. */
  private final Deque<Container> open = new ArrayDeque<>();
  private Value result;

  private JsonParser(String text) {
    this.lexer = new JsonLexer(text);
  }

  /** The value of {@code text} (one char per byte), or a {@link FormatException} in Nix's words. */
  public static Value parse(String text) {
    JsonParser parser = new JsonParser(text);
    parser.document();
    return parser.result;
  }

  private Token next() {
    last = lexer.scan();
    return last;
  }

  /**
   * The whole text, as a loop over tokens rather than recursion: after each complete value, the
   * innermost open container decides whether a separator or its end comes next.
   */
  private void document() {
    next();
    boolean closed = false;
    while (true) {
      if (!closed && !value()) {
        continue;
      }
      closed = false;
      if (open.isEmpty()) {
        break;
      }
      if (open.peek() instanceof ListContainer) {
        if (next() == Token.VALUE_SEPARATOR) {
          next();
          continue;
        }
        if (last != Token.END_ARRAY) {
          throw syntaxError(Token.END_ARRAY, "array");
        }
      } else {
        if (next() == Token.VALUE_SEPARATOR) {
          next();
          memberName();
          continue;
        }
        if (last != Token.END_OBJECT) {
          throw syntaxError(Token.END_OBJECT, "object");
        }
      }
      deliver(open.pop().build());
      closed = true;
    }
    if (next() != Token.END_OF_INPUT) {
      throw syntaxError(Token.END_OF_INPUT, "value");
    }
  }

  /**
   * Handles the token that starts a value. Returns true when a value is complete, false when a
   * container was opened and its first element is the current token.
   */
  private boolean value() {
    switch (last) {
      case BEGIN_OBJECT -> {
        if (next() == Token.END_OBJECT) {
          deliver(NixAttrs.EMPTY);
          return true;
        }
        open.push(new ObjectContainer());
        memberName();
        return false;
      }
      case BEGIN_ARRAY -> {
        if (next() == Token.END_ARRAY) {
          deliver(NixList.EMPTY);
          return true;
        }
        open.push(new ListContainer());
        return false;
      }
      case VALUE_FLOAT -> {
        double d = Double.parseDouble(lexer.text());
        if (!Double.isFinite(d)) {
          throw new FormatException("[json.exception.out_of_range.406] number overflow parsing '" + lexer.lastRead() + "'");
        }
        deliver(new NixFloat(d));
      }
      case LITERAL_TRUE -> deliver(NixBool.TRUE);
      case LITERAL_FALSE -> deliver(NixBool.FALSE);
      case LITERAL_NULL -> deliver(NixNull.NULL);
      case VALUE_INTEGER -> deliver(NixInt.of(Long.parseLong(lexer.text())));
      case VALUE_UNSIGNED -> {
        long n = Long.parseUnsignedLong(lexer.text());
        if (n < 0) {
          throw new FormatException("unsigned json number " + Long.toUnsignedString(n) + " outside of Nix integer range");
        }
        deliver(NixInt.of(n));
      }
      case VALUE_STRING -> deliver(NixString.of(NixStrings.noNullBytes(lexer.text())));
      case PARSE_ERROR -> throw syntaxError(Token.UNINITIALIZED, "value");
      case END_OF_INPUT -> {
        if (lexer.charsRead() == 1) {
          throw new FormatException("[json.exception.parse_error.101] parse error " + lexer.position()
              + ": attempting to parse an empty input; check that your input string or stream contains the expected JSON");
        }
        throw syntaxError(Token.LITERAL_OR_VALUE, "value");
      }
      default -> throw syntaxError(Token.LITERAL_OR_VALUE, "value");
    }
    return true;
  }

  /** At a member of an object: its name, the colon, and the first token of its value. */
  private void memberName() {
    if (last != Token.VALUE_STRING) {
      throw syntaxError(Token.VALUE_STRING, "object key");
    }
    ((ObjectContainer) open.peek()).key = NixStrings.noNullBytes(lexer.text());
    if (next() != Token.NAME_SEPARATOR) {
      throw syntaxError(Token.NAME_SEPARATOR, "object separator");
    }
    next();
  }

  private void deliver(Value v) {
    if (open.isEmpty()) {
      result = v;
    } else {
      open.peek().add(v);
    }
  }

  private FormatException syntaxError(Token expected, String context) {
    StringBuilder message = new StringBuilder("[json.exception.parse_error.101] parse error ")
        .append(lexer.position()).append(": syntax error while parsing ").append(context).append(" - ");
    if (last == Token.PARSE_ERROR) {
      message.append(lexer.error()).append("; last read: '").append(lexer.lastRead()).append('\'');
    } else {
      message.append("unexpected ").append(last.description);
    }
    if (expected != Token.UNINITIALIZED) {
      message.append("; expected ").append(expected.description);
    }
    return new FormatException(message.toString());
  }

  /** An array or object being filled. */
  private abstract static class Container {
    abstract void add(Value v);

    abstract Value build();
  }

  private static final class ListContainer extends Container {
    private final List<Value> elements = new ArrayList<>();

    @Override
    void add(Value v) {
      elements.add(v);
    }

    @Override
    Value build() {
      return NixList.of(elements.toArray(new Value[0]));
    }
  }

  private static final class ObjectContainer extends Container {
    private final Map<String, Value> members = new LinkedHashMap<>();
    private String key;

    @Override
    void add(Value v) {
      members.put(key, v);
    }

    @Override
    Value build() {
      AttrsBuilder attrs = new AttrsBuilder(members.size());
      members.forEach(attrs::add);
      return attrs.build();
    }
  }
}
