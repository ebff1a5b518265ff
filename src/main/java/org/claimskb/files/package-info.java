/**
 * Writing the files users read (reports, drafts) so that a crash never leaves half a file:
 * write aside in the same folder, then rename into place.
 */
package org.claimskb.files;
