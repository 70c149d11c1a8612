# tokens inside and after strings over several lines; a quoted key over two lines is split per line
let
  name = "six";
  script = ''
    echo ${name}
    ${toString 42} and ${
      name
    }
  '';
in {
  "first
second" = script;
  after = name;
}
