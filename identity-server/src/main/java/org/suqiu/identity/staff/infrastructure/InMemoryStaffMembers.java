package org.suqiu.identity.staff.infrastructure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.suqiu.identity.staff.model.StaffMember;
import org.suqiu.identity.staff.model.StaffMembers;

/** The staff file held in memory; ids are unique or the start-up fails. */
public final class InMemoryStaffMembers implements StaffMembers {

    private final Map<String, StaffMember> byId = new LinkedHashMap<>();

    public InMemoryStaffMembers(List<StaffMember> staff) {
        for (StaffMember member : staff) {
            if (byId.putIfAbsent(member.id(), member) != null) {
                throw new IllegalStateException("user id " + member.id() + " appears twice in the staff file");
            }
        }
        if (byId.isEmpty()) {
            throw new IllegalStateException("the staff file lists nobody");
        }
    }

    @Override
    public Optional<StaffMember> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    @Override
    public List<StaffMember> all() {
        return List.copyOf(byId.values());
    }
}
