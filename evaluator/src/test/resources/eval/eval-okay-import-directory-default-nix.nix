import ./lang-fixtures/dir
