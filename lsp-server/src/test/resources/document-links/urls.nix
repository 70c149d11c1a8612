# URLs in comments link, without the sentence's full stop: https://example.org/docs.
/* block comments too (see https://example.org/block) */
{
  homepage = "https://example.org/a?b=c#d";
  mirror = "http://example.org:8080/x_(y)";
  interpolated = "https://${host}/path";
  script = ''
    curl -fsSL https://example.org/install.sh | sh
  '';
  literal = https://example.org/literal.tar.gz;
  unicode = "https://例え.jp/パス";
  notAUrl = "ftp://example.org/x and xhttps://nope";
}
