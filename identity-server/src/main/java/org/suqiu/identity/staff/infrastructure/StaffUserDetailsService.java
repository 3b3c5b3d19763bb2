package org.suqiu.identity.staff.infrastructure;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.suqiu.identity.staff.model.StaffMember;
import org.suqiu.identity.staff.model.StaffMembers;

/** Lets Spring Security check a staff member's password (form login and the password grant). */
public final class StaffUserDetailsService implements UserDetailsService {

    private final StaffMembers staff;

    public StaffUserDetailsService(StaffMembers staff) {
        this.staff = staff;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffMember member = staff.byId(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(member.id())
                .password(member.passwordHash())
                .roles(member.roles().stream().map(Enum::name).toArray(String[]::new))
                .build();
    }
}
