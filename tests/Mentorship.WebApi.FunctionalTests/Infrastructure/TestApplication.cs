using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// The one fixture of a database: its <see cref="TestDatabase"/> and the application started on it, shared by every
/// test class of the run and disposed at its end (<see cref="FunctionalTestsSetUp"/>).
/// </summary>
public static class TestApplication
{
    private static readonly Dictionary<DatabaseProvider, MentorshipFactory> Started = [];
    private static readonly Lock Gate = new();

    /// <summary>The application on <paramref name="provider"/>'s database, started on first use.</summary>
    public static MentorshipFactory For(DatabaseProvider provider)
    {
        lock (Gate)
        {
            if (!Started.TryGetValue(provider, out var factory))
            {
                var database = TestDatabase.Create(provider)
                    ?? throw new InvalidOperationException($"{provider} is not configured; {nameof(DatabasesAttribute)} ignores its fixtures.");
                factory = new MentorshipFactory(database);
                Started[provider] = factory;
            }

            return factory;
        }
    }

    /// <summary>
    /// Hangfire keeps its log provider and default storage in statics, set by the last host that configured it: a
    /// host that an earlier test started and disposed (another environment, a broken database, the other database's
    /// application) must not leave them pointing at its disposed services. Each test points them at its own application.
    /// </summary>
    public static void UseHangfireGlobalsOf(MentorshipFactory factory)
    {
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(new Hangfire.AspNetCore.AspNetCoreLogProvider(factory.Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()));
        Hangfire.JobStorage.Current = factory.Services.GetRequiredService<Hangfire.JobStorage>();
    }

    public static async Task DisposeAllAsync()
    {
        List<MentorshipFactory> factories;
        lock (Gate)
        {
            factories = [.. Started.Values];
            Started.Clear();
        }

        foreach (var factory in factories)
        {
            await factory.DisposeAsync();
            factory.Database.Delete();
        }
    }
}
