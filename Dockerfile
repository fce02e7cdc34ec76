# syntax=docker/dockerfile:1
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Mentorship.Domain/Mentorship.Domain.csproj src/Mentorship.Domain/
COPY src/Mentorship.Application/Mentorship.Application.csproj src/Mentorship.Application/
COPY src/Mentorship.Infrastructure/Mentorship.Infrastructure.csproj src/Mentorship.Infrastructure/
COPY src/Mentorship.WebApi/Mentorship.WebApi.csproj src/Mentorship.WebApi/
RUN dotnet restore src/Mentorship.WebApi/Mentorship.WebApi.csproj
COPY src/ src/
RUN dotnet publish src/Mentorship.WebApi/Mentorship.WebApi.csproj -c Release -o /app --no-restore /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /app/App_Data && chown -R app:app /app/App_Data
COPY --from=build --chown=app:app /app ./
USER app
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true
EXPOSE 8080
VOLUME ["/app/App_Data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD curl -fsS http://localhost:8080/health/live || exit 1
ENTRYPOINT ["dotnet", "Mentorship.WebApi.dll"]
