/**
 * The {@code otklik} command line: one subcommand a class, each wiring the modules it needs by hand.
 * Exit codes: 0 ok, 2 bad input or config (the message names file, line and field), 1 other failure.
 */
package org.otklik.app;
