/**
 * Domain types shared by every Otklik module: what a post, a classification, a case and a
 * regulation profile are, and the working-time calendar that turns a regulation's
 * "9 working hours" into an instant. Nothing here does I/O: loaders live in
 * {@code org.otklik.config}, persistence in {@code org.otklik.store}.
 */
package org.otklik.core;
