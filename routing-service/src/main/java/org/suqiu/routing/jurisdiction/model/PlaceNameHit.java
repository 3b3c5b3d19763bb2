package org.suqiu.routing.jurisdiction.model;

import java.util.List;

/** One place name found in a text: where, how it was written and the divisions it names. */
public record PlaceNameHit(String name, PlaceNameKind kind, int position, List<String> codes) {

    public PlaceNameHit {
        codes = List.copyOf(codes);
    }
}
