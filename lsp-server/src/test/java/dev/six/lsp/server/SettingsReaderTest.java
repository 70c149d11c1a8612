package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import dev.six.lsp.eval.Settings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shapes editors send settings in, and what a mistyped value leaves. */
class SettingsReaderTest {
  @Test
  void nestedSectionAsWorkspaceConfigurationAnswers() {
    Settings s = read("{\"evaluation\": {\"roots\": [\"site\", \"hosts/a.nix\"], \"enable\": false, \"timeLimit\": 2.5},"
        + " \"nixPath\": [\"nixpkgs=../nixpkgs\"], \"diagnostics\": {\"delay\": 40}}");
    assertEquals(new Settings(List.of("site", "hosts/a.nix"), List.of("nixpkgs=../nixpkgs"), false,
        Duration.ofMillis(2500), 40), s);
  }

  @Test
  void wrappedInSixAndDottedKeys() {
    Settings s = read("{\"six\": {\"evaluation.roots\": \"site\", \"evaluation.enable\": true}}");
    assertEquals(Settings.DEFAULTS.withRoots(List.of("site")), s);
  }

  @Test
  void mistypedValuesKeepWhatWasThere() {
    Settings base = Settings.DEFAULTS.withNixPath(List.of("a=b"));
    Settings s = SettingsReader.read(JsonParser.parseString("{\"nixPath\": 3, \"evaluation\": {\"enable\": \"yes\","
        + " \"timeLimit\": -1}, \"diagnostics\": {\"delay\": \"soon\"}}"), base);
    assertEquals(base, s);
  }

  @Test
  void nothingSentChangesNothing() {
    assertEquals(Settings.DEFAULTS, SettingsReader.read(null, Settings.DEFAULTS));
    assertEquals(Settings.DEFAULTS, read("[]"));
  }

  private static Settings read(String json) {
    return SettingsReader.read(JsonParser.parseString(json), Settings.DEFAULTS);
  }
}
