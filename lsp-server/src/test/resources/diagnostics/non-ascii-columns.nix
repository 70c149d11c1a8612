# Columns are UTF-16 units: é is one, 😀 (outside the BMP) two, and the grammar sees bytes.
{
  motd = "héllo 😀 wörld"; x = undefinedAfterEmoji;
  "schlüssel" = 1; "schlüssel" = 2;
}
