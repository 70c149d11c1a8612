"pkg via search path"
