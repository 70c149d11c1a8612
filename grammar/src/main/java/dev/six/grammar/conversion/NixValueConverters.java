package dev.six.grammar.conversion;

import com.google.inject.Singleton;
import dev.six.grammar.lexer.Unescape;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.impl.AbstractDeclarativeValueConverterService;
import org.eclipse.xtext.nodemodel.INode;

/**
 * The values the Xtext model holds for Nix's tokens. String texts and indented-string escapes are
 * unescaped, as Nix does; every other token (numbers included) keeps its text, because Xtext's
 * default converters would turn {@code INT} into a Java int and reject Nix's 64-bit integers. Range
 * errors of numbers are reported when the model is lowered, like the index parser does.
 *
 * <p>A singleton: building the table of converters walks the whole grammar, and every resource
 * would otherwise build its own.
 */
@Singleton
public class NixValueConverters extends AbstractDeclarativeValueConverterService {

  @ValueConverter(rule = "STR_TEXT")
  public IValueConverter<String> strText() {
    return new IValueConverter<>() {
      @Override
      public String toValue(String string, INode node) {
        return Unescape.string(string.toCharArray(), 0, string.length());
      }

      @Override
      public String toString(String value) {
        return escapeString(value);
      }
    };
  }

  @ValueConverter(rule = "IND_ESCAPE")
  public IValueConverter<String> indEscape() {
    return new IValueConverter<>() {
      @Override
      public String toValue(String string, INode node) {
        return Unescape.indEscape(string.toCharArray(), 0, string.length());
      }

      @Override
      public String toString(String value) {
        return "''".equals(value) ? "'''" : "$".equals(value) ? "''$" : "''\\" + value;
      }
    };
  }

  /** The text of a {@code "string"} whose value is {@code value}. */
  static String escapeString(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"', '\\' -> out.append('\\').append(c);
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '$' -> out.append(i + 1 < value.length() && value.charAt(i + 1) == '{' ? "\\$" : "$");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
