package org.suqiu.routing.jurisdiction.model;

/** How a place name was written, strongest evidence first. */
public enum PlaceNameKind {
    /** The full official name: 桐乡市, 乌镇镇, 魏塘街道. */
    FULL_NAME,
    /** A city's or county's name without its 市/区/县: 桐乡, 南湖. */
    SHORT_NAME,
    /** A town's name without its 镇/乡: 乌镇, 西塘; weakest, as some are also common words. */
    TOWNSHIP_SHORT_NAME
}
