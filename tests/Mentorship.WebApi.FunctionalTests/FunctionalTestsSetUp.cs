using Mentorship.WebApi.FunctionalTests.Infrastructure.Contract;

namespace Mentorship.WebApi.FunctionalTests;

/// <summary>Stops the applications started for the run and deletes the SQLite file, after every test; says how many responses the contract checked.</summary>
[SetUpFixture]
public sealed class FunctionalTestsSetUp
{
    [OneTimeTearDown]
    public async Task DisposeApplications()
    {
        await TestApplication.DisposeAllAsync();
        var note = $"Contract: {ContractViolations.Validated} responses validated against api-spec/openapi.json";
        TestContext.Progress.WriteLine(note);
        if (Environment.GetEnvironmentVariable("MENTORSHIP_CONTRACT_REPORT") is { Length: > 0 } report)
        {
            await File.AppendAllTextAsync(report, note + "\n");
        }
    }
}
