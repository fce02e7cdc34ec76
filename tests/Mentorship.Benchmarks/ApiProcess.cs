using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Mentorship.Benchmarks;

/// <summary>
/// The API built beside the benchmarks (the project reference builds it) run as a process of its own, in Production, on
/// a free loopback port: its output is drained (so it never blocks) and it is stopped at the end.
/// </summary>
internal sealed class ApiProcess : IDisposable
{
    private ApiProcess(Process process, int port)
    {
        Process = process;
        Address = new Uri($"http://127.0.0.1:{port}");
        Process.OutputDataReceived += Forward;
        Process.ErrorDataReceived += Forward;
        Process.BeginOutputReadLine();
        Process.BeginErrorReadLine();
    }

    public Process Process { get; }

    public Uri Address { get; }

    /// <summary>The API's assembly in the benchmark's build configuration.</summary>
    public static string Assembly()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Mentorship.sln")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? throw new InvalidOperationException("Mentorship.sln not found above the benchmark.");
        var configuration = typeof(ApiProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        return Path.Combine(root, "src", "Mentorship.WebApi", "bin", configuration, "net10.0", "Mentorship.WebApi.dll");
    }

    /// <summary>Starts the API with <paramref name="settings"/> (configuration keys as environment variables, <c>__</c> for <c>:</c>).</summary>
    public static ApiProcess Start(string api, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
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
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        return new ApiProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."), port);
    }

    /// <summary>Waits until <paramref name="path"/> (a health check) answers 200, at most 60 s.</summary>
    public async Task WaitUntilAsync(HttpClient client, string path)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (Process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with code {Process.ExitCode} before it answered.");
            }

            try
            {
                using var response = await client.GetAsync(path);
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

        throw new TimeoutException($"The API did not answer {path} within 60 s.");
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Forward(object sender, DataReceivedEventArgs e)
    {
        if (e.Data is not null)
        {
            Console.Error.WriteLine($"[api] {e.Data}");
        }
    }
}
