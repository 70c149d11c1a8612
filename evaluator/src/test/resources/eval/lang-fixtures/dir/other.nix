"other in dir"
