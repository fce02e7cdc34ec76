using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Mentorship.WebApi.FunctionalTests.Api;

/// <summary>
/// The contract passes its lint: Spectral with the repository's ruleset (.spectral.yaml: spectral:oas and our rules)
/// reports no error on api-spec/openapi.json. It runs where npx is (.ci/run installs Node.js and warms the package
/// cache), so that the lint is one of the tests CI counts; elsewhere it is skipped, saying why.
/// </summary>
public sealed class SpectralLintTests
{
    /// <summary>The pinned Spectral; .ci/run passes the same in MENTORSHIP_SPECTRAL_CLI.</summary>
    private const string DefaultCli = "@stoplight/spectral-cli@6.16.3";

    [Test]
    [CancelAfter(900_000)]
    public async Task The_contract_has_no_spectral_error()
    {
        var npx = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "npx")).FirstOrDefault(File.Exists);
        if (npx is null)
        {
            Assert.Ignore("npx is not installed: the Spectral lint runs in CI (.ci/run installs Node.js).");
        }

        var root = OpenApiContractTests.RepositoryRoot();
        var report = Path.Combine(Path.GetTempPath(), $"spectral-{Guid.NewGuid():N}.json");
        var cli = Environment.GetEnvironmentVariable("MENTORSHIP_SPECTRAL_CLI") ?? DefaultCli;
        var start = new ProcessStartInfo(npx, ["--yes", cli, "lint", "api-spec/openapi.json", "--ruleset", ".spectral.yaml", "--format", "json", "--output", report, "--quiet"])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        File.Exists(report).Should().BeTrue($"Spectral writes its report (exit {process.ExitCode}): {await output} {await errors}");
        var results = JsonNode.Parse(await File.ReadAllTextAsync(report))!.AsArray();
        File.Delete(report);
        var failures = results.Where(r => r!["severity"]!.GetValue<int>() == 0)
            .Select(r => $"{r!["code"]}: {r["message"]} at {string.Join('.', r["path"]!.AsArray().Select(p => p!.ToString()))}")
            .ToList();
        var warnings = results.Count - failures.Count;
        TestContext.Progress.WriteLine($"Spectral: {failures.Count} errors, {warnings} warnings");
        failures.Should().BeEmpty("the contract must pass .spectral.yaml without errors");
    }
}
