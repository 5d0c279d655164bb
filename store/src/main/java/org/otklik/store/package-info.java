/**
 * Persistence of posts, classifications, cases with their audit log, and crawler cursors, over JDBC:
 * an H2 file by default, PostgreSQL by URL, one Flyway-migrated schema for both. Every write that must
 * not be half-done (posts with the cursor that read them, a step change with its audit row) is one transaction.
 */
package org.otklik.store;
