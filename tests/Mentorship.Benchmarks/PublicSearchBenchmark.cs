using System.Diagnostics;
using System.Globalization;
using System.Net;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;
using Mentorship.Infrastructure.Persistence;
using Mentorship.Infrastructure.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Benchmarks;

/// <summary>
/// <c>public-search [--provider sqlite|postgresql] [--programmes 10000] [--workers 50] [--seconds 10] [--output-cache-seconds N]
/// [--accept-encoding "gzip, deflate, br, zstd"] [--database file.db] [--reuse]</c>: the public programme search over published programmes, measured over real sockets on loopback
/// against the built API (a Kestrel process of its own, in Production), beside /health/live of the same server as the
/// ceiling. The load generator keeps <c>--workers</c> connections busy, each sending its next request when the last is
/// answered. PostgreSQL runs on the database in <c>MENTORSHIP_BENCH_POSTGRES</c> (or <c>--postgres</c>): its
/// <c>public</c> schema is dropped and rebuilt, unless <c>--reuse</c> keeps the last run's data. Without
/// <c>--output-cache-seconds</c> it measures twice on the same data, each time on a fresh server: with the server's cache
/// (60 s; <c>….cache-60s.*</c>) and without it (<c>….no-cache.*</c>: every request reads the database, as a cache miss
/// and every distinct query string do); <c>--output-cache-seconds N</c> measures that one setting only.
/// Every request says <c>Accept-Encoding</c> as browsers do (Chromium's, by default; <c>identity</c> asks for the
/// bodies uncompressed); the client reads the bytes as sent, without decompressing them, as wrk does.
/// Prints <c>name value limit ratio</c> lines: requests/s against the ceiling's (/health/live of the same server, in
/// the same run), and p95 against the 20 ms target.
/// </summary>
public static class PublicSearchBenchmark
{
    private const string SearchPath = "/api/v1/public/programmes";

    // The target: p95 under 20 ms at 50 connections.
    private const double P95TargetMs = 20;

    private const int Rounds = 3;

    // What Chromium sends; the server answers the search in Brotli (a 14 KB page is about 1.7 KB).
    private const string BrowserAcceptEncoding = "gzip, deflate, br, zstd";

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
        var options = new BenchOptions(args);
        var programmes = Math.Max(1, options.Number("programmes", 10_000));
        var workers = Math.Max(1, options.Number("workers", 50));
        var seconds = Math.Max(1, options.Number("seconds", 10));
        var cacheSeconds = Math.Max(0, options.Number("output-cache-seconds", 60));
        var postgres = string.Equals(options.Text("provider"), "postgresql", StringComparison.OrdinalIgnoreCase);
        var acceptEncoding = options.Text("accept-encoding") ?? BrowserAcceptEncoding;

        var api = ApiProcess.Assembly();
        if (!File.Exists(api))
        {
            await Console.Error.WriteLineAsync($"public-search: {api} is missing; run the benchmark with `dotnet run -c Release --project tests/Mentorship.Benchmarks -- public-search`, which builds it.");
            return 1;
        }

        var postgresConnection = options.Text("postgres") ?? Environment.GetEnvironmentVariable("MENTORSHIP_BENCH_POSTGRES");
        if (postgres && string.IsNullOrWhiteSpace(postgresConnection))
        {
            await Console.Error.WriteLineAsync("public-search: --provider postgresql needs MENTORSHIP_BENCH_POSTGRES or --postgres (its public schema is dropped and rebuilt).");
            return 2;
        }

        // A given SQLite file is kept (and seeded only when new), so that runs can be repeated and inspected.
        var keep = options.Text("database");
        var databaseFile = Path.GetFullPath(keep ?? Path.Combine(Path.GetTempPath(), $"mentorship-bench-{Guid.NewGuid():N}.db"));
        var connectionString = postgres ? postgresConnection! : new SqliteConnectionStringBuilder { DataSource = databaseFile, ForeignKeys = true }.ToString();
        var providerName = postgres ? "postgresql" : "sqlite";
        try
        {
            if (postgres ? !options.Has("reuse") : !File.Exists(databaseFile))
            {
                var seeding = Stopwatch.StartNew();
                await SeedAsync(postgres, connectionString, programmes);
                Console.WriteLine(Invariant($"public-search.seed.programmes {programmes} published on {providerName} ({seeding.Elapsed.TotalSeconds:F1} s)"));
            }

            // Both modes by default, on the same data, each on a server of its own: the server's cache (what repeated
            // searches cost) and no cache (what a cache miss, and so every distinct query string, costs).
            int[] modes = options.Has("output-cache-seconds") ? [cacheSeconds] : [60, 0];
            var failed = false;
            foreach (var mode in modes)
            {
                failed |= !await MeasureAsync(api, postgres, connectionString, providerName, programmes, workers, seconds, mode, acceptEncoding);
            }

            return failed ? 1 : 0;
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

    /// <summary>One server with the given output cache: warm-up, then alternating rounds of the ceiling and the search.</summary>
    private static async Task<bool> MeasureAsync(string api, bool postgres, string connectionString, string providerName, int programmes, int workers, int seconds, int cacheSeconds, string acceptEncoding)
    {
        using var server = StartApi(api, postgres, connectionString, cacheSeconds);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers, UseProxy = false })
        {
            BaseAddress = server.Address,
            Timeout = TimeSpan.FromSeconds(180),
        };
        await server.WaitUntilAsync(client, "/health/live");

        // The probe asks for the body uncompressed, to read it.
        var probe = await client.GetStringAsync(SearchPath + Searches[0]);
        if (!probe.Contains("\"totalCount\":", StringComparison.Ordinal) || probe.Contains("\"totalCount\":0", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync($"public-search: the probe search found nothing: {probe[..Math.Min(300, probe.Length)]}");
            return false;
        }

        var mode = (cacheSeconds > 0 ? Invariant($"cache-{cacheSeconds}s") : "no-cache")
                   + (acceptEncoding == BrowserAcceptEncoding ? "" : "-accept-" + new string(acceptEncoding.Where(char.IsAsciiLetterOrDigit).ToArray()));

        // Under 50 connections on 2 cores the server takes about 10 s to reach its steady speed (tiered JIT compiling
        // the hot paths again, optimised, in the background): with a 3 s warm-up the first round's ceiling was still
        // 55–80 % of the later rounds' while the search, measured after it, was warm, which flattered that round's ratio.
        var warmUp = TimeSpan.FromSeconds(Math.Min(10, seconds));
        Console.WriteLine(Invariant($"public-search.setup {mode} workers={workers} rounds={Rounds}x({seconds}s ceiling + {seconds}s search, taking turns every {(double)seconds / Math.Max(1, seconds / 2):0.#}s) warmup={warmUp.TotalSeconds}s+{warmUp.TotalSeconds}s loopback={server.Address.Authority} database={providerName} output-cache={cacheSeconds}s accept-encoding=\"{acceptEncoding}\" processors={Environment.ProcessorCount} (load generator on the same machine)"));
        // The machine may be shared and its speed drift, and the server's JIT warms up as it runs: both endpoints are
        // warmed up first, then measured in alternating rounds, and the round with the median ratio is reported.
        Func<int, HttpRequestMessage> live = _ => Get("/health/live", acceptEncoding);
        Func<int, HttpRequestMessage> searching = i => Get(SearchPath + Searches[i % Searches.Length], acceptEncoding);
        _ = await LoadAsync(client, workers, warmUp, live);
        _ = await LoadAsync(client, workers, warmUp, searching);
        var rounds = new List<(Measurement Ceiling, Measurement Search)>();
        for (var round = 0; round < Rounds; round++)
        {
            // Within a round the two endpoints take turns in slices of about 2 s, so that a drift of the machine's speed
            // (it is shared) falls on both alike rather than on whichever ran while it lasted.
            var slices = Math.Max(1, seconds / 2);
            var slice = TimeSpan.FromSeconds((double)seconds / slices);
            var ceilingSlices = new List<Sample>();
            var searchSlices = new List<Sample>();
            for (var i = 0; i < slices; i++)
            {
                ceilingSlices.Add(await LoadAsync(client, workers, slice, live));
                searchSlices.Add(await LoadAsync(client, workers, slice, searching));
            }

            var roundCeiling = Measurement.Of(ceilingSlices);
            var roundSearch = Measurement.Of(searchSlices);
            Console.WriteLine(Invariant($"public-search.round {mode} {round + 1}: ceiling {roundCeiling.RequestsPerSecond:F1} req/s p95 {roundCeiling.P95:F2} ms, search {roundSearch.RequestsPerSecond:F1} req/s p95 {roundSearch.P95:F2} ms"));
            rounds.Add((roundCeiling, roundSearch));
        }

        var (ceiling, search) = rounds.OrderBy(r => r.Search.RequestsPerSecond / r.Ceiling.RequestsPerSecond).ElementAt(Rounds / 2);
        Report(Invariant($"{mode}.ceiling (/health/live)"), ceiling);
        Report(Invariant($"{mode}.search (/api/v1/public/programmes?search=…)"), search);

        // name value limit ratio
        var name = Invariant($"public-search.{providerName}.{programmes}.{mode}");
        Figures.Report($"{name}.requests-per-second", search.RequestsPerSecond, ceiling.RequestsPerSecond);
        Figures.Report($"{name}.p95-ms", search.P95, P95TargetMs);
        return ceiling.Errors == 0 && search.Errors == 0;
    }

    private static HttpRequestMessage Get(string path, string acceptEncoding)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, path);
        message.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return message;
    }

    private static ApplicationDbContext Context(bool postgres, string connectionString) => postgres
        ? new PostgreSqlApplicationDbContext(new DbContextOptionsBuilder<PostgreSqlApplicationDbContext>()
            .UseNpgsql(connectionString).AddInterceptors(new ProgrammeSearchInterceptor()).Options)
        : new SqliteApplicationDbContext(new DbContextOptionsBuilder<SqliteApplicationDbContext>()
            .UseSqlite(connectionString).AddInterceptors(new ProgrammeSearchInterceptor()).Options);

    private static async Task SeedAsync(bool postgres, string connectionString, int count)
    {
        await using (var schema = Context(postgres, connectionString))
        {
            if (postgres)
            {
                await schema.Database.ExecuteSqlRawAsync("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
            }

            await schema.Database.MigrateAsync();
        }

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

        await using (var db = Context(postgres, connectionString))
        {
            db.AddRange(regions);
            db.AddRange(municipalities);
            db.AddRange(organizations);
            await db.SaveChangesAsync();
        }

        // In batches, so that the change tracker stays small; the search text is stemmed on the way (the interceptor).
        foreach (var batch in programmes.Chunk(5_000))
        {
            await using var db = Context(postgres, connectionString);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.AddRange(batch);
            await db.SaveChangesAsync();
        }

        if (postgres)
        {
            await using var db = Context(postgres, connectionString);
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        }
    }

    private static ApiProcess StartApi(string api, bool postgres, string connectionString, int cacheSeconds) => ApiProcess.Start(api, new Dictionary<string, string>
    {
        ["Database__Provider"] = postgres ? "PostgreSql" : "Sqlite",
        ["Database__MigrateOnStartup"] = "false",
        [postgres ? "ConnectionStrings__PostgreSql" : "ConnectionStrings__Sqlite"] = connectionString,
        ["Public__OutputCacheSeconds"] = cacheSeconds.ToString(CultureInfo.InvariantCulture),
        ["Hangfire__Server__Enabled"] = "false",
        ["Logging__LogLevel__Default"] = "Warning",
        ["RateLimiting__Anonymous__PermitLimit"] = "1000000000",
        ["RateLimiting__Authenticated__PermitLimit"] = "1000000000",
        // Production refuses to start without a way to check tokens or a pseudonym key; the benchmark needs neither, any keys will do.
        ["Authentication__Jwt__SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)),
        ["Exports__PseudonymKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)),
    });

    private static async Task<Sample> LoadAsync(HttpClient client, int workers, TimeSpan duration, Func<int, HttpRequestMessage> request)
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
                // The whole body is read off the socket and dropped, as wrk does, not buffered into arrays of its own
                // (the load generator shares the 2 cores with the server); the latency counts until its last byte.
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
                await response.Content.CopyToAsync(Stream.Null);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    errors++;
                }
            }

            return (latencies, errors);
        })));
        return new Sample([.. results.SelectMany(r => r.latencies)], clock.Elapsed.TotalSeconds, results.Sum(r => r.errors));
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

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>One stretch of load: each request's latency, how long the stretch took, the answers other than 200.</summary>
    private sealed record Sample(double[] Latencies, double Seconds, int Errors);

    private sealed record Measurement(int Requests, double RequestsPerSecond, double P50, double P95, double P99, int Errors)
    {
        /// <summary>Stretches of one endpoint taken together: their requests over their total time, percentiles over all.</summary>
        public static Measurement Of(IReadOnlyCollection<Sample> samples)
        {
            var all = samples.SelectMany(s => s.Latencies).Order().ToArray();
            return new Measurement(all.Length, all.Length / samples.Sum(s => s.Seconds), Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), samples.Sum(s => s.Errors));
        }
    }
}
