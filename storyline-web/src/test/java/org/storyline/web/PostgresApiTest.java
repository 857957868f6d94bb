package org.storyline.web;

import org.storyline.store.StoreKind;

/** The REST API's tests ({@link ApiTest}) on a PostgreSQL store: the same answers as on SQLite. */
class PostgresApiTest extends ApiTest {

  @Override
  StoreKind kind() {
    return StoreKind.POSTGRES;
  }
}
