package org.suqiu.routing.jurisdiction.model;

/** The levels of the administrative division tree (行政区划层级), from the top down. */
public enum JurisdictionLevel {
    /** 省级. */
    PROVINCE,
    /** 地级: a prefecture-level city such as 嘉兴市. */
    CITY,
    /** 县级: a district, county or county-level city such as 桐乡市. */
    COUNTY,
    /** 乡级: a township, town or sub-district (街道) such as 乌镇镇. */
    TOWNSHIP,
    /** 村级: a village or residents' community (村/社区), 12-digit code, when a deployment imports it. */
    COMMUNITY,
    /** 网格: a grid of the grid management (网格化管理), below a community, when a deployment imports it. */
    GRID;

    /** Whether this level is the county or below it, i.e. precise enough to route by. */
    public boolean isCountyOrBelow() {
        return compareTo(COUNTY) >= 0;
    }
}
