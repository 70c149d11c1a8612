# Sources copied by path coercion, builtins.path (filtered, flat) and filterSource, and a toFile
# text that refers to one of them: all registered, each as Nix adds it.
let
  filtered = builtins.path {
    path = ./data;
    name = "filtered";
    filter = path: type: type != "symlink" && baseNameOf path != "nested.txt";
  };
  flat = builtins.path { path = ./data/hello.txt; name = "flat"; recursive = false; };
  onlyScripts = builtins.filterSource (path: type: type == "directory" || baseNameOf path == "run.sh") ./data;
  text = builtins.toFile "greeting" "hello from ${./data/hello.txt}";
in
derivation {
  name = "with-sources";
  builder = "/bin/sh";
  system = "x86_64-linux";
  src = ./data;
  script = ./data/run.sh;
  inherit filtered flat onlyScripts text;
}
