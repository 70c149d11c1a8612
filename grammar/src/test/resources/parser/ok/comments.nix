# line comment
/* block
   comment */ 1 /* inline */ + # tail
 2
