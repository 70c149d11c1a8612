let x = 5; in ({ a ? x }: a) { }
