#include "api/dialect.h"
