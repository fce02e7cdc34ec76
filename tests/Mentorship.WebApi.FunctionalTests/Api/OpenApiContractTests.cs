using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mentorship.WebApi.FunctionalTests.Api;

/// <summary>The contract in api-spec/openapi.json is what the running API serves, to the byte (after formatting).</summary>
[Databases(DatabaseProvider.Sqlite)]
public sealed class OpenApiContractTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    public const string UpdateVariable = "MENTORSHIP_UPDATE_OPENAPI";

    [Test]
    public async Task The_checked_in_contract_matches_the_running_api()
    {
        AsAnonymous();
        var served = Format(await Client.GetStringAsync("/swagger/v1/swagger.json"));
        var file = Path.Combine(RepositoryRoot(), "api-spec", "openapi.json");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(file, served);
        }

        File.Exists(file).Should().BeTrue($"{file} must exist; run the tests once with {UpdateVariable}=1 to write it");
        var checkedIn = await File.ReadAllTextAsync(file);
        served.Should().Be(checkedIn, $"api-spec/openapi.json must match the API; run `{UpdateVariable}=1 dotnet test --filter OpenApiContractTests` and review the diff");
    }

    private static string Format(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Mentorship.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Mentorship.sln not found above the test directory.");
    }
}
