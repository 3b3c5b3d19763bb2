package org.suqiu.mediation.cases.model;

import java.util.EnumSet;
import java.util.Set;

/** Where a case stands, from 派单 (OPEN) to closing; see the README's state diagram. */
public enum CaseState {
    /** Assigned to the unit, which has not accepted (签收) it yet. */
    OPEN,
    /** 签收: the unit acknowledged the case. */
    ACCEPTED,
    /** 办理中: the unit started work (first contact with the citizen). */
    IN_PROGRESS,
    /** 调解中: the case is in mediation (大调解). */
    IN_MEDIATION,
    /** 中止: paused; its clocks stop until it is resumed. */
    SUSPENDED,
    /** 办结: the unit answered the citizen (答复). */
    RESOLVED,
    /** 回访: the citizen rated the answer satisfied or basically satisfied; awaits closing. */
    CALLED_BACK,
    /** 退单: the unit returned it before accepting; awaits routing's next unit. */
    RETURNED,
    /** Still not satisfied after 重办: a supervisor decides. */
    ESCALATED,
    /** Closed for good. */
    CLOSED;

    /** The states in which the unit is working on the case (it may be suspended, resolved, asked for more time...). */
    public static final Set<CaseState> WORKING = EnumSet.of(ACCEPTED, IN_PROGRESS, IN_MEDIATION);

    public boolean isWorking() {
        return WORKING.contains(this);
    }
}
