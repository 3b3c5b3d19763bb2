package org.suqiu.routing.jurisdiction.model;

import java.util.List;

/**
 * What {@link AddressMatcher} made of a text: the deepest division it is sure of, or why there is
 * none, with every place name it saw.
 */
public record AddressMatch(Result result, Jurisdiction jurisdiction, List<PlaceNameHit> hits, List<String> conflicting) {

    /** The three answers a text can give. */
    public enum Result {
        /** The names agree on a county or a division below it. */
        FOUND,
        /** The names point to different counties: not guessed. */
        AMBIGUOUS,
        /** No name of a county or below (a city's name alone is not enough). */
        NONE
    }

    public AddressMatch {
        hits = List.copyOf(hits);
        conflicting = List.copyOf(conflicting);
    }

    public boolean found() {
        return result == Result.FOUND;
    }
}
