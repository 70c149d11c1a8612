# infuse-error: infuse.desugar: at path targets.sshgate.__input.port: unknown sugar __set (known sugars: __init)
{ infuse, prev }:
infuse prev {
  targets = {
    sshgate = {
      __input = {
        port.__set = 2222;
      };
    };
  };
}
