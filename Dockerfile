# Build: docker build -t article-bot .
# Run:   docker run --rm -e Discord__Token=... -v "$PWD/config:/app/config" -v bot-data:/app/data article-bot
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props Bot.sln ./
COPY src/Bot/Bot.csproj src/Bot/packages.lock.json src/Bot/
COPY src/Bot.Core/Bot.Core.csproj src/Bot.Core/packages.lock.json src/Bot.Core/
COPY src/Bot.Discord/Bot.Discord.csproj src/Bot.Discord/packages.lock.json src/Bot.Discord/
COPY src/Bot.Slack/Bot.Slack.csproj src/Bot.Slack/packages.lock.json src/Bot.Slack/
COPY src/Bot.Redis/Bot.Redis.csproj src/Bot.Redis/packages.lock.json src/Bot.Redis/
COPY src/Bot.Ops/Bot.Ops.csproj src/Bot.Ops/packages.lock.json src/Bot.Ops/
RUN dotnet restore src/Bot/Bot.csproj --locked-mode
COPY src/ src/
COPY config/ config/
RUN dotnet publish src/Bot/Bot.csproj -c Release --no-restore -o /app

# aspnet: the health and metrics endpoints run on Kestrel.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /app/data && chown -R app:app /app/data
USER app
ENV DOTNET_ENVIRONMENT=Production \
    Ops__Listen=http://+:8080
EXPOSE 8080
# No curl in the image: the bot asks its own /healthz (alive; a store outage is reported on /readyz, not here).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["dotnet", "Bot.dll", "healthcheck"]
VOLUME ["/app/config", "/app/data"]
ENTRYPOINT ["dotnet", "Bot.dll"]
