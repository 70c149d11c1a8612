throw ""
