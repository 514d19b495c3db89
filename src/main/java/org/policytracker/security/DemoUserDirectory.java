package org.policytracker.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** The demo users of the realm export, for the local login and the demo-data loader. */
@Component
public class DemoUserDirectory {

    private final Map<String, DemoUser> users;

    DemoUserDirectory(@Value("${policy-tracker.realm-file}") Resource realmFile) {
        this.users = RealmExport.readUsers(realmFile).stream()
                .collect(Collectors.toUnmodifiableMap(DemoUser::username, Function.identity()));
    }

    public List<DemoUser> all() {
        return users.values().stream().sorted((a, b) -> a.username().compareTo(b.username())).toList();
    }

    public Optional<DemoUser> find(String username) {
        return Optional.ofNullable(users.get(username));
    }
}
