# The service constructors. `mkSix serviceName` is the `six` a service sees: serviceName (or an
# explicit `name` argument) is the name used in error messages and in the derivation's name.
#
# Every constructor takes one attribute set, checks it (unknown arguments, the run forms, the types
# of timeouts, fds, env and data) and returns a *target*: a derivation (corpus/lib's mkDerivation,
# builder /bin/sh) whose $out is one s6-rc source definition directory, with passthru
#
#   s6        the plain-data record of the service (type, scripts, fds, timeouts, env, data, flags)
#   after     targets this one depends on (bundles: its contents)           default [ ]
#   before    targets that depend on this one (inverted by the scope)       default [ ]
#   essential bool, written as flag-essential                               default false
#   logger    absent: default logger; false: none; spath: target: logger    (longruns only)
#   service   the service's name;  service-type  its s6-rc type (= s6.type)
#   spath     set by the targets scope; until then a throw
#   producer-for / consumer-for   set by the scope's logger pass
#
# The build reads that same record (through describe.nix), so evaluation alone tells what the
# directory holds.
{ lib, pkgs }:
let
  inherit (builtins) attrNames isAttrs isInt isList isString filter length concatStringsSep
    removeAttrs match toString;
  describe = import ./describe.nix { inherit lib; };

  showList = names: concatStringsSep ", " names;

  # how each constructor may be called
  common = [ "name" "passthru" "after" "before" "essential" "timeout-up" "timeout-down" ];
  longrunArgs = common ++ [ "run" "argv" "chpst" "finish" "notification-fd" "lock-fd"
    "timeout-kill" "timeout-finish" "max-death-tally" "down-signal" "flag-newpidns" "env" "data" ];
  allowed = {
    longrun = longrunArgs;
    oneshot = common ++ [ "up" "down" ];
    bundle = [ "name" "passthru" "after" "before" "essential" "contents" ];
  };

  # a word of an execline script: bare when safe, else double-quoted
  execWord = w:
    let s = toString w; in
    if match "[A-Za-z0-9_./:=@%+,-]+" s != null then s
    else "\"" + builtins.replaceStrings [ "\\" "\"" "\n" ] [ "\\\\" "\\\"" "\\n" ] s + "\"";

  shebangSh = "#!${pkgs.busybox}/bin/sh";
  shebangExecline = "#!${pkgs.execline}/bin/execlineb -P";

  util = rec {
    inherit execWord;
    # an argv list as an execline script
    execlineScript = argv: shebangExecline + "\n" + concatStringsSep " " (map execWord argv) + "\n";
    # an argv list as a shell script that execs it, stderr joined to stdout
    shScript = argv: shebangSh + "\nexec 2>&1\nexec " + lib.escapeShellArgs argv + "\n";
    # chpst { argv; user ? null; cwd ? null; nice ? null; envdir ? "./env"; }: an argv chain of
    # process-state tools: read the envdir, stderr to stdout, then cd, nice, drop privileges
    chpst = { argv, user ? null, cwd ? null, envdir ? "./env", softlimit ? null }:
      lib.optionals (envdir != null) [ "${pkgs.s6}/bin/s6-envdir" envdir ]
      ++ [ "${pkgs.execline}/bin/fdmove" "-c" "2" "1" ]
      ++ lib.optionals (cwd != null) [ "${pkgs.execline}/bin/cd" cwd ]
      ++ lib.optionals (softlimit != null) [ "${pkgs.s6}/bin/s6-softlimit" "-m" (toString softlimit) ]
      ++ lib.optionals (user != null) [ "${pkgs.s6}/bin/s6-setuidgid" user ]
      ++ argv;
  };

  mkSix = serviceName:
    let
      nameOf = args: args.name or (if serviceName == null then "<unnamed>" else serviceName);
      mkTarget = ctor: type: args:
        let
          name = nameOf args;
          asList = what: v: if isList v then v else fail "${what} must be a list of targets";
          fail = msg: throw "six.${ctor}: service \"${name}\": ${msg}";
          unknown = filter (a: !(builtins.elem a allowed.${type})) (attrNames args);

          # run / finish: a string (the script), or a list (argv, exec'd by sh)
          script = what: v:
            if isString v then v
            else if isList v then util.shScript v
            else fail "${what} must be a string (a script) or a list (an argv), not a ${builtins.typeOf v}";
          # up / down: a string (an execline command line), or a list of words
          line = what: v:
            if isString v then v
            else if isList v then concatStringsSep " " (map execWord v) + "\n"
            else fail "${what} must be a string or a list of words, not a ${builtins.typeOf v}";

          runForms = filter (a: args ? ${a}) [ "run" "argv" "chpst" ];
          run =
            if args ? run then script "run" args.run
            else if args ? argv then
              (if isList args.argv then util.execlineScript args.argv else fail "argv must be a list")
            else util.execlineScript (util.chpst args.chpst);

          natural = what: v:
            if v == null then null
            else if isInt v && v >= 0 then v
            else fail "${what} must be a non-negative integer, not ${builtins.toJSON v}";
          timeoutNames =
            [ "timeout-up" "timeout-down" ]
            ++ lib.optionals (type == "longrun") [ "timeout-kill" "timeout-finish" ];
          timeouts = lib.listToAttrs (map (t: lib.nameValuePair t (natural t args.${t}))
            (filter (t: args ? ${t}) timeoutNames));

          fileName = what: k:
            if k == "" || k == "." || k == ".." || match ".*/.*" k != null
            then fail "${what} name ${builtins.toJSON k} is not a plain file name" else k;
          env =
            if args.chpst or null != null && !(args ? env) then { }
            else if !(args ? env) || args.env == null then null
            else if !isAttrs args.env then fail "env must be an attribute set of strings or integers"
            else lib.mapAttrs' (k: v: lib.nameValuePair (fileName "env" k)
              (if isString v then v else if isInt v then toString v
               else fail "env.${k} must be a string or an integer")) args.env;
          data =
            if !(args ? data) || args.data == null then null
            else if !isAttrs args.data then fail "data must be an attribute set of file name to text"
            else lib.mapAttrs' (k: v: lib.nameValuePair (fileName "data" k)
              (if isString v then v else fail "data.${k} must be a string")) args.data;

          s6 = {
            inherit type;
            run = if type == "longrun" then run else null;
            finish = if args ? finish && args.finish != null then script "finish" args.finish else null;
            up = if type == "oneshot" then line "up" args.up else null;
            down = if args ? down && args.down != null then line "down" args.down else null;
            notification-fd = natural "notification-fd" (args.notification-fd or null);
            lock-fd = natural "lock-fd" (args.lock-fd or null);
            max-death-tally = natural "max-death-tally" (args.max-death-tally or null);
            down-signal =
              let s = args.down-signal or null; in
              if s == null || isString s then s else fail "down-signal must be a string such as \"SIGTERM\"";
            inherit timeouts env data;
            flags = lib.optional (args.flag-newpidns or false) "newpidns";
          };

          userPassthru = args.passthru or { };
          passthru = {
            after = [ ];
            before = [ ];
            essential = false;
            spath = throw "six: target of service \"${name}\" has no spath: a target must be placed in the targets scope and referenced as final.targets.<path> (or targets.<path>)";
            producer-for = null;
            consumer-for = [ ];
          }
          // userPassthru
          // {
            after = asList "passthru.after" (userPassthru.after or [ ]) ++ asList "after" (args.after or [ ])
              ++ asList "contents" (args.contents or [ ]);
            before = asList "passthru.before" (userPassthru.before or [ ]) ++ asList "before" (args.before or [ ]);
            essential = args.essential or userPassthru.essential or false;
            service = name;
            service-type = type;
            inherit s6;
          }
          // lib.optionalAttrs (ctor == "mkLogger") { logger = false; isLogger = true; };

          # the arguments' shapes, checked when the target is forced; the scripts stay lazy
          isScript = v: isString v || isList v;
          isNatural = v: v == null || isInt v && v >= 0;
          badName = k: k == "" || k == "." || k == ".." || match ".*/.*" k != null;
          problems = filter (p: p != null) ([
            (if unknown != [ ] then "unknown argument(s) ${showList unknown} for a ${type}" else null)
            (if type == "longrun" && length runForms != 1 then
              "exactly one of run, argv, chpst must be given"
              + (if runForms == [ ] then ", got none" else ", got ${showList runForms}")
             else null)
            (if args ? run && !isScript args.run then "run must be a string (a script) or a list (an argv)" else null)
            (if args.finish or null != null && !isScript args.finish then "finish must be a string (a script) or a list (an argv)" else null)
            (if args ? argv && !isList args.argv then "argv must be a list" else null)
            (if args ? chpst && !(isAttrs args.chpst && args.chpst ? argv) then "chpst must be an attribute set with argv" else null)
            (if type == "oneshot" && !(args ? up) then "a oneshot needs up" else null)
            (if args ? up && !isScript args.up then "up must be a string or a list of words" else null)
            (if args.down or null != null && !isScript args.down then "down must be a string or a list of words" else null)
            (if args.down-signal or null != null && !isString args.down-signal then "down-signal must be a string such as \"SIGTERM\"" else null)
            (if args.env or null != null && !isAttrs args.env then "env must be an attribute set of strings or integers" else null)
            (if args.data or null != null && !isAttrs args.data then "data must be an attribute set of file name to text" else null)
          ]
          ++ map (t: if isNatural args.${t} then null else "${t} must be a non-negative integer, not ${builtins.toJSON args.${t}}")
            (filter (t: args ? ${t}) (timeoutNames ++ [ "notification-fd" "lock-fd" "max-death-tally" ]))
          ++ lib.optionals (isAttrs (args.env or null)) (lib.mapAttrsToList (k: v:
            if badName k then "env name ${builtins.toJSON k} is not a plain file name"
            else if !(isString v || isInt v) then "env.${k} must be a string or an integer" else null) args.env)
          ++ lib.optionals (isAttrs (args.data or null)) (lib.mapAttrsToList (k: v:
            if badName k then "data name ${builtins.toJSON k} is not a plain file name"
            else if !isString v then "data.${k} must be a string" else null) args.data));
          check = if problems == [ ] then builtins.seq passthru.after (builtins.seq passthru.before true)
            else fail (builtins.head problems);
        in
        if !isAttrs args then throw "six.${ctor}: service \"${nameOf { }}\": expected an attribute set of arguments"
        else
        builtins.seq check (lib.mkDerivation (finalAttrs: {
          name = "six-service-${name}";
          preferLocalBuild = true;
          allowSubstitutes = false;
          buildCommand = describe.buildCommand (describe.describeTarget finalAttrs.passthru);
          inherit passthru;
        }));
    in
    {
      mkService = args:
        let type = args.type or "longrun"; in
        if !(builtins.elem type [ "longrun" "oneshot" "bundle" ])
        then throw "six.mkService: service \"${nameOf args}\": type must be longrun, oneshot or bundle, not ${builtins.toJSON type}"
        else mkTarget "mkService" type (removeAttrs args [ "type" ]);
      mkFunnel = mkTarget "mkFunnel" "longrun";
      mkLogger = mkTarget "mkLogger" "longrun";
      mkOneshot = mkTarget "mkOneshot" "oneshot";
      mkBundle = mkTarget "mkBundle" "bundle";
      inherit util;
      named = mkSix;
    };
in
{
  inherit mkSix util;
}
