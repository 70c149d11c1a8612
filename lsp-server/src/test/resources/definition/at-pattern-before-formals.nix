args @ { a }: args$0
