package org.suqiu.identity.staff.model;

import java.util.List;
import java.util.Optional;

/** The staff who may sign in (port). */
public interface StaffMembers {

    Optional<StaffMember> byId(String id);

    List<StaffMember> all();
}
