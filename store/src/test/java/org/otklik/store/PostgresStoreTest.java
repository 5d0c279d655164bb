package org.otklik.store;

import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresStoreTest extends StoreContract {
    @RegisterExtension
    static final StoreExtension DB = new StoreExtension(StoreExtension.Kind.POSTGRESQL);
}
