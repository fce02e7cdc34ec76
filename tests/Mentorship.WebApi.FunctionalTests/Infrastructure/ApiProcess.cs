using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// The API in a process of its own (the build beside the tests), on a free loopback port, so that a test can kill
/// it as a crash would (SIGKILL: no catch, no finally, no disposal runs).
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ApiProcess(Process process, int port)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    /// <summary>
    /// The settings of an API process on a PostgreSQL database that the tests migrated: the tests' signing and pseudonym
    /// keys, no Hangfire server unless set, and rate limits out of the way of polling.
    /// </summary>
    public static Dictionary<string, string> PostgreSqlSettings(string connectionString) => new()
    {
        ["Database:Provider"] = "PostgreSql",
        ["Database:MigrateOnStartup"] = "false",
        ["ConnectionStrings:PostgreSql"] = connectionString,
        ["Hangfire:Server:Enabled"] = "false",
        ["Authentication:Jwt:SigningKey"] = TestTokens.SigningKey,
        ["Exports:PseudonymKey"] = "functional-tests-pseudonym-key-0123456789",
        ["RateLimiting:Anonymous:PermitLimit"] = "1000000",
        ["RateLimiting:Authenticated:PermitLimit"] = "1000000",
        ["RateLimiting:JoinRequests:PermitLimit"] = "1000000",
    };

    /// <summary>Calls as an administrator, with a token valid on the process's real clock.</summary>
    public ApiProcess AsAdministrator()
    {
        Client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Issue(Mentorship.Application.Common.Security.Roles.Administrator));
        return this;
    }

    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var directory = TestContext.CurrentContext.TestDirectory;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(directory, "Mentorship.WebApi.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var api = new ApiProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."), port);
        api._process.OutputDataReceived += (_, line) => TestContext.Progress.WriteLine(line.Data);
        api._process.ErrorDataReceived += (_, line) => TestContext.Progress.WriteLine(line.Data);
        api._process.BeginOutputReadLine();
        api._process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (api._process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with code {api._process.ExitCode} before it answered.");
            }

            try
            {
                if ((await api.Client.GetAsync("/health/live")).StatusCode == HttpStatusCode.OK)
                {
                    return api;
                }
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(200);
            }
        }
    }

    /// <summary>SIGKILL on Unix: the process ends where it stands.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
        Client.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
