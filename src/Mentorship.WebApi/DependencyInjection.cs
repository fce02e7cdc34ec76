using System.Globalization;
using System.Text.Json.Serialization;
using Hangfire;
using Mentorship.Application.Common.Interfaces;
using Mentorship.WebApi.Endpoints.Auditing;
using Mentorship.WebApi.Endpoints.Common;
using Mentorship.WebApi.Endpoints.Dashboard;
using Mentorship.WebApi.Endpoints.Documents;
using Mentorship.WebApi.Endpoints.Exports;
using Mentorship.WebApi.Endpoints.Integration;
using Mentorship.WebApi.Endpoints.Jobs;
using Mentorship.WebApi.Endpoints.MentorBank;
using Mentorship.WebApi.Endpoints.Monitoring;
using Mentorship.WebApi.Endpoints.People;
using Mentorship.WebApi.Endpoints.Programmes;
using Mentorship.WebApi.Endpoints.Public;
using Mentorship.WebApi.Endpoints.Reference;
using Mentorship.WebApi.Endpoints.Reporting;
using Mentorship.WebApi.Endpoints.Roadmaps;
using Mentorship.WebApi.Endpoints.Territory;
using Mentorship.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mentorship.WebApi;

public static class DependencyInjection
{
    public const string ApiBase = "/api/v1";

    public static IServiceCollection AddWebApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();

        services.Configure<JsonOptions>(options => ConfigureJson(options.SerializerOptions));
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options => ConfigureJson(options.JsonSerializerOptions));

        // Binding failures (malformed JSON, wrong media type, bad parameters) are thrown, so that the one
        // exception handler turns them into problem details with the field at fault.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;

            // Status pages (no route, no method) come without an exception: give them a title in the caller's language.
            if (context.Exception is null)
            {
                context.ProblemDetails.Title = ProblemDetailsExceptionHandler.TitleOf(context.ProblemDetails.Status) ?? context.ProblemDetails.Title;
            }

            if (!context.ProblemDetails.Extensions.ContainsKey(ProblemDetailsExceptionHandler.CodeMember)
                && ProblemDetailsExceptionHandler.CodeOf(context.ProblemDetails.Status) is { } code)
            {
                context.ProblemDetails.Extensions[ProblemDetailsExceptionHandler.CodeMember] = code;
            }

            context.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

        services.Configure<RequestLocalizationOptions>(options =>
        {
            CultureInfo[] cultures = [new("ru"), new("en")];
            options.DefaultRequestCulture = new RequestCulture("ru");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.ApplyCurrentCultureToResponseHeaders = true;
        });

        services.AddTrustedForwardedHeaders(configuration);

        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(options =>
            options.Limits.MaxRequestBodySize = configuration.GetValue("Limits:MaxRequestBodyBytes", RequestSizeLimitMiddleware.DefaultMaxBytes));
        services.AddScoped<IdempotencyFilter>();
        services.AddMentorshipAuthentication(configuration);
        services.AddPublicResource(configuration);
        services.AddFrontendCors(configuration);
        services.Configure<DashboardSessionOptions>(configuration.GetSection(DashboardSessionOptions.Section));
        services.AddSingleton<DashboardSession>();
        services.AddMentorshipRateLimiting(configuration);
        services.AddMentorshipOpenApi();
        return services;
    }

    public static void ConfigureJson(System.Text.Json.JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;

        // A field the API does not know is refused, not ignored: a body cannot slip in what its caller may not set.
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.Converters.Add(new AcademicYearJsonConverter());
    }

    public static WebApplication UseMentorshipPipeline(this WebApplication app)
    {
        // Client addresses from X-Forwarded-For only when a configured proxy sent them (rate-limit partitions, audit).
        app.UseForwardedHeaders();
        app.UseSecurityHeaders(SecurityHeaders.Policy(app.Environment));

        // Localisation first, so that problem details written after an exception are in the caller's language.
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        // Until the database is ready (migrated, demo data in Development) requests wait for it; probes answer at once.
        app.UseMiddleware<DatabasePreparationGate>();
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        app.UseMiddleware<ContentTypeCharsetGuardMiddleware>();
        app.UseMiddleware<ParameterTextGuardMiddleware>();
        IdempotencyFilter.BufferBodies(app);

        // CORS before authentication, so that browsers' preflight requests are answered without a token: the
        // frontends' default policy everywhere, the open resource's own policy on /public.
        app.UseCors();

        // Rate limiting in two places. Before authentication, failed credentials count per client address and an
        // address that has used up its failures is refused before its next key or token is even checked. After
        // authentication and before authorisation, every request counts: per user when its credentials are valid,
        // per client address otherwise (a request with a wrong key counts there too before it is refused with 401).
        // A request without credentials (an anonymous public read, a probe) skips the authentication handlers: they
        // would find nothing to check. One with an Authorization or API-key header is authenticated, and refused if wrong.
        app.UseMiddleware<CredentialFailureLimiting>();
        app.UseWhen(AuthenticationSetup.CarriesCredentials, authenticated => authenticated.UseAuthentication());
        app.UseRateLimiter();

        // The contract is public, and the dashboard decides for itself (administrators; local requests in
        // Development): both answer before the fallback policy that requires a caller everywhere else.
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "Mentorship API v1");

            // The token typed into "Authorize" survives a reload (kept in the page's localStorage).
            options.EnablePersistAuthorization();
        });
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new HangfireDashboardAuthorization(app.Environment, app.Services.GetRequiredService<DashboardSession>())],
            DashboardTitle = "Mentorship jobs",
        });

        app.UseAuthorization();

        // After the rate limiter, so that answers from the cache count too; only the public endpoints opt in.
        app.UseOutputCache();

        app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).AllowAnonymous();


        return app;
    }

    public static WebApplication MapMentorshipEndpoints(this WebApplication app)
    {
        var api = app.MapGroup(ApiBase).RequireRateLimiting(RateLimiting.PerClientPolicy);

        // The contract lists paths and tags in the order routes are mapped here (api-spec/openapi.json is checked
        // byte for byte), which is why stage 5 maps its /groups and /surveys routes after stage 6.
        api.MapRegions();
        api.MapMunicipalities();
        api.MapOrganizations();
        api.MapHeadCounts();
        api.MapPeople();
        api.MapIntegration();
        api.MapAuditing();
        api.MapReference();
        api.MapProgrammes();
        api.MapStage1LaunchConditions();
        api.MapStage2MentorSelection();
        api.MapStage3MentorBank();
        api.MapStage4MenteeBank();
        api.MapStage5OrganisationOfWork();
        api.MapStage5MatchingRuns();
        api.MapStage6Completion();
        api.MapStage5Groups();
        api.MapStage5Surveys();
        api.MapMonitoring();
        api.MapJobs();
        api.MapRoadmaps();
        api.MapExports();
        api.MapReportingRequests();
        api.MapPartners();
        api.MapDocuments();
        api.MapMunicipalMentorBank();
        if (app.Environment.IsDevelopment())
        {
            api.MapDevelopmentIdentity();
        }

        api.MapPublicProgrammes();
        api.MapPublicOrganizations();
        api.MapPublicPartners();
        api.MapPublicPractices();
        api.MapPublicIndicators();
        api.MapPublication();
        api.MapDashboardSession();
        api.MapCriteria();
        api.MapProgrammePublicPage();
        api.MapJoinRequestInbox();
        api.MapPublicJoinRequests();
        app.MapDashboardLoginPage();
        return app;
    }
}
