{ a, ... } @ args: args$0.a
