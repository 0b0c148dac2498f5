# Build: docker build -t studio-bot .
# Run:   docker run -d --name studio-bot -e TELEGRAM_BOT_TOKEN=... -v studio-bot-data:/data studio-bot
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
COPY messages messages
RUN mvn -B -ntp -q -DskipTests package

FROM eclipse-temurin:17-jre
# fonts for the /stats pictures (drawn headless: figures and dates only)
RUN apt-get update && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
RUN groupadd --system studiobot \
 && useradd --system --gid studiobot --uid 10001 --home-dir /app --shell /usr/sbin/nologin studiobot \
 && mkdir -p /data /app \
 && chown studiobot:studiobot /data
WORKDIR /app
COPY --from=build /src/target/studio-bot.jar /app/studio-bot.jar
COPY --chown=studiobot:studiobot messages /app/messages
# a class-data archive of one start (JDK, ICU, Jackson, SQLite, OkHttp, TelegramBots classes, parsed
# once here): a start against a Bot API that is not there loads what a start loads up to its
# first poll and waits for the API, until the SIGTERM after 15 s stops it gracefully; each start
# then maps the archive instead (LiveBenchmark measures it)
RUN TELEGRAM_BOT_TOKEN=0:archive TELEGRAM_API_URL=http://127.0.0.1:9 \
    timeout -s TERM 15 java -XX:ArchiveClassesAtExit=/app/studio-bot.jsa -jar /app/studio-bot.jar --data /tmp/cds run > /dev/null 2>&1; \
    test -s /app/studio-bot.jsa && rm -rf /tmp/cds && chmod 444 /app/studio-bot.jsa
ENV STUDIO_BOT_DATA=/data \
    STUDIO_BOT_MESSAGES=/app/messages
VOLUME ["/data"]
USER studiobot
# the serial collector: a heap of tens of megabytes needs no more, and G1's own tables would cost ~40 MB;
# the C1 compiler only: on a small container's one or two cores, C2's compiles compete with the start and
# the first replies, and its work memory stays in the RSS (LiveBenchmark, 2 cores: a restart 1.43 -> 1.07-1.20 s
# to the first poll, a first start 1.94 -> 1.21-1.47 s, RSS after the latency runs 180 -> 139-142 MB, every
# step's reply p50 lower; updates handled a second 1,519 -> 1,238, where a studio needs a few)
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/studio-bot.jsa", "-Xshare:auto", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/studio-bot.jar"]
CMD ["run"]
