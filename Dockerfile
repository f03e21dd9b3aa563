# syntax=docker/dockerfile:1
# contractflow: build with the Maven wrapper on a JDK, run the layered Spring Boot jar on a JRE.
#   docker build -t contractflow .        (BuildKit, the default builder of Docker 23+)
# The image runs the prod profile: it needs PostgreSQL and CONTRACTFLOW_ADMIN_PASSWORD, see
# docker-compose.yml and .env.example.

# ---- build --------------------------------------------------------------------------------------
# exact versions (issue 10): bump deliberately
FROM eclipse-temurin:17.0.17_10-jdk AS build
WORKDIR /build

# mvnw, .mvn/, pom.xml, src/, bpmn/, forms/ (.dockerignore keeps target/, data/, .git/, .env out)
COPY . .

# ~/.m2 (the Maven distribution fetched by the wrapper and every dependency) is a BuildKit cache
# mount: kept between builds, never part of an image layer
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw \
 && ./mvnw -B --no-transfer-progress -DskipTests package \
 && cp target/contractflow-*.jar application.jar \
 && java -Djarmode=tools -jar application.jar extract --layers --destination extracted

# ---- run ----------------------------------------------------------------------------------------
FROM eclipse-temurin:17.0.17_10-jre

# curl for the health check: recent eclipse-temurin images no longer ship it
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system contractflow \
 && useradd --system --gid contractflow --home-dir /app --shell /usr/sbin/nologin contractflow \
 && mkdir -p /app \
 && chown contractflow:contractflow /app

WORKDIR /app

# one layer per Spring Boot layer, least often changed first
COPY --from=build --chown=contractflow:contractflow /build/extracted/dependencies/ ./
COPY --from=build --chown=contractflow:contractflow /build/extracted/spring-boot-loader/ ./
COPY --from=build --chown=contractflow:contractflow /build/extracted/snapshot-dependencies/ ./
COPY --from=build --chown=contractflow:contractflow /build/extracted/application/ ./

# the application binds 127.0.0.1 by default (server.address); in a container it must listen on
# every interface so that the published port reaches it
ENV SPRING_PROFILES_ACTIVE=prod \
    CONTRACTFLOW_BIND_ADDRESS=0.0.0.0 \
    CONTRACTFLOW_PORT=8080 \
    TZ=Europe/Brussels

USER contractflow
EXPOSE 8080

# the engine creates its schema on the first start: give it time before the checks count
HEALTHCHECK --interval=15s --timeout=5s --start-period=180s --retries=4 \
    CMD curl --fail --silent --show-error --max-time 4 \
        "http://127.0.0.1:${CONTRACTFLOW_PORT}/actuator/health/readiness" >/dev/null || exit 1

# extra JVM flags: set JAVA_TOOL_OPTIONS (read by the JVM itself)
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "application.jar"]
