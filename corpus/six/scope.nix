# The targets scope: corpus/lib's makeScope with callPackageWith as newScope, extended by the
# layers below in this order (sixos's order):
#
#   init        lib, pkgs, infuse, host, six, callService, services, targets = { }
#   base        ./base.nix (bundles default and global.*), or the caller's base layers
#   selection   targets.<name> = services.<name> args, for the host's `services`
#   host        the host's service-overlays (functions final: prev: ..., or infusions)
#   wiring      default.after += every top-level target; set-hostname / mdevd-coldplug before
#               global.set-hostname / global.coldplug when those targets exist
#   spaths      passthru.spath = the target's attribute path under `targets`
#   loggers     one logger per longrun whose passthru.logger is not false
#   before      every Y in X.before gets X appended to Y.after
#
# Adding targets after `before` is not supported (it reads `final` on purpose, as sixos does).
{ lib, infuse, pkgs, mkSix, describe }:
let
  inherit (builtins) attrNames filter isAttrs isFunction isList concatMap elem;
  inherit (describe) dotted isTarget flatten;

  # mapTargets f set: f path target for every target under a nested attrset (structure kept)
  mapTargets = f: prefix: set: builtins.mapAttrs (n: v:
    if isTarget v then f (prefix ++ [ n ]) v
    else if isAttrs v then mapTargets f (prefix ++ [ n ]) v
    else v) set;

  setPassthru = t: f: t.overrideAttrs (prev: { passthru = f (prev.passthru or { }); });

  logName = path: lib.init path ++ [ "${lib.last path}-log" ];

  layers = rec {
    init = { services, host }: final: prev: {
      inherit lib pkgs infuse host;
      six = mkSix null;
      # a curried callPackage: services.<name> args is a target
      callService = name: fn: final.newScope { six = mkSix name; } fn;
      services = builtins.mapAttrs final.callService services // {
        # spath: producer: logger target
        defaultLogger = spath: producer: (mkSix "${dotted spath}-log").mkLogger {
          run = [ "${final.pkgs.s6}/bin/s6-log" "-d3" "n20" "s1000000" "T" "/var/log/${dotted spath}" ];
          notification-fd = 3;
        };
        uncaughtLogs = spath: producer: (mkSix "${dotted spath}-log").mkLogger {
          run = [ "${final.pkgs.s6}/bin/s6-cat" ];
        };
      };
      targets = { };
    };

    # services: a list of names, or { name = args; }
    selection = selected: final: prev: {
      targets = prev.targets // builtins.mapAttrs (name: args:
        (final.services.${name} or (throw "six: the host selects the service \"${name}\", which no by-name directory defines")) args)
        (if isList selected then lib.genAttrs selected (_: { }) else selected);
    };

    # an overlay, or an infusion of the whole scope (applied with infuse)
    hostOverlay = o: if isFunction o then o else final: prev: infuse prev o;

    wiring = final: prev:
      let
        excluded = [ "default" "net" "global" "mounts" "loggers" ];
        tops = filter (n: !(elem n excluded) && isTarget prev.targets.${n}) (attrNames prev.targets);
        appendBefore = name: bundle: t:
          if isTarget t && prev.targets ? global && prev.targets.global ? ${bundle}
          then setPassthru t (p: p // { before = p.before ++ [ final.targets.global.${bundle} ]; })
          else t;
      in
      {
        targets = prev.targets
          // lib.optionalAttrs (prev.targets ? default) {
            default = setPassthru prev.targets.default
              (p: p // { after = p.after ++ map (n: final.targets.${n}) tops; });
          }
          // lib.optionalAttrs (prev.targets ? set-hostname) {
            set-hostname = appendBefore "set-hostname" "set-hostname" prev.targets.set-hostname;
          }
          // lib.optionalAttrs (prev.targets ? mdevd-coldplug) {
            mdevd-coldplug = appendBefore "mdevd-coldplug" "coldplug" prev.targets.mdevd-coldplug;
          };
      };

    spaths = final: prev: {
      targets = mapTargets (path: t: setPassthru t (p: p // { spath = path; })) [ ] prev.targets;
    };

    loggers = final: prev:
      let
        wantsLogger = t: (t.passthru.s6.type or null) == "longrun" && (t.passthru.logger or null) != false;
        producers = filter (e: wantsLogger e.target) (flatten [ ] prev.targets);
        loggerFor = e:
          let
            given = e.target.passthru.logger or null;
            fn =
              if given == null then final.services.defaultLogger
              else if isFunction given then given
              else throw "six: the logger of target ${dotted e.path} must be false or a function spath: producer: logger";
          in
          setPassthru (fn e.path e.target) (p: p // {
            spath = logName e.path;
            consumer-for = p.consumer-for or [ ] ++ [ (dotted e.path) ];
            logger = false;
          });
      in
      {
        targets =
          mapTargets (path: t:
            if wantsLogger t then
              setPassthru t (p: p // {
                producer-for = dotted (logName path);
                logger = lib.getAttrFromPath path final.targets.loggers;
              })
            else t) [ ] prev.targets
          // {
            loggers = builtins.foldl' (acc: e: lib.recursiveUpdateUntil (path: l: r: !(isAttrs l && isAttrs r) || isTarget l || isTarget r) acc
              (lib.setAttrByPath e.path (loggerFor e))) (prev.targets.loggers or { }) producers;
          };
      };

    before = final: prev:
      let
        pairs = concatMap (e: map (y: { ${dotted y.spath} = [ e.path ]; }) (e.target.passthru.before or [ ]))
          (flatten [ ] prev.targets);
        inverted = lib.zipAttrsWith (n: vs: builtins.concatLists vs) pairs;
      in
      {
        # always an overrideAttrs, so that the scope's shape never depends on `inverted`
        targets = mapTargets (path: t: setPassthru t (p: p // {
          after = p.after or [ ] ++ map (q: lib.getAttrFromPath q final.targets) (inverted.${dotted path} or [ ]);
        })) [ ] prev.targets;
      };
  };

  # mkConfiguration { services; host ? { }; base ? [ base.nix ]; selected ? [ ]; overlays ? [ ]; }
  mkConfiguration = { services, host ? { }, base ? [ (import ./base.nix) ], selected ? [ ], overlays ? [ ] }:
    let
      composed = lib.composeManyExtensions (
        [ (layers.init { inherit services host; }) ]
        ++ base
        ++ [ (layers.selection selected) ]
        ++ map layers.hostOverlay overlays
        ++ [ layers.wiring layers.spaths layers.loggers layers.before ]);
    in
    (lib.makeScope lib.callPackageWith (self: { })).overrideScope composed;
in
{
  inherit layers mkConfiguration mapTargets setPassthru logName;
}
