package org.suqiu.notification.recipient.model;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.suqiu.notification.jurisdiction.model.JurisdictionCode;

/** Test fixture (the configured offices of issue 3, replaced by the people directory). 
 * The supervising offices (督查室) and the rule that picks them for a case: 属地管理、分级负责 — the
 * office of the case's own division and of every division above it is told, nearest first; so a
 * 乌镇镇 (330483102) case reaches 桐乡市 (330483) and 嘉兴市 (330400) but not 嘉善县 (330421).
 */
public final class Supervisors {

    private final List<Supervisor> all;

    public Supervisors(List<Supervisor> supervisors) {
        Set<String> ids = new HashSet<>();
        for (Supervisor supervisor : supervisors) {
            if (!ids.add(supervisor.id())) {
                throw new IllegalArgumentException("supervisor id " + supervisor.id() + " is configured twice");
            }
        }
        this.all = List.copyOf(supervisors);
    }

    public List<Supervisor> all() {
        return all;
    }

    /** The offices to tell about a case whose division code is {@code caseJurisdictionCode}. */
    public RecipientResolution resolve(String caseJurisdictionCode) {
        Optional<JurisdictionCode> jurisdiction = JurisdictionCode.parse(caseJurisdictionCode);
        if (jurisdiction.isEmpty()) {
            return new RecipientResolution(caseJurisdictionCode, jurisdiction, List.of());
        }
        JurisdictionCode code = jurisdiction.get();
        List<Recipient> recipients = all.stream()
                .filter(supervisor -> supervisor.watches(code))
                .sorted(Comparator.comparingInt((Supervisor s) -> s.jurisdiction().level().ordinal()).reversed())
                .map(Supervisor::asRecipient)
                .toList();
        return new RecipientResolution(caseJurisdictionCode, jurisdiction, recipients);
    }
}
