package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the server looks for nixpkgs: the setting in its three spellings, then NIX_PATH; only existing directories. */
class NixpkgsLocationTest {
  @TempDir
  Path checkout;

  @Test
  void theSettingWinsOverNixPath() {
    JsonObject six = new JsonObject();
    six.addProperty("nixpkgs", checkout.toString());
    JsonObject nested = new JsonObject();
    nested.add("six", six);
    JsonObject dotted = new JsonObject();
    dotted.addProperty("six.nixpkgs", checkout.toString());
    Map<String, String> env = Map.of("NIX_PATH", "nixpkgs=/nowhere");
    assertEquals(checkout, NixpkgsLocation.of(nested, env));
    assertEquals(checkout, NixpkgsLocation.of(dotted, env));
    assertEquals(checkout, NixpkgsLocation.of(six, env));
  }

  @Test
  void nixPathNamesTheCheckoutWhenNoSettingDoes() {
    assertEquals(checkout, NixpkgsLocation.of(null, Map.of("NIX_PATH", "foo=/x:nixpkgs=" + checkout + ":/y")));
    assertNull(NixpkgsLocation.of(null, Map.of("NIX_PATH", "nixpkgs=https://example.org/nixpkgs.tar.gz")),
        "a URL is never fetched");
    assertNull(NixpkgsLocation.of(null, Map.of("NIX_PATH", "nixpkgs=" + checkout.resolve("missing"))));
    assertNull(NixpkgsLocation.of(null, Map.of()));
  }
}
