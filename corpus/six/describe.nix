# From targets to the plain-data description of an s6-rc source tree, and the files of one
# source definition directory.
#
#   describeTarget passthru   one service's record (see README.md, "The description")
#   recordsOf targets         { "<dotted spath>" = record; ... } for every target under `targets`
#   describeTargets targets   recordsOf targets, but throws `six: dependency cycle: a -> b -> a`
#                             when the records' dependencies and contents form a cycle
#   dependencyGraph records   { "<name>" = [ dependencies ++ contents ]; }
#   cycleMessage records      "six: dependency cycle: a -> b -> a", or null
#   findCycle graph           the first cycle of { "<name>" = [ "<name>" ... ]; } as a list of names
#                             (smallest first, without repeating it), or null when acyclic
#   files record              { "<relative path>" = text; } : the files s6-rc-compile reads
#   buildCommand record       the /bin/sh script that writes them into $out
{ lib }:
let
  inherit (builtins) attrNames concatStringsSep isAttrs sort lessThan toString filter map
    length elemAt foldl' genList seq;

  dotted = concatStringsSep ".";
  isTarget = x: isAttrs x && (x.type or null) == "derivation";

  # the s6-rc names of a list of targets, sorted, without repeats
  names = targets: lib.unique (sort lessThan (map (t: dotted t.spath) targets));

  # [ { path; target; } ] for every target under a nested attrset, stopping at targets
  flatten = prefix: set: builtins.concatLists (lib.mapAttrsToList (n: v:
    if isTarget v then [ { path = prefix ++ [ n ]; target = v; } ]
    else if isAttrs v then flatten (prefix ++ [ n ]) v
    else [ ]) set);

  # findCycle graph: an iterative depth-first search (roots and edges in sorted order), as a
  # foldl' over a fixed number of steps (each step pushes a node, follows an edge, or pops a node,
  # so 2 * nodes + edges + 1 steps suffice). On the first edge to a node still on the stack, the
  # stack from that node up is the cycle, rotated to start from its smallest name. Edges to names
  # that are not nodes are ignored.
  #
  # The colours (absent = unvisited, 1 = on the stack, 2 = done) live in two attrsets, `recent`
  # (at most `chunk` entries, copied on each update) and `old` (merged into every `chunk` updates),
  # so the search costs O((nodes + edges) * sqrt nodes) attribute copies, not nodes^2.
  findCycle = graph:
    let
      nodes = sort lessThan (attrNames graph);
      count = length nodes;
      edges = builtins.mapAttrs (n: es: sort lessThan (filter (d: graph ? ${d}) es)) graph;
      steps = foldl' (acc: n: acc + length graph.${n}) (2 * count + 1) nodes;
      chunk = let grow = b: if b * b >= 2 * count then b else grow (b * 2); in grow 8;

      colour = st: n: st.recent.${n} or st.old.${n} or 0;
      paint = st: n: c:
        if st.size >= chunk
        then st // { old = st.old // st.recent // { ${n} = c; }; recent = { }; size = 0; }
        else st // { recent = st.recent // { ${n} = c; }; size = st.size + 1; };
      push = st: n: paint (st // { stack = { frame = { node = n; rest = edges.${n}; }; below = st.stack; }; }) n 1;
      # the nodes on the stack from `d` (inclusive) up to the top (genericClosure: no deep recursion)
      cycleTo = d: stack:
        let
          cells = builtins.genericClosure {
            startSet = [ { key = 0; cell = stack; } ];
            operator = it: if it.cell.frame.node == d then [ ] else [ { key = it.key + 1; cell = it.cell.below; } ];
          };
          len = length cells;
        in
        genList (j: (elemAt cells (len - 1 - j)).cell.frame.node) len;
      rotate = c:
        let
          len = length c;
          least = foldl' (m: x: if lessThan x m then x else m) (builtins.head c) c;
          at = foldl' (a: j: if a == null && elemAt c j == least then j else a) null (genList (j: j) len);
        in
        genList (j: let k = at + j; in elemAt c (if k >= len then k - len else k)) len;

      step = st:
        if st.cycle != null then st
        else if st.stack == null then
          if st.next >= count then st
          else
            let n = elemAt nodes st.next; st' = st // { next = st.next + 1; }; in
            if colour st n == 0 then push st' n else st'
        else
          let top = st.stack.frame; in
          if top.rest == [ ] then paint (st // { stack = st.stack.below; }) top.node 2
          else
            let
              d = builtins.head top.rest;
              st' = st // { stack = st.stack // { frame = top // { rest = builtins.tail top.rest; }; }; };
              c = colour st d;
            in
            if c == 1 then st // { cycle = rotate (cycleTo d st.stack); }
            else if c == 2 then st'
            else push st' d;
      strict = st: seq st.stack (seq st.next (seq st.recent (seq st.old (seq st.size st))));
      final = foldl' (st: _: strict (step st))
        { stack = null; next = 0; recent = { }; old = { }; size = 0; cycle = null; }
        (genList (i: i) steps);
    in
    final.cycle;
in
rec {
  inherit dotted isTarget names flatten findCycle;

  dependencyGraph = builtins.mapAttrs (n: r: r.dependencies ++ r.contents);

  # "six: dependency cycle: a -> b -> a", or null
  cycleMessage = records:
    let c = findCycle (dependencyGraph records); in
    if c == null then null
    else "six: dependency cycle: ${concatStringsSep " -> " (c ++ [ (builtins.head c) ])}";

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
  recordsOf = targets:
    builtins.listToAttrs (map (e: { name = dotted e.target.passthru.spath; value = describeTarget e.target.passthru; })
      (flatten [ ] targets));

  # recordsOf, checked: a dependency cycle throws (when the result is forced)
  describeTargets = targets:
    let
      records = recordsOf targets;
      message = cycleMessage records;
    in
    if message == null then records else throw message;

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
    # s6-rc-compile needs contents.d/ or contents even when a bundle is empty
    // lib.optionalAttrs (d.type == "bundle" && d.contents == [ ]) { contents = ""; }
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
