package dev.six.lsp.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the nixpkgs checkout whose packages the server indexes is: the setting {@code six.nixpkgs}
 * (in {@code initializationOptions} as {@code {"six": {"nixpkgs": …}}}, {@code {"six.nixpkgs": …}} or
 * {@code {"nixpkgs": …}}, or in {@code workspace/didChangeConfiguration}'s settings), else the
 * {@code nixpkgs=} entry of {@code NIX_PATH}. Only a local directory counts: nixpkgs is never fetched.
 */
final class NixpkgsLocation {
  private NixpkgsLocation() {}

  /** The checkout, or null when none is configured or it is not a directory. */
  static Path of(Object options, Map<String, String> environment) {
    String configured = setting(options);
    if (configured == null) {
      configured = fromNixPath(environment.get("NIX_PATH"));
    }
    if (configured == null || configured.isBlank()) {
      return null;
    }
    try {
      Path path = Path.of(configured).toAbsolutePath().normalize();
      return Files.isDirectory(path) ? path : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** The {@code six.nixpkgs} setting in a settings object, or null. */
  static String setting(Object options) {
    if (!(options instanceof JsonElement element) || !element.isJsonObject()) {
      return null;
    }
    JsonObject object = element.getAsJsonObject();
    if (object.has("six") && object.get("six").isJsonObject()) {
      object = object.getAsJsonObject("six");
    } else if (object.has("six.nixpkgs")) {
      return string(object.get("six.nixpkgs"));
    }
    return object.has("nixpkgs") ? string(object.get("nixpkgs")) : null;
  }

  private static String string(JsonElement e) {
    return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
  }

  /** The path of {@code nixpkgs=PATH} among NIX_PATH's colon-separated entries. */
  static String fromNixPath(String nixPath) {
    if (nixPath == null) {
      return null;
    }
    for (String entry : nixPath.split(":")) {
      if (entry.startsWith("nixpkgs=") && !entry.substring(8).contains("://")) {
        return entry.substring(8);
      }
    }
    return null;
  }
}
