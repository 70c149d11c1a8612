{ a ? args$0.b, ... }@args: a
