/**
 * The {@code claims} command line (picocli): one class per subcommand, the KB-root lookup,
 * shared options, and the exit-status convention (0 ok, 2 bad input, 1 internal error).
 * Commands only parse options, call the feature packages and print.
 */
package org.claimskb.cli;
