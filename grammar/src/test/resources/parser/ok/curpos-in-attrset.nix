{ p = __curPos; }
