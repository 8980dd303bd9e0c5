package com.ringbook.engine;

import com.ringbook.domain.CarrierSettings;
import com.ringbook.engine.api.ConnectionTest;

/** Checks carrier credentials and the business number without starting the carrier. */
@FunctionalInterface
public interface ConnectionTester {

    ConnectionTest test(CarrierSettings settings, String authToken);
}
