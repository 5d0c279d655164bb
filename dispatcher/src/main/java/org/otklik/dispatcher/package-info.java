/**
 * Dispatcher: turns classified posts into cases that follow the municipality's regulation — routing,
 * step deadlines in working time, the case workflow with role checks, co-executors, interim answers,
 * repeats, violations, escalation to the chief, draft checks and reports.
 */
package org.otklik.dispatcher;
