x: ./a/${x}a//b
