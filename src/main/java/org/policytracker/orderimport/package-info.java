/**
 * Importing an order from its text: the rule-based requirement finder ({@link org.policytracker.orderimport.RequirementRules}
 * holds every rule, {@link org.policytracker.orderimport.RequirementFinder} applies them), and the import of the
 * proposals an administrator accepted through {@code admin.OrderConfiguration} ({@link org.policytracker.orderimport.OrderTextImport});
 * the review page in {@code orderimport.ui}.
 */
package org.policytracker.orderimport;
