package dev.six.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic, nixpkgs-like corpus the benchmark writes itself: package expressions (formals,
 * {@code mkDerivation rec}, fetchers, interpolated strings, indented build scripts, {@code meta})
 * and module-style service files ({@code let cfg = ...; in { options; config = mkIf ...; }}).
 * Every file parses under Nix 2.8, so Nix can be timed on it too.
 */
final class GeneratedCorpus {
  private static final String[] WORDS = {
    "zlib", "openssl", "curl", "libxml2", "python3", "perl", "gettext", "ncurses", "readline", "sqlite",
    "glib", "gtk3", "cmake", "meson", "ninja", "pkg-config", "libffi", "expat", "bzip2", "xz"
  };
  private static final String[] SERVICES = {"nginx", "postgresql", "dnsmasq", "sshd", "chrony", "unbound", "wireguard"};

  private final Random random;

  private GeneratedCorpus(long seed) {
    this.random = new Random(seed);
  }

  /** Writes about {@code megabytes} of files under {@code dir} and loads them. */
  static Corpus create(Path dir, double megabytes) throws IOException {
    GeneratedCorpus generator = new GeneratedCorpus(6_2026_11_26L);
    Files.createDirectories(dir);
    long target = (long) (megabytes * 1e6);
    long written = 0;
    int index = 0;
    while (written < target) {
      String text = index % 3 == 2 ? generator.module(index) : generator.pkg(index);
      Path file = dir.resolve(String.format("f%05d.nix", index));
      byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
      Files.write(file, bytes);
      written += bytes.length;
      index++;
    }
    return Corpus.load("generated", List.of(dir));
  }

  private String word() {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private String pkg(int index) {
    List<String> deps = new ArrayList<>();
    int n = 2 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      String w = word();
      if (!deps.contains(w)) {
        deps.add(w);
      }
    }
    StringBuilder s = new StringBuilder();
    s.append("# Package ").append(index).append(": generated for the parse benchmark.\n");
    s.append("{ lib, stdenv, fetchurl");
    for (String d : deps) {
      s.append(", ").append(d);
    }
    s.append(", withDocs ? true, extraFlags ? [ ] }:\n\n");
    s.append("stdenv.mkDerivation rec {\n");
    s.append("  pname = \"pkg-").append(index).append("\";\n");
    s.append("  version = \"").append(random.nextInt(10)).append('.').append(random.nextInt(40)).append('.')
        .append(random.nextInt(9)).append("\";\n\n");
    s.append("  src = fetchurl {\n");
    s.append("    url = \"https://example.org/releases/${pname}-${version}.tar.gz\";\n");
    s.append("    sha256 = \"").append(hash()).append("\";\n  };\n\n");
    s.append("  nativeBuildInputs = [ ").append(deps.get(0)).append(" ];\n");
    s.append("  buildInputs = [");
    for (String d : deps.subList(1, deps.size())) {
      s.append(' ').append(d);
    }
    s.append(" ] ++ lib.optional withDocs ").append(deps.get(0)).append(";\n\n");
    s.append("  configureFlags = [\n    \"--enable-shared\"\n    \"--with-").append(word()).append("=${")
        .append(deps.get(0)).append("}\"\n  ] ++ extraFlags;\n\n");
    int phases = 1 + random.nextInt(3);
    for (int p = 0; p < phases; p++) {
      s.append("  ").append(p == 0 ? "postInstall" : p == 1 ? "preConfigure" : "postPatch").append(" = ''\n");
      int lines = 2 + random.nextInt(8);
      for (int l = 0; l < lines; l++) {
        s.append("    ").append(scriptLine(deps)).append('\n');
      }
      s.append("  '';\n\n");
    }
    s.append("  doCheck = stdenv.hostPlatform == stdenv.buildPlatform && !withDocs;\n");
    s.append("  enableParallelBuilding = true;\n\n");
    s.append("  passthru = {\n    tests.version = version;\n    inherit ").append(deps.get(0)).append(";\n  };\n\n");
    s.append("  meta = with lib; {\n");
    s.append("    description = \"Generated package number ").append(index).append("\";\n");
    s.append("    homepage = \"https://example.org/").append(index).append("\";\n");
    s.append("    license = if withDocs then licenses.mit else licenses.gpl3Plus;\n");
    s.append("    maintainers = with maintainers; [ alice bob ];\n");
    s.append("    platforms = platforms.unix;\n  };\n}\n");
    return s.toString();
  }

  private String scriptLine(List<String> deps) {
    return switch (random.nextInt(5)) {
      case 0 -> "mkdir -p $out/share/${pname}";
      case 1 -> "substituteInPlace src/config.h --replace '/usr/bin' '${" + deps.get(random.nextInt(deps.size())) + "}/bin'";
      case 2 -> "install -Dm644 README.md $out/share/doc/${pname}/README.md";
      case 3 -> "${lib.optionalString withDocs \"make -C docs install PREFIX=$out\"}";
      default -> "echo \"building ''${pname} ${version}\" >&2";
    };
  }

  private String hash() {
    String alphabet = "0123456789abcdfghijklmnpqrsvwxyz";
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 52; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  private String module(int index) {
    String name = SERVICES[random.nextInt(SERVICES.length)] + index;
    StringBuilder s = new StringBuilder();
    s.append("/* Service module ").append(index).append(", generated for the parse benchmark. */\n");
    s.append("{ config, lib, pkgs, ... }:\n\nwith lib;\n\nlet\n");
    s.append("  cfg = config.services.").append(name).append(";\n");
    s.append("  settingsFile = pkgs.writeText \"").append(name).append(".conf\" (concatStringsSep \"\\n\" (mapAttrsToList (k: v: \"${k} = ${toString v}\") cfg.settings));\n");
    s.append("in {\n  options.services.").append(name).append(" = {\n");
    s.append("    enable = mkEnableOption \"the ").append(name).append(" service\";\n");
    int options = 2 + random.nextInt(6);
    for (int i = 0; i < options; i++) {
      s.append("    option").append(i).append(" = mkOption {\n");
      s.append("      type = types.").append(random.nextBoolean() ? "str" : "int").append(";\n");
      s.append("      default = ").append(random.nextBoolean() ? "\"value-" + i + "\"" : Integer.toString(i * 7)).append(";\n");
      s.append("      description = ''\n        Option ").append(i).append(" of ").append(name)
          .append(".\n        See ${\"https://example.org\"} for details.\n      '';\n    };\n");
    }
    s.append("    settings = mkOption { type = types.attrsOf types.str; default = { }; };\n  };\n\n");
    s.append("  config = mkIf cfg.enable {\n");
    s.append("    users.users.").append(name).append(" = { isSystemUser = true; group = \"").append(name).append("\"; };\n");
    s.append("    systemd.services.").append(name).append(" = {\n");
    s.append("      wantedBy = [ \"multi-user.target\" ];\n      after = [ \"network.target\" ];\n");
    s.append("      serviceConfig = {\n        ExecStart = \"${pkgs.").append(word()).append("}/bin/run --config ${settingsFile}\";\n");
    s.append("        Restart = \"on-failure\";\n        User = \"").append(name).append("\";\n      };\n    };\n");
    s.append("    assertions = [ { assertion = cfg.option0 != \"\"; message = \"option0 must be set\"; } ];\n");
    s.append("  };\n}\n");
    return s.toString();
  }
}
