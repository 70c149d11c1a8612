package dev.six.eval.formats.toml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.six.eval.formats.FormatException;
import dev.six.eval.print.ValuePrinter;
import org.junit.jupiter.api.Test;

/**
 * Dates and times with Nix's {@code parse-toml-timestamps} experimental feature, which the
 * built-in cannot switch on yet (six's settings have no experimental features): the normal form of
 * each kind, as current Nix writes it (expected values from toml11 4 with Nix's normalisation).
 */
class TomlTimestampsTest {
  private static final String DOCUMENT = """
      odt = 1979-05-27T00:32:00.999999-07:00
      odt-space = 1979-05-27 07:32:00Z
      odt-zero = 2000-01-01t00:00:00+00:00
      odt-long = 1979-05-27T07:32:00.1234567891Z
      ldt = 1979-05-27T07:32:00.1
      ld = 1979-05-27
      lt = 07:32:00
      lt-micro = 00:32:00.1234
      lt-zero-fraction = 00:00:00.000
      """;

  @Test
  void timestampsBecomeTaggedSets() {
    String expected = "{ ld = { _type = \"timestamp\"; value = \"1979-05-27\"; }; "
        + "ldt = { _type = \"timestamp\"; value = \"1979-05-27T07:32:00.100\"; }; "
        + "lt = { _type = \"timestamp\"; value = \"07:32:00\"; }; "
        + "lt-micro = { _type = \"timestamp\"; value = \"00:32:00.123400\"; }; "
        + "lt-zero-fraction = { _type = \"timestamp\"; value = \"00:00:00\"; }; "
        + "odt = { _type = \"timestamp\"; value = \"1979-05-27T00:32:00.999999-07:00\"; }; "
        + "odt-long = { _type = \"timestamp\"; value = \"1979-05-27T07:32:00.123456789Z\"; }; "
        + "odt-space = { _type = \"timestamp\"; value = \"1979-05-27T07:32:00Z\"; }; "
        + "odt-zero = { _type = \"timestamp\"; value = \"2000-01-01T00:00:00Z\"; }; }";
    assertEquals(expected, ValuePrinter.print(null, TomlParser.parse(DOCUMENT, true), false));
  }

  @Test
  void withoutTheFeatureTimestampsAreAnError() {
    FormatException e = assertThrows(FormatException.class, () -> TomlParser.parse("ld = 1979-05-27", false));
    assertEquals("Dates and times are not supported", e.getMessage());
  }
}
