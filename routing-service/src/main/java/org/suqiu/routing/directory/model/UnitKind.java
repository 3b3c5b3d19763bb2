package org.suqiu.routing.directory.model;

/** The two kinds of 承办单位. */
public enum UnitKind {
    /** 属地政府: a city, county or township government. */
    LOCAL_GOVERNMENT,
    /** 条线部门: a line department such as 住房和城乡建设局. */
    LINE_DEPARTMENT
}
