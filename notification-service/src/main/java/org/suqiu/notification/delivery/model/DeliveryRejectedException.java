package org.suqiu.notification.delivery.model;

/** The provider refused the message for good (a bad number, an unknown template): retrying will not help. */
public class DeliveryRejectedException extends RuntimeException {

    public DeliveryRejectedException(String message) {
        super(message);
    }
}
