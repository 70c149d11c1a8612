builtins.functionArgs ({ a }: { b }: a)
