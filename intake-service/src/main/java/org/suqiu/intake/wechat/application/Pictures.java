package org.suqiu.intake.wechat.application;

import reactor.core.publisher.Mono;

/** Fetches the picture of an image message from its {@code PicUrl}. */
public interface Pictures {

    /** A fetched picture. */
    record Picture(byte[] content, String contentType) {
    }

    /** Signalled when the picture is larger than allowed. */
    class TooLarge extends RuntimeException {
        public TooLarge() {
            super("picture too large", null, false, false);
        }
    }

    /** The picture, at most {@code maxBytes} large (else {@link TooLarge}); an error when it cannot be fetched. */
    Mono<Picture> fetch(String url, long maxBytes);
}
