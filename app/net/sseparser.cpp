#include "net/sseparser.h"
