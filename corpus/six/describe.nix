# From targets to the plain-data description of an s6-rc source tree, and the files of one
# source definition directory.
#
#   describeTarget passthru   one service's record (see README.md, "The description")
#   describeTargets targets   { "<dotted spath>" = record; ... } for every target under `targets`
#   files record              { "<relative path>" = text; } : the files s6-rc-compile reads
#   buildCommand record       the /bin/sh script that writes them into $out
{ lib }:
let
  inherit (builtins) attrNames concatStringsSep isAttrs sort lessThan toString filter map;

  dotted = concatStringsSep ".";
  isTarget = x: isAttrs x && (x.type or null) == "derivation";

  # the s6-rc names of a list of targets, sorted, without repeats
  names = targets: lib.unique (sort lessThan (map (t: dotted t.spath) targets));

  # [ { path; target; } ] for every target under a nested attrset, stopping at targets
  flatten = prefix: set: builtins.concatLists (lib.mapAttrsToList (n: v:
    if isTarget v then [ { path = prefix ++ [ n ]; target = v; } ]
    else if isAttrs v then flatten (prefix ++ [ n ]) v
    else [ ]) set);
in
rec {
  inherit dotted isTarget names flatten;

  describeTarget = p:
    let
      s6 = p.s6;
      deps = names p.after;
    in
    {
      name = dotted p.spath;
      inherit (p) spath;
      inherit (s6) type run finish up down notification-fd lock-fd max-death-tally down-signal
        timeouts env data;
      dependencies = if s6.type == "bundle" then [ ] else deps;
      contents = if s6.type == "bundle" then deps else [ ];
      flags = sort lessThan (s6.flags ++ lib.optional (p.essential or false) "essential");
      producer-for = p.producer-for or null;
      consumer-for = sort lessThan (p.consumer-for or [ ]);
    };

  # first definition of an s6-rc name wins
  describeTargets = targets:
    builtins.listToAttrs (map (e: { name = dotted e.target.passthru.spath; value = describeTarget e.target.passthru; })
      (flatten [ ] targets));

  files = d:
    let
      opt = name: v: lib.optionalAttrs (v != null) { ${name} = v; };
      num = name: v: lib.optionalAttrs (v != null) { ${name} = toString v + "\n"; };
      dir = prefix: set: lib.mapAttrs' (k: v: lib.nameValuePair "${prefix}/${k}" v) set;
    in
    { type = d.type + "\n"; }
    // opt "run" d.run // opt "finish" d.finish // opt "up" d.up // opt "down" d.down
    // num "notification-fd" d.notification-fd // num "lock-fd" d.lock-fd
    // num "max-death-tally" d.max-death-tally
    // opt "down-signal" (if d.down-signal == null then null else d.down-signal + "\n")
    // lib.mapAttrs (k: v: toString v + "\n") d.timeouts
    // lib.listToAttrs (map (f: lib.nameValuePair "flag-${f}" "") d.flags)
    // lib.genAttrs (map (n: "dependencies.d/${n}") d.dependencies) (_: "")
    // lib.genAttrs (map (n: "contents.d/${n}") d.contents) (_: "")
    // opt "producer-for" (if d.producer-for == null then null else d.producer-for + "\n")
    // lib.optionalAttrs (d.consumer-for != [ ]) { consumer-for = lib.concatMapStrings (n: n + "\n") d.consumer-for; }
    // dir "env" (if d.env == null then { } else d.env)
    // dir "data" (if d.data == null then { } else d.data);

  # Uses the host's /bin/mkdir and /bin/chmod, so it builds with the sandbox off.
  buildCommand = d:
    let
      fs = files d;
      dirs = [ "" ] ++ lib.optional (d.env != null) "/env" ++ lib.optional (d.data != null) "/data"
        ++ lib.optional (d.dependencies != [ ]) "/dependencies.d"
        ++ lib.optional (d.contents != [ ]) "/contents.d";
      executable = filter (n: fs ? ${n}) [ "run" "finish" ];
    in
    concatStringsSep "\n" (
      map (x: "/bin/mkdir -p \"$out${x}\"") dirs
      ++ lib.mapAttrsToList (n: v: "printf '%s' ${lib.escapeShellArg v} > \"$out\"/${lib.escapeShellArg n}") fs
      ++ map (n: "/bin/chmod +x \"$out/${n}\"") executable
    ) + "\n";
}
