\ a
