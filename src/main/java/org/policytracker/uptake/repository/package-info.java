/**
 * The Spring Data repositories of measures, sectors, reporting periods and participation reports:
 * used by this module's services, and by the demo loader, which writes the demo rows through them.
 */
@NamedInterface("repository")
package org.policytracker.uptake.repository;

import org.springframework.modulith.NamedInterface;
