package org.policytracker.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.Resource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the people defined in the Keycloak realm export ({@code realm-config/}), the one source of
 * truth for demo users: the local login offers exactly these users, roles and tenants.
 */
public final class RealmExport {

    private RealmExport() {
    }

    /** Interactive users (service accounts are left out) with their password, roles and tenant. */
    public static List<DemoUser> readUsers(Resource realmFile) {
        JsonNode realm;
        try (InputStream in = realmFile.getInputStream()) {
            realm = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the realm export " + realmFile, e);
        }
        List<DemoUser> users = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            if (user.hasNonNull("serviceAccountClientId") || !user.path("enabled").asBoolean(true)) {
                continue;
            }
            String username = user.path("username").asString();
            String tenant = user.path("attributes").path("tenant").path(0).asString(null);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (JsonNode role : user.path("realmRoles")) {
                for (Role known : Role.values()) {
                    if (known.name().equals(role.asString())) {
                        roles.add(known);
                    }
                }
            }
            String password = null;
            for (JsonNode credential : user.path("credentials")) {
                if ("password".equals(credential.path("type").asString())) {
                    password = credential.path("value").asString();
                }
            }
            String displayName = (user.path("firstName").asString("") + " " + user.path("lastName").asString("")).strip();
            users.add(new DemoUser(username, displayName.isEmpty() ? username : displayName,
                    user.path("email").asString(null), tenant, Set.copyOf(roles), password));
        }
        return users;
    }
}
