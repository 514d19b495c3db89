package org.policytracker.order;

/** No order, or no directive of the order, with the code asked for. */
public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException(String message) {
        super(message);
    }
}
