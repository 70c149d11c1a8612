"<${{ outPath = "/some/path"; }}>"
