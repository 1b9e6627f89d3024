// OpenSSL's libcrypto, for HMAC-SHA256 pseudonyms (ties batch --pseudonymize): a vetted
// implementation instead of hand-written crypto.
#include <openssl/evp.h>
#include <openssl/hmac.h>
