/**
 * Writing files (reports, drafts, the loader's parsed cache) so that a crash never leaves half a file:
 * write aside in the same folder, then rename into place; and the one JSON configuration
 * ({@link org.claimskb.files.Json}) every command, the report and the derived state write with.
 * Imports nothing of the project's.
 */
package org.claimskb.files;
