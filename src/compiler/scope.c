/* scope.c - STUB until scope analysis lands. */
#include "ast.h"

int jc_scope_analyze(jc_ctx *c) { return c->status; }
