#include "api/responses.h"
