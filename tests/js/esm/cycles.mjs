// Cycles: hoisted function exports work before their module ran, let
// bindings are in TDZ (ReferenceError), evaluation is depth first in
// request order, each module once (checked against node).
import { afn } from './fixtures/cycle/a.mjs';
import './fixtures/order/top.mjs';
console.log(afn());
