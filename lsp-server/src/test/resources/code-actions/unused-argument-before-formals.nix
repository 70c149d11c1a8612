$0args@{ a, ... }: a
