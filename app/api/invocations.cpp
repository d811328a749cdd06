#include "api/invocations.h"
