package org.policytracker.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A person of the local login (a demo user or an invited person), as Spring Security checks their password. */
public interface PasswordSignIn extends TenantUser, UserDetails {

    String password();

    @Override
    default Collection<? extends GrantedAuthority> getAuthorities() {
        return roles().stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    default String getPassword() {
        return password();
    }

    @Override
    default String getUsername() {
        return username();
    }
}
