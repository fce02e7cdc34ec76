using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// The real application, on a real database of the chosen provider, with a controllable clock; <paramref name="settings"/>
/// override the tests' defaults.
/// </summary>
public sealed class MentorshipFactory(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    /// <summary>The frontend that may call the public endpoints from a browser.</summary>
    public const string AllowedOrigin = "https://mentor.example.ru";

    public TestDatabase Database { get; } = database;

    public static readonly DateTimeOffset Start = new(2024, 10, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly ResettableClock _clock = new(Start);

    /// <summary>The application's clock for the current test; every test starts at <see cref="Start"/>.</summary>
    public FakeTimeProvider Clock => _clock.Current;

    public void ResetClock() => _clock.Reset(Start);

    /// <summary>The table of an entity, as the model names it (for a lock or a trigger of a test's own).</summary>
    public string TableOf<TEntity>()
    {
        using var scope = Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Model.FindEntityType(typeof(TEntity))!.GetTableName()!;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Host settings, so that Program sees them before the host is built.
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting($"ConnectionStrings:{Database.Provider}", Database.ConnectionString);
        builder.UseSetting("Authentication:Jwt:SigningKey", TestTokens.SigningKey);
        builder.UseSetting("Exports:PseudonymKey", "functional-tests-pseudonym-key-0123456789");
        builder.UseSetting("Public:AllowedOrigins:0", AllowedOrigin);
        // High enough for every test; the rate-limit test makes its own host with low limits.
        builder.UseSetting("RateLimiting:Anonymous:PermitLimit", "1000000");
        builder.UseSetting("RateLimiting:Authenticated:PermitLimit", "1000000");
        builder.UseSetting("RateLimiting:FailedCredentials:PermitLimit", "1000000");
        builder.UseSetting("RateLimiting:JoinRequests:PermitLimit", "1000000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
        });
    }
}

/// <summary>A fake clock that a test can move forward and the next test can put back (a FakeTimeProvider only moves forward).</summary>
internal sealed class ResettableClock(DateTimeOffset start) : TimeProvider
{
    public FakeTimeProvider Current { get; private set; } = new(start);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => Current.TimestampFrequency;

    public void Reset(DateTimeOffset start) => Current = new FakeTimeProvider(start);

    public override DateTimeOffset GetUtcNow() => Current.GetUtcNow();

    public override long GetTimestamp() => Current.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Current.CreateTimer(callback, state, dueTime, period);
}
