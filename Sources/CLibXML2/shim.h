#ifndef TIES_CLIBXML2_SHIM_H
#define TIES_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian builds libxml2 against the system ICU, and Foundation ships its own ICU:
// importing both into one module fails on clean debug builds ("'UErrorCode' has
// different definitions"). ties never needs libxml2's ICU encoders.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/parserInternals.h>

// `xmlFree` is a mutable global function pointer, which Swift 6 rejects as shared
// mutable state; calling it through a function keeps the access in C. (The SAX reader frees
// nothing itself today; readers that take strings from libxml2 must use this.)
static inline void ties_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
