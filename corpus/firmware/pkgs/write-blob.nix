# writeBlob { name, text }: a file holding exactly `text`.
{ mkStep }:
{ name, text, passthru ? { } }:
mkStep {
  inherit name text passthru;
  script = ../builders/write-blob.sh;
}
