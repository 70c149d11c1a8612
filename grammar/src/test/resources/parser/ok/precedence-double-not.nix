a: !!a
