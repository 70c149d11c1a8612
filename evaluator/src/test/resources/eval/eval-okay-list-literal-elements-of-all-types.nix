[ 1 "two" 3.0 true null [ ] { } ./p ]
