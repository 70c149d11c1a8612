"file via search path"
