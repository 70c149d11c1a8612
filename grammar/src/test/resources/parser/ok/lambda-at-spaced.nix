{ a } @ args: a
