# EHC Flow: one image with the engine, its webapps, the REST API and our own code.
#   docker build -t ehc-flow .
#   docker run -p 8080:8080 -v ehcflow-data:/app/data \
#     -e EHCFLOW_ADMIN_USERNAME=... -e EHCFLOW_ADMIN_PASSWORD=... ehc-flow
# Without SPRING_PROFILES_ACTIVE=postgres the engine keeps its H2 database under /app/data.
# docker-compose.yml runs it against PostgreSQL with Mailpit for email.

# --- build ----------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

# Dependencies first, in their own layer: it is rebuilt only when pom.xml or the wrapper change.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN chmod +x mvnw && ./mvnw -B -q dependency:go-offline

COPY . .
RUN chmod +x mvnw && ./mvnw -B -q package -DskipTests \
 && mkdir -p /out \
 && cp target/ehc-flow-*.jar /out/app.jar

# --- run ------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

RUN groupadd --system ehcflow \
 && useradd --system --gid ehcflow --home-dir /app --no-create-home --shell /usr/sbin/nologin ehcflow \
 && mkdir -p /app/data \
 && chown -R ehcflow:ehcflow /app

WORKDIR /app
COPY --from=build --chown=ehcflow:ehcflow /out/app.jar /app/app.jar

# ./data (the H2 file of the default profile, demo mail files) lives on a volume.
VOLUME /app/data

USER ehcflow:ehcflow
# Every date is a date in England: the engine adds timer periods in the JVM's time zone.
ENV TZ=Europe/London
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Duser.timezone=Europe/London"
EXPOSE 8080

# The engine migrates its schema at first start: give it time before failed checks count.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD curl -fsS -o /dev/null http://127.0.0.1:8080/actuator/health || exit 1

ENTRYPOINT ["java", "-jar", "/app/app.jar"]
