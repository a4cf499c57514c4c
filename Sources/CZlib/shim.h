// zlib, the system's (Debian: zlib1g-dev; macOS: in the SDK), for the CSV bundle's gzip parts.
#include <zlib.h>
