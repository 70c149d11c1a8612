import ./lang-fixtures/empty-dir
