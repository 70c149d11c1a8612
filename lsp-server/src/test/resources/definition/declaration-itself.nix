let na$0me = 1; in name
