#include "api/chatcompletions.h"
