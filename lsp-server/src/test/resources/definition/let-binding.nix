let greeting = "hi"; in gree$0ting
