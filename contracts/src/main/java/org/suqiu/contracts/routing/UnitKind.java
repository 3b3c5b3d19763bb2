package org.suqiu.contracts.routing;

/** The two kinds of 承办单位. */
public enum UnitKind {
    /** 属地政府: a county or township government. */
    LOCAL_GOVERNMENT,
    /** 条线部门: a line department such as 生态环境局. */
    LINE_DEPARTMENT
}
