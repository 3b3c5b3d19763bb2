package org.suqiu.contracts.routing;

/** Why two grievances are linked: 重复件 (same citizen again) or 并单 (one matter, many citizens). */
public enum LinkKind {
    REPEAT,
    MERGED
}
