{ b ? mirror://gnu/hello, x }: b
