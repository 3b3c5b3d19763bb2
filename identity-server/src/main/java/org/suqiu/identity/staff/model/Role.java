package org.suqiu.identity.staff.model;

/** A power a staff member holds; the access token's {@code roles} claim carries these exact names. */
public enum Role {
    /** 12345热线话务员: takes calls and records grievances. */
    OPERATOR,
    /** 网上信访/信箱受理员: works the online petition inbox and the mailbox. */
    INBOX_CLERK,
    /** 分拨员: triages and routes by hand what the rules could not. */
    DISPATCHER,
    /** 承办人: handles the cases of one unit. */
    HANDLER,
    /** 调解员: mediates the cases of one unit. */
    MEDIATOR,
    /** 单位负责人: heads a unit and answers for its cases. */
    UNIT_HEAD,
    /** 督查督办: supervises the cases of a jurisdiction and its subtree. */
    SUPERVISOR,
    /** 管理员: keeps units, rules and policies. */
    ADMIN;

    /** Whether holding this role means belonging to a unit. */
    public boolean isStaffOfAUnit() {
        return this == HANDLER || this == MEDIATOR || this == UNIT_HEAD;
    }
}
