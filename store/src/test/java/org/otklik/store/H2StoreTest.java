package org.otklik.store;

import org.junit.jupiter.api.extension.RegisterExtension;

class H2StoreTest extends StoreContract {
    @RegisterExtension
    static final StoreExtension DB = new StoreExtension(StoreExtension.Kind.H2);
}
