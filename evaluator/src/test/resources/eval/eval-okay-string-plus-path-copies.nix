"" + ./store-data/hello.txt
