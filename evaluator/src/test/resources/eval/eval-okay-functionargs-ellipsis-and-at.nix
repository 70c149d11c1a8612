builtins.functionArgs (args@{ x, ... }: x)
