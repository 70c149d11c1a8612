greeting + ", world"
