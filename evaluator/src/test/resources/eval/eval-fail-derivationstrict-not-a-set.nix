derivationStrict "hello"
