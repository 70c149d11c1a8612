{ a, ... } @ $0args: a
