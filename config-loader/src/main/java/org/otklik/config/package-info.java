/**
 * Reads the administrator's {@code config/} directory into core types: settings, the production
 * calendar, municipality profiles with executors and gazetteers, and one-term-a-line dictionaries.
 * Every problem is a {@link org.otklik.config.ConfigException} naming {@code file:line: field: what is wrong};
 * unknown keys are errors. {@link org.otklik.config.ConfigWatch} re-reads a directory on change.
 */
package org.otklik.config;
