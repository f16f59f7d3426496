/*---
description: negative parse test that parses (listed)
negative:
  phase: parse
  type: SyntaxError
---*/
$DONOTEVALUATE();
