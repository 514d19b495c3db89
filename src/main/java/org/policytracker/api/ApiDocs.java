package org.policytracker.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.servers.Server;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's fixed parts. Its server is the relative "/" (the document's own
 * origin): springdoc would otherwise build it from the request's Host header, which any caller sets.
 */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Policy Tracker API", version = "v1"), servers = @Server(url = "/"))
class ApiDocs {
}
