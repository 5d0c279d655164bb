/**
 * The web workplace and JSON API over the store: live feed with Russian full-text search, excluded messages,
 * the case board with step deadlines, the case page with the actions a role may take, reports and sources health.
 * Case workflow goes through the {@link org.otklik.dashboard.CaseActions} port; draft checks through
 * {@link org.otklik.dashboard.DraftCheck}. {@link org.otklik.dashboard.Dashboard} is the one entry point.
 */
package org.otklik.dashboard;
