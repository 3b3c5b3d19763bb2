package org.suqiu.routing.support;

/**
 * 权限: who may call routing's endpoints, as {@code @PreAuthorize} expressions. The scope (unit,
 * jurisdiction) is applied in the queries themselves; these only say which roles may ask at all.
 */
public final class Access {

    /** Every staff role: the unit directory is not secret inside the organisation. */
    public static final String ANY_STAFF =
            "hasAnyRole('OPERATOR','INBOX_CLERK','DISPATCHER','HANDLER','MEDIATOR','UNIT_HEAD','SUPERVISOR','ADMIN')";

    /** The rule table (派单规则): dispatchers, administrators, and supervisors (read-only, their area). */
    public static final String RULE_READERS = "hasAnyRole('DISPATCHER','ADMIN','SUPERVISOR')";

    /** The triage queue (人工分拨). */
    public static final String TRIAGE = "hasAnyRole('DISPATCHER','ADMIN')";

    /** Changing rules and units (规则与单位管理). */
    public static final String ADMIN = "hasRole('ADMIN')";

    /** The rule-set history and the merged matters (并单): dispatchers, administrators, supervisors. */
    public static final String OVERSEERS = "hasAnyRole('DISPATCHER','ADMIN','SUPERVISOR')";

    /** Those who may see a case: staff of its unit, supervisors, dispatchers, administrators. */
    public static final String CASE_READERS = "hasAnyRole('HANDLER','MEDIATOR','UNIT_HEAD','SUPERVISOR','DISPATCHER','ADMIN')";

    private Access() {
    }
}
