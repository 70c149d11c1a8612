import ./pa$0ths/dir
