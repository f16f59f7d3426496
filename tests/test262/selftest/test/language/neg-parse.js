/*---
description: negative parse test that does not parse
negative:
  phase: parse
  type: SyntaxError
---*/
$DONOTEVALUATE();
var = ;
