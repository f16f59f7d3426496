/* nosym.c - a shared object without jsrt_addon_init, for the error path. */
#include "jsrt.h"

JSRT_EXTERN int not_an_addon(void);
JSRT_EXTERN int not_an_addon(void) { return 42; }
