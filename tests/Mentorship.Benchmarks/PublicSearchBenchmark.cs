using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;
using Mentorship.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Benchmarks;

/// <summary>
/// <c>public-search [--programmes 10000] [--workers 8] [--seconds 10] [--database file.db]</c>: the public programme search over
/// published programmes, measured over real HTTP on loopback against the built API (its own process, on a
/// fresh SQLite file), beside /health/live of the same API as the ceiling. The load generator is a bounded
/// in-process loop: a fixed number of workers, each sending its next request when the last one is answered.
/// </summary>
public static class PublicSearchBenchmark
{
    private const string SearchPath = "/api/v1/public/programmes";

    // Word prefixes as a visitor types them, alone and with filters; each matches a part of the seeded set.
    private static readonly string[] Searches =
    [
        "?search=елоч",
        "?search=профориентац",
        "?search=наставничество%20цифр",
        "?search=круг&form=PupilPupil",
        "?search=старт&academicYear=2024/2025&page=2",
    ];

    private static readonly string[] Themes = ["«Ёлочка»", "Профориентация", "Цифровой старт", "Круги общения", "Первые шаги", "Школа лидера", "Инженерный класс", "Читаем вместе"];
    private static readonly string[] Kinds = ["Наставничество", "Программа наставничества", "Проект", "Сообщество"];

    public static async Task<int> RunAsync(string[] args)
    {
        var programmes = Option(args, "--programmes", 10_000);
        var workers = Option(args, "--workers", 8);
        var seconds = Option(args, "--seconds", 10);

        var api = WebApiAssembly();
        if (!File.Exists(api))
        {
            await Console.Error.WriteLineAsync($"public-search: {api} is missing; run the benchmark with `dotnet run -c Release --project tests/Mentorship.Benchmarks -- public-search`, which builds it.");
            return 1;
        }

        // A given database file is kept (and seeded only when new), so that runs can be repeated and inspected.
        var keep = OptionText(args, "--database");
        var databaseFile = Path.GetFullPath(keep ?? Path.Combine(Path.GetTempPath(), $"mentorship-bench-{Guid.NewGuid():N}.db"));
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile, ForeignKeys = true }.ToString();
        try
        {
            if (!File.Exists(databaseFile))
            {
                var seeding = Stopwatch.StartNew();
                await SeedAsync(connectionString, programmes);
                Console.WriteLine(Invariant($"public-search.seed.programmes {programmes} published ({seeding.Elapsed.TotalSeconds:F1} s)"));
            }

            var port = FreePort();
            using var server = StartApi(api, connectionString, port);
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers, UseProxy = false })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
                Timeout = TimeSpan.FromSeconds(30),
            };
            await WaitUntilLiveAsync(client, server.Process);

            var probe = await client.GetStringAsync(SearchPath + Searches[0]);
            if (!probe.Contains("\"totalCount\":", StringComparison.Ordinal) || probe.Contains("\"totalCount\":0", StringComparison.Ordinal))
            {
                await Console.Error.WriteLineAsync($"public-search: the probe search found nothing: {probe[..Math.Min(300, probe.Length)]}");
                return 1;
            }

            Console.WriteLine(Invariant($"public-search.setup workers={workers} duration={seconds}s warmup=2s loopback=127.0.0.1:{port} database=SQLite processors={Environment.ProcessorCount}"));
            var ceiling = await MeasureAsync(client, workers, seconds, _ => new HttpRequestMessage(HttpMethod.Get, "/health/live"));
            Report("ceiling (/health/live)", ceiling);
            var search = await MeasureAsync(client, workers, seconds, i => new HttpRequestMessage(HttpMethod.Get, SearchPath + Searches[i % Searches.Length]));
            Report("search (/api/v1/public/programmes?search=…)", search);

            Console.WriteLine(Invariant($"public-search.ratio search/ceiling requests/s = {search.RequestsPerSecond / ceiling.RequestsPerSecond:F4} ({search.RequestsPerSecond / ceiling.RequestsPerSecond * 100:F2} % of the ceiling)"));
            Console.WriteLine(Invariant($"public-search.ratio search/ceiling p95 latency = {search.P95 / ceiling.P95:F1}x"));
            return ceiling.Errors == 0 && search.Errors == 0 ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm" }.Where(f => keep is null && File.Exists(f)))
            {
                File.Delete(file);
            }
        }
    }

    private static async Task SeedAsync(string connectionString, int count)
    {
        var options = new DbContextOptionsBuilder<SqliteApplicationDbContext>().UseSqlite(connectionString).Options;
        await using var db = new SqliteApplicationDbContext(options);
        await db.Database.MigrateAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var now = new DateTimeOffset(2024, 10, 1, 9, 0, 0, TimeSpan.Zero);
        var random = new Random(20241001);
        var regions = new[] { new Region("38", "Иркутская область"), new Region("23", "Краснодарский край") };
        var municipalities = Enumerable.Range(0, 20)
            .Select(i => new Municipality(regions[i % 2].Id, $"Муниципальный округ {i + 1}", Oktmo.Create($"25{i + 1:D6}")))
            .ToList();
        var organizations = Enumerable.Range(0, 500)
            .Select(i => new Organization(municipalities[i % municipalities.Count], i % 25 == 0 ? $"Детский центр «Ёлочка» № {i}" : $"МБОУ СОШ № {i + 1}", null,
                i % 25 == 0 ? OrganizationKind.AdditionalEducation : OrganizationKind.GeneralEducationSchool, null))
            .ToList();
        var forms = Enum.GetValues<MentoringForm>();
        var formats = Enum.GetValues<MentoringFormat>();
        var programmes = new List<Programme>(count);
        for (var i = 0; i < count; i++)
        {
            var start = 2021 + random.Next(4);
            var programme = new Programme(organizations[random.Next(organizations.Count)].Id,
                $"{Kinds[random.Next(Kinds.Length)]} {Themes[random.Next(Themes.Length)]} {i + 1}", new AcademicYear(start),
                random.Next(3) == 0 ? new AcademicYear(start + 1) : null);
            programme.Update(programme.Title, "Программа наставничества организации: задачи, формы и ожидаемые результаты для обучающихся и педагогов.",
                programme.StartYear, programme.EndYear);
            programme.AddForm(forms[random.Next(forms.Length)]);
            programme.AddFormat(formats[random.Next(formats.Length)]);
            programme.AddTask("Адаптация и профориентация обучающихся", "Каждый наставляемый выбрал профиль");
            programme.Publish(now);
            programmes.Add(programme);
        }

        foreach (var entity in regions.Cast<AuditableEntity>().Concat(municipalities).Concat(organizations).Concat(programmes))
        {
            entity.Created = entity.LastModified = now;
            entity.Version = 1;
        }

        db.AddRange(regions);
        db.AddRange(municipalities);
        db.AddRange(organizations);
        db.AddRange(programmes);
        await db.SaveChangesAsync();
    }

    private static ApiProcess StartApi(string api, string connectionString, int port)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(api)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(api);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__MigrateOnStartup"] = "false";
        start.Environment["ConnectionStrings__Sqlite"] = connectionString;
        start.Environment["Hangfire__Server__Enabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["RateLimiting__Anonymous__PermitLimit"] = "1000000000";
        start.Environment["RateLimiting__Authenticated__PermitLimit"] = "1000000000";
        // Production refuses to start without a way to check tokens or a pseudonym key; the benchmark needs neither, any keys will do.
        start.Environment["Authentication__Jwt__SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));
        start.Environment["Exports__PseudonymKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));
        return new ApiProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    private static async Task WaitUntilLiveAsync(HttpClient client, Process server)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"The API exited with code {server.ExitCode} before it answered.");
            }

            try
            {
                using var response = await client.GetAsync("/health/live");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: try again shortly.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The API did not answer /health/live within 60 s.");
    }

    private static async Task<Measurement> MeasureAsync(HttpClient client, int workers, int seconds, Func<int, HttpRequestMessage> request)
    {
        await LoadAsync(client, workers, TimeSpan.FromSeconds(2), request);
        return await LoadAsync(client, workers, TimeSpan.FromSeconds(seconds), request);
    }

    private static async Task<Measurement> LoadAsync(HttpClient client, int workers, TimeSpan duration, Func<int, HttpRequestMessage> request)
    {
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            var latencies = new List<double>();
            var errors = 0;
            for (var i = worker; clock.Elapsed < duration; i += workers)
            {
                var started = Stopwatch.GetTimestamp();
                using var message = request(i);
                using var response = await client.SendAsync(message);
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    errors++;
                }
            }

            return (latencies, errors);
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = results.SelectMany(r => r.latencies).Order().ToArray();
        return new Measurement(all.Length, all.Length / elapsed, Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), results.Sum(r => r.errors));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static void Report(string name, Measurement m)
    {
        Console.WriteLine(Invariant($"public-search.{name} requests/s = {m.RequestsPerSecond:F1}"));
        Console.WriteLine(Invariant($"public-search.{name} p50 = {m.P50:F2} ms"));
        Console.WriteLine(Invariant($"public-search.{name} p95 = {m.P95:F2} ms"));
        Console.WriteLine(Invariant($"public-search.{name} p99 = {m.P99:F2} ms"));
        Console.WriteLine(Invariant($"public-search.{name} requests = {m.Requests}, non-200 = {m.Errors}"));
    }

    /// <summary>The API built beside this benchmark, in the same configuration (the project reference builds it).</summary>
    private static string WebApiAssembly()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Mentorship.sln")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? throw new InvalidOperationException("Mentorship.sln not found above the benchmark.");
        var configuration = typeof(PublicSearchBenchmark).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        return Path.Combine(root, "src", "Mentorship.WebApi", "bin", configuration, "net10.0", "Mentorship.WebApi.dll");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
    }

    private static string? OptionText(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Measurement(int Requests, double RequestsPerSecond, double P50, double P95, double P99, int Errors);

    /// <summary>The API process this benchmark started: its output is drained (so it never blocks) and it is stopped at the end.</summary>
    private sealed class ApiProcess : IDisposable
    {
        public ApiProcess(Process process)
        {
            Process = process;
            Process.OutputDataReceived += Forward;
            Process.ErrorDataReceived += Forward;
            Process.BeginOutputReadLine();
            Process.BeginErrorReadLine();
        }

        public Process Process { get; }

        private static void Forward(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"[api] {e.Data}");
            }
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
                Process.WaitForExit();
            }

            Process.Dispose();
        }
    }
}
