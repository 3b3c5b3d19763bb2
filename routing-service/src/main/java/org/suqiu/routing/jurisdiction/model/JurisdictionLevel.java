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
    TOWNSHIP;

    /** Whether this level is the county or below it, i.e. precise enough to route by. */
    public boolean isCountyOrBelow() {
        return compareTo(COUNTY) >= 0;
    }
}
