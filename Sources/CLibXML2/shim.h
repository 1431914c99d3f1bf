#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED   /* Debian's libxml2 pulls in ICU headers that clash with Foundation's */
#include <libxml/xmlwriter.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlsave.h>
