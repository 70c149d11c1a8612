# The base targets every host starts from: the bundle `default` (the runlevel; the wiring layer
# adds every top-level target to it) and the synchronisation bundles under `global`, which
# services join with `before = [ targets.global.<x> ]` and wait for with `after`.
final: prev: {
  targets = prev.targets // {
    default = final.six.mkBundle { name = "default"; };
    global = {
      mounts = final.six.mkBundle { name = "global.mounts"; };
      coldplug = final.six.mkBundle { name = "global.coldplug"; };
      set-hostname = final.six.mkBundle { name = "global.set-hostname"; };
      hwclock = final.six.mkBundle { name = "global.hwclock"; };
    };
  };
}
