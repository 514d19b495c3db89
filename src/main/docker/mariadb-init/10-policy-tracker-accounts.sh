# Policy Tracker's two database accounts, created when the mariadb container initialises an empty
# volume (the image's entrypoint sources *.sh files in /docker-entrypoint-initdb.d, see
# docker-compose.yml). The same shape as the embedded default (README "Database"):
#   POLICY_TRACKER_MIGRATION_USER  owns the schema: Flyway migrates as it (SPRING_FLYWAY_USER)
#   POLICY_TRACKER_APP_USER        the application at run time: rows only (SPRING_DATASOURCE_USERNAME)
# Both connect only over TLS; neither gets FILE, SUPER, PROCESS or any right outside
# ${MARIADB_DATABASE}. Host '%' because the app reaches the container through Docker's network;
# name the app's address instead where it is fixed.
docker_process_sql --database=mysql <<SQL
CREATE USER '${POLICY_TRACKER_MIGRATION_USER}'@'%' IDENTIFIED BY '${POLICY_TRACKER_MIGRATION_PASSWORD}' REQUIRE SSL;
GRANT ALL PRIVILEGES ON \`${MARIADB_DATABASE}\`.* TO '${POLICY_TRACKER_MIGRATION_USER}'@'%';
CREATE USER '${POLICY_TRACKER_APP_USER}'@'%' IDENTIFIED BY '${POLICY_TRACKER_APP_PASSWORD}' REQUIRE SSL;
GRANT SELECT, INSERT, UPDATE, DELETE ON \`${MARIADB_DATABASE}\`.* TO '${POLICY_TRACKER_APP_USER}'@'%';
SQL
