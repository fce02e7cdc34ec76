using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// The npm package of the API's consumers, tests/Mentorship.ClientTests: the TypeScript client generated from
/// api-spec/openapi.json and the browser scripts (puppeteer-core driving the system Chromium). Installed with
/// <c>npm ci</c> (skipped while the install is newer than package-lock.json), then generated, checked for
/// casts and compiled with <c>tsc --strict</c> once per run. Under CI (<see cref="CiVariable"/> = 1, set by .ci/run) a
/// missing Node.js or Chromium fails the test; elsewhere the test is ignored and says what to install.
/// </summary>
public static class ClientPackage
{
    public const string CiVariable = "MENTORSHIP_CI";
    public const string ChromiumVariable = "MENTORSHIP_CHROMIUM";

    private static readonly Lazy<Task<string>> Built = new(InstallAndCompileAsync);

    public static string Directory { get; } = Path.Combine(RepositoryRoot(), "tests", "Mentorship.ClientTests");

    private static bool UnderCi => Environment.GetEnvironmentVariable(CiVariable) == "1";

    /// <summary>The system Chromium that puppeteer-core drives (Debian's package <c>chromium</c>).</summary>
    public static string Chromium => Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static void RequireNode() => Require(OnPath("node") && OnPath("npm"), "Node.js and npm are not installed (apt-get install nodejs npm)");

    public static void RequireChromium()
    {
        RequireNode();
        Require(File.Exists(Chromium), $"Chromium is not installed at {Chromium} (apt-get install chromium, or set {ChromiumVariable})");
    }

    /// <summary>Installs, generates, checks and compiles the package, once per test run; returns what the steps printed.</summary>
    public static Task<string> BuildAsync() => Built.Value;

    /// <summary>
    /// Runs a compiled script of the package (e.g. <c>dist/src/walk.js</c>) with node and expects it to pass: exit code
    /// 0 and its closing line. Its output is written beside the test results and attached, so that a failure shows every step.
    /// </summary>
    public static async Task ExpectPassesAsync(string script, string passedLine, IReadOnlyDictionary<string, string> environment)
    {
        await BuildAsync();
        var (exitCode, output) = await RunAsync("node", [script], environment, TimeSpan.FromMinutes(5));
        var name = Path.GetFileNameWithoutExtension(script);
        var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"{name}-{Guid.NewGuid():N}.log");
        await File.WriteAllTextAsync(file, output);
        TestContext.AddTestAttachment(file, name);
        await TestContext.Out.WriteLineAsync(output);
        exitCode.Should().Be(0, output);
        output.Should().Contain(passedLine);
    }

    /// <summary>Runs a browser script of the package (<c>dist/src/browser/NAME.js</c>) in the system Chromium and expects it to pass.</summary>
    public static Task ExpectPassesInChromiumAsync(string name, Dictionary<string, string> environment)
    {
        environment[ChromiumVariable] = Chromium;
        return ExpectPassesAsync($"dist/src/browser/{name}.js", $"{name} PASSED", environment);
    }

    /// <summary>A loopback port nobody listens on now (for a page served from another origin).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<string> InstallAndCompileAsync()
    {
        var log = new StringBuilder();
        // npm writes node_modules/.package-lock.json at the end of an install: newer than package-lock.json, the
        // install is current (.ci/run installs before the tests; a developer's earlier run counts too).
        var installed = Path.Combine(Directory, "node_modules", ".package-lock.json");
        if (!File.Exists(installed) || File.GetLastWriteTimeUtc(installed) < File.GetLastWriteTimeUtc(Path.Combine(Directory, "package-lock.json")))
        {
            // --prefer-offline: packages already in the npm cache (~/.npm) are not downloaded again.
            log.AppendLine(await StepAsync("npm", ["ci", "--no-audit", "--no-fund", "--prefer-offline"], TimeSpan.FromMinutes(10)));
        }

        log.AppendLine(await StepAsync("npm", ["run", "--silent", "generate"], TimeSpan.FromMinutes(2)));
        log.AppendLine(await StepAsync("npm", ["run", "--silent", "check"], TimeSpan.FromMinutes(1)));
        log.AppendLine(await StepAsync("npm", ["run", "--silent", "build"], TimeSpan.FromMinutes(3)));
        return log.ToString();
    }

    private static async Task<string> StepAsync(string file, string[] arguments, TimeSpan timeout)
    {
        var (exitCode, output) = await RunAsync(file, arguments, new Dictionary<string, string>(), timeout);
        var step = $"$ {file} {string.Join(' ', arguments)}\n{output}";
        return exitCode == 0 ? step : throw new InvalidOperationException($"{step}\nexited with {exitCode}");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string[] arguments, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Append(output, $"{file} killed after {timeout.TotalSeconds:F0} s");
            return (-1, output.ToString());
        }

        // WaitForExitAsync returns once the redirected streams are drained too.
        return (process.ExitCode, output.ToString());
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static void Require(bool present, string what)
    {
        if (present)
        {
            return;
        }

        if (UnderCi)
        {
            Assert.Fail($"{what}: CI ({CiVariable}=1) must run this test; .ci/run installs it.");
        }

        Assert.Ignore($"{what}: this test needs it (CI installs it and fails without it).");
    }

    private static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(directory => File.Exists(Path.Combine(directory, command)));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Mentorship.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Mentorship.sln above {AppContext.BaseDirectory}.");
    }
}
