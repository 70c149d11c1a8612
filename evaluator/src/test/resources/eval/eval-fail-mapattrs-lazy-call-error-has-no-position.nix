(builtins.mapAttrs (n: { a }: a) { x = 1; }).x
