using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Infrastructure.Exports;
using Mentorship.Infrastructure.Jobs;
using Mentorship.Infrastructure.Matching;
using Mentorship.Infrastructure.Persistence;
using Mentorship.Infrastructure.Persistence.Interceptors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mentorship.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = configuration.GetSection("Database").Get<DatabaseSettings>() ?? new DatabaseSettings();
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<AuditableEntityInterceptor>();
        services.AddScoped<PersonalDataAuditInterceptor>();
        services.AddScoped<Identity.DevelopmentUsers>();
        services.AddScoped<DispatchDomainEventsInterceptor>();
        services.AddScoped<AfterCommitInterceptor>();
        services.AddScoped<Search.ProgrammeSearchInterceptor>();
        services.AddScoped<Search.PublicCacheEviction>();
        services.AddScoped<IProgrammeSearch, Search.ProgrammeSearch>();

        // Stamping and auditing run before the events are taken off the entities; events are published after the save.
        static IInterceptor[] Interceptors(IServiceProvider sp) =>
        [
            sp.GetRequiredService<AuditableEntityInterceptor>(), sp.GetRequiredService<PersonalDataAuditInterceptor>(),
            sp.GetRequiredService<DispatchDomainEventsInterceptor>(), sp.GetRequiredService<AfterCommitInterceptor>(),
            sp.GetRequiredService<Search.ProgrammeSearchInterceptor>(), sp.GetRequiredService<Search.PublicCacheEviction>(),
        ];

        var outage = OutageLimits.From(configuration);
        services.AddSingleton(outage);
        var connectionString = outage.WithConnectTimeout(settings.Provider, ConnectionString(configuration, settings.Provider, environment.ContentRootPath));
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                var pragmas = new SqlitePragmas(configuration.GetSection(SqlitePragmaSettings.Section).Get<SqlitePragmaSettings>() ?? new SqlitePragmaSettings());
                services.AddSingleton(pragmas);
                services.AddDbContext<ApplicationDbContext, SqliteApplicationDbContext>((sp, options) =>
                    options.UseSqlite(connectionString).AddInterceptors(Interceptors(sp)).AddInterceptors(pragmas));
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<ApplicationDbContext, PostgreSqlApplicationDbContext>((sp, options) =>
                    options.UseNpgsql(connectionString, npgsql => npgsql.ExecutionStrategy(dependencies => new BoundedNpgsqlExecutionStrategy(dependencies, outage)))
                        .AddInterceptors(Interceptors(sp)));
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContext<ApplicationDbContext, SqlServerApplicationDbContext>((sp, options) =>
                    options.UseSqlServer(connectionString, sql => sql.ExecutionStrategy(dependencies => new BoundedSqlServerExecutionStrategy(dependencies, outage)))
                        .AddInterceptors(Interceptors(sp)));
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{settings.Provider}'.");
        }

        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<ApplicationDbContext>());
        services.AddScoped<IStreamingReads>(sp => sp.GetRequiredService<ApplicationDbContext>());
        services.AddScoped<IBulkInserts, BulkInserts>();
        services.AddScoped<IDatabaseTuning, DatabaseTuning>();
        // Migrations and demo data while the server starts (all hosted services start side by side); ready once done.
        services.Configure<HostOptions>(options => options.ServicesStartConcurrently = true);
        services.AddSingleton<DatabasePreparation>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabasePreparation>());
        services.AddHealthChecks()
            .AddCheck<DatabasePreparation>(DatabasePreparation.HealthCheckName, tags: ["ready"])
            .AddDbContextCheck<ApplicationDbContext>("database", tags: ["ready"]);

        // Readiness answers within the outage budget whatever the network does (a dropped packet is no refusal).
        services.Configure<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckServiceOptions>(options =>
        {
            foreach (var check in options.Registrations.Where(r => r.Name == "database"))
            {
                check.Timeout = TimeSpan.FromSeconds(Math.Max(1, outage.RetryBudgetSeconds));
            }
        });

        services.AddSingleton<IMatchingSolver, OrToolsMatchingSolver>();
        services.Configure<Application.Matching.MatchingOptions>(configuration.GetSection(Application.Matching.MatchingOptions.Section));

        services.AddMentorshipHangfire(configuration, settings.Provider, connectionString);
        services.AddScoped<IJobScheduler, HangfireJobScheduler>();
        services.AddScoped<MonitoringJobs>();
        services.AddScoped<ReportingJobs>();
        services.AddScoped<MatchingJobs>();
        services.Configure<Application.Programmes.Stage5OrganisationOfWork.MatchingRunOptions>(configuration.GetSection(Application.Programmes.Stage5OrganisationOfWork.MatchingRunOptions.Section));
        services.AddHostedService<RecurringJobsRegistration>();
        services.AddSingleton<IExportWriter, CsvExportWriter>();
        services.AddSingleton<IExportWriter, XlsxExportWriter>();
        services.AddSingleton<IPseudonymizer, HmacPseudonymizer>();

        // The development key is public: anywhere but Development, pseudonyms could be recomputed from exports with it.
        services.AddOptions<HmacPseudonymizer.Settings>().Bind(configuration.GetSection("Exports"))
            .Validate(exports => environment.IsDevelopment() || !string.IsNullOrWhiteSpace(exports.PseudonymKey),
                "Configure Exports:PseudonymKey (a secret of at least 32 characters): outside Development there is no default pseudonym key.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>
    /// The connection string of the chosen provider: <c>ConnectionStrings:Sqlite|PostgreSql|SqlServer</c>.
    /// SQLite defaults to a file under the app's data folder, created when missing.
    /// </summary>
    public static string ConnectionString(IConfiguration configuration, DatabaseProvider provider, string contentRoot)
    {
        var configured = configuration.GetConnectionString(provider.ToString());
        if (provider != DatabaseProvider.Sqlite)
        {
            return string.IsNullOrWhiteSpace(configured)
                ? throw new InvalidOperationException($"ConnectionStrings:{provider} is required when Database:Provider is {provider}.")
                : configured;
        }

        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? $"Data Source={DatabaseSettings.DefaultSqliteFile}" : configured);
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        builder.ForeignKeys = true;
        return builder.ToString();
    }

    private static void AddMentorshipHangfire(this IServiceCollection services, IConfiguration configuration, DatabaseProvider provider, string connectionString)
    {
        // A job fetched by a server that died becomes visible to the other servers this long after the dead server
        // last extended it (the timeout slides while the job runs).
        var invisibility = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Hangfire:InvisibilityTimeoutSeconds", 300)));
        services.AddHangfire(hangfire =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (provider)
            {
                // The embedded default has no server to share jobs with: in-memory storage is enough.
                case DatabaseProvider.Sqlite:
                    hangfire.UseInMemoryStorage(new InMemoryStorageOptions());
                    break;
                case DatabaseProvider.PostgreSql:
                    hangfire.UsePostgreSqlStorage(
                        options => options.UseNpgsqlConnection(connectionString),
                        new PostgreSqlStorageOptions
                        {
                            SchemaName = "hangfire",
                            PrepareSchemaIfNecessary = true,
                            UseSlidingInvisibilityTimeout = true,
                            InvisibilityTimeout = invisibility,
                            QueuePollInterval = TimeSpan.FromSeconds(1),
                        });
                    break;
                case DatabaseProvider.SqlServer:
                    // The options Hangfire 1.8 recommends for SQL Server.
                    hangfire.UseSqlServerStorage(connectionString, new SqlServerStorageOptions
                    {
                        CommandBatchMaxTimeout = TimeSpan.FromMinutes(5),
                        SlidingInvisibilityTimeout = invisibility,
                        QueuePollInterval = TimeSpan.Zero,
                        UseRecommendedIsolationLevel = true,
                        DisableGlobalLocks = true,
                        SchemaName = "hangfire",
                    });
                    break;
                default:
                    throw new InvalidOperationException($"Unknown provider {provider}.");
            }
        });

        if (configuration.GetValue("Hangfire:Server:Enabled", true))
        {
            services.AddHangfireServer(options =>
            {
                options.WorkerCount = configuration.GetValue("Hangfire:Server:WorkerCount", Math.Max(2, Environment.ProcessorCount));
                options.Queues = ["default"];
                if (configuration["Hangfire:Server:Name"] is { Length: > 0 } name)
                {
                    options.ServerName = name;
                }
            });
        }
    }
}
