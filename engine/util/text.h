/* Text shown on a terminal or in a log: diagnostics and the file names the
 * command prints. Internal, not exported. */
#ifndef EMSCORE_TEXT_H
#define EMSCORE_TEXT_H

/* A copy of s that is one line and drives no terminal: line feed, carriage
 * return and tab become \n, \r, \t; other C0 controls, DEL and bytes that
 * are not UTF-8 become \xNN; C1 controls and the line and paragraph
 * separators U+2028, U+2029 become \uXXXX. Everything else, UTF-8 included,
 * is kept. Returns a new string (free()) or NULL when out of memory. */
char *ems_text__one_line(const char *s);

#endif
