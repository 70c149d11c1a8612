builtins.filter ({ a }: true) [ { } ]
