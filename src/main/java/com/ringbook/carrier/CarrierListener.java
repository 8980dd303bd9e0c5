package com.ringbook.carrier;

/** Where a carrier delivers what it hears; implementations must be quick and thread-safe. */
public interface CarrierListener {

    void onEvent(CarrierEvent event);

    void onHealth(CarrierHealth health);
}
